from __future__ import annotations

from dataclasses import replace

import pytest

from bot.course.model import Claim, Course, Policy
from bot.understand.exams.exam_unset import unset_exam
from tests.understand.conftest import course_in, reply

COURSES = {"data/stat-187-f24": "2024-11-04 10:00", "tests/fixtures/courses/hist-210-a24": "2024-11-04 10:00"}


def _without_final(folder: str) -> Course:
    """The course with its final exam kept only as a policy whose page has no date for it yet."""
    course = course_in(folder)
    kept = tuple(e for e in course.exams if "final" not in e.aliases)
    final = Policy(
        id="final-exam",
        title="Final exam",
        summary="The final exam is in the end-of-term exam period, December 9-20; the registrar sets the day.",
        quote="The final exam is held in the exam period, December 9-20. It is open book.",
        keywords=("final", "final exam", "exam period"),
        missing="the date, time and room of the final exam",
        claims=(
            Claim(
                yes=True,
                asks=("final exam open book", "bring the textbook to the final exam"),
                evidence="It is open book.",
            ),
        ),
    )
    return replace(course, exams=kept, policies=(*course.policies, final))


@pytest.fixture(scope="module", params=sorted(COURSES))
def unset(request) -> tuple[Course, str]:
    return _without_final(request.param), COURSES[request.param]


@pytest.mark.parametrize(
    "question",
    [
        "when's the final",
        "what day is the final exam on",
        "where is the final held",
        "what time does the final exam start",
        "how many hours is the final",
        "is the final before december 15",
    ],
)
def test_when_or_where_of_a_dateless_final_is_not_on_the_page(unset, question):
    course, now = unset
    result, said = reply(course, question, now)
    assert result.answer.kind == "unknown", said
    assert "December 9-20" in said  # what the page does say: the exam period
    assert not said.splitlines()[2].startswith(("Yes", "No")), said


@pytest.mark.parametrize("question", ["is the final open book", "can i bring the textbook to the final"])
def test_a_claim_about_the_dateless_final_is_answered(unset, question):
    course, now = unset
    _, said = reply(course, question, now)
    assert said.splitlines()[2].startswith("Yes"), said


@pytest.mark.parametrize("folder", sorted(COURSES))
def test_a_final_in_the_exam_list_is_answered_from_it(folder):
    course = course_in(folder)
    assert unset_exam(course, "when is the final") is None
    result, said = reply(course, "when is the final", COURSES[folder])
    assert result.answer.kind == "info", said
    assert "Dec" in said


def test_a_question_naming_no_dateless_exam_is_left_alone(unset):
    course, _ = unset
    assert unset_exam(course, "when is the midterm") is None
    assert unset_exam(course, "when is the final") == "final-exam"


@pytest.mark.parametrize("question", ["what's due before the final", "any office hours the week before the final"])
def test_before_an_undated_final_is_not_before_the_next_dated_exam(unset, question):
    course, now = unset
    result, said = reply(course, question, now)
    assert "Midterm" not in said.splitlines()[0]
    for part in result.parts:
        assert "before" not in str(part.slots.get("label", ""))
