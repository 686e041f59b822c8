"""An extension the course's page refuses for the work named says so before any card offering whom to ask by when
(hostile4 finding 4): CHEM 1310 with a claim that quizzes get no extension, as a course's data may say."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.course.model import Claim, Course
from bot.understand.late.extension_refused import extension_refused
from tests.understand.conftest import course_in, first_line, reply

NOW = "2026-03-04 14:00"


def _refusing() -> Course:
    course = course_in("tests/fixtures/courses/chem-1310-s26")
    claim = Claim(False, ("extension on a quiz", "extension for the quiz"), "There is no extension on a quiz.")
    policies = tuple(replace(p, claims=(*p.claims, claim)) if p.id == "quizzes" else p for p in course.policies)
    return replace(course, policies=policies)


REFUSING = _refusing()


@pytest.mark.parametrize("question", ["can i get an extension on quiz 6", "i have covid can i get an extension on q6"])
def test_a_refused_extension_is_a_no(question: str) -> None:
    _, said = reply(REFUSING, question, NOW)
    assert first_line(said).startswith("No:")
    assert "There is no extension on a quiz." in first_line(said)
    assert "by Thu" not in said
    assert "ask Dr. Okafor (dana.okafor@unp.example.edu) by" not in said


def test_a_request_without_a_question_says_the_page_first() -> None:
    _, said = reply(REFUSING, "extension on quiz 6 pls", NOW)
    assert "“There is no extension on a quiz.”" in first_line(said)


def test_other_work_keeps_its_card() -> None:
    _, said = reply(REFUSING, "can i get an extension on ps6", NOW)
    assert "There is no extension on a quiz." not in said
    assert extension_refused(REFUSING, "can i get an extension on ps6") is None


def test_a_claim_about_something_else_is_no_refusal() -> None:
    course = course_in("tests/fixtures/courses/chem-1310-s26")
    assert extension_refused(course, "can i get an extension on quiz 6") is None


def _saying(sentence: str) -> Course:
    """CHEM 1310 with no claim, its quiz policy's words ending in the sentence given."""
    course = course_in("tests/fixtures/courses/chem-1310-s26")
    policies = tuple(replace(p, quote=f"{p.quote} {sentence}") if p.id == "quizzes" else p for p in course.policies)
    return replace(course, policies=policies)


SAYING = _saying("Quizzes are never extended.")


@pytest.mark.parametrize(
    ("course", "question", "refused"),
    [
        (SAYING, "can i get an extension on quiz 6", True),
        (SAYING, "can i ask for an extension on q6", True),
        (SAYING, "can i get an extension on ps6", False),  # the refusal does not name problem sets
        (_saying("Quizzes are not extended unless you are ill."), "can i get an extension on quiz 6", False),
        (_saying("In general we do not grant extensions on quizzes."), "can i get an extension on quiz 6", False),
    ],
)
def test_a_sentence_of_the_page_refusing_the_extension_is_a_no(course, question, refused) -> None:
    """Without a claim, a sentence of the page refusing extensions outright and naming what is asked is a No with
    the sentence; one with an exception or a hedge ("unless", "in general") leaves it to the rule and its people."""
    _, said = reply(course, question, NOW)
    assert first_line(said).startswith("No: the course page says") is refused, said


def test_work_names_compiled_at_load_put_each_work_as_its_kind(stat) -> None:
    """Every work's names compiled once at load: "an extension on ps3" reads as one on "the problem set" the same
    before and after."""
    from bot.understand.late.extension_refused import as_kinds, warm_tables

    item = stat.assignment("ps3")
    before = as_kinds("can i get an extension on ps3", (item,))
    warm_tables(stat)
    assert as_kinds("can i get an extension on ps3", (item,)) == before
    assert "ps3" not in before
    assert before.startswith("can i get an extension on the ")
