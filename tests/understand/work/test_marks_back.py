"""When marked work comes back: the page's own sentence on it for the item or kind asked ("returned within three
weeks"), never a sentence about disputing a mark; an item no sentence names keeps "not on the course page"."""

from __future__ import annotations

import dataclasses

import pytest

from bot.course.model import Policy
from bot.understand.work.marks_back import asks_marks_back, marks_back_said, turnaround_sentences
from tests.understand.conftest import reply

_RETURNED = Policy(
    id="feedback",
    title="Marks and feedback",
    summary="Homework is returned within two weeks; the project within three weeks.",
    quote=(
        "Homework is graded and returned on Gradescope within two weeks of the due date. Project reports are "
        "returned within three weeks. If you think something was marked incorrectly, request a regrade within 7 days."
    ),
    keywords=("feedback",),
)


def _with_turnaround(course):
    return dataclasses.replace(course, policies=(*course.policies, _RETURNED))


@pytest.mark.parametrize(
    "question",
    [
        "when do we get hw2 back",
        "when will the project reports be returned",
        "how long until we get our homework back",
        "when are we getting midterm marks back",
    ],
)
def test_marks_back_asked(question):
    assert asks_marks_back(question)


@pytest.mark.parametrize(
    "question",
    ["can i get my late days back", "when do we get points back after a regrade", "when is hw2 due", "is hw2 back"],
)
def test_no_marks_back_asked(question):
    assert not asks_marks_back(question)


def test_a_regrade_sentence_is_no_turnaround(second_course):
    sentences = [s for _, s, _ in turnaround_sentences(_with_turnaround(second_course))]
    assert any("within two weeks" in s for s in sentences)
    assert not any("incorrectly" in s for s in sentences)


@pytest.mark.parametrize(
    "sentence",
    [
        "If you think an exam was graded in error, talk to your instructor within one week of getting it back.",
        "Any mistake in the marking must be raised within 5 working days of the marks being released.",
        "To query a mark returned on Moodle, email the tutor within two weeks.",
    ],
)
def test_a_dispute_in_other_words_is_no_turnaround(second_course, sentence):
    """A sentence on a mark given in error (its window counted from getting the work back) says nothing of when the
    marks come back."""
    said = dataclasses.replace(_RETURNED, id="disputes", summary=sentence, quote=sentence)
    course = dataclasses.replace(second_course, policies=(*second_course.policies, said))
    assert not any(s == sentence for _, s, _ in turnaround_sentences(course))


def test_the_sentence_naming_the_items_kind_is_found(second_course):
    course = _with_turnaround(second_course)
    homework = next(a for a in course.assignments if a.kind == "homework")
    said = marks_back_said(course, homework.id, (homework.title, homework.short, homework.kind))
    assert said is not None
    assert "within two weeks" in said


@pytest.mark.parametrize(("question", "fact"), [("when do we get hw2 back", "within two weeks")])
def test_the_engine_answers_from_the_page(second_course, question, fact):
    result, said = reply(_with_turnaround(second_course), question, "2024-10-14 10:00")
    assert result.answer.kind == "info"
    assert fact in said


def test_without_such_a_sentence_it_is_not_on_the_page(second_course):
    result, said = reply(second_course, "when do we get hw2 back", "2024-10-14 10:00")
    assert result.answer.kind == "unknown"
    assert "not on the course page" in said
