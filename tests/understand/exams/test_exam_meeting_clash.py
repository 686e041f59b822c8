from __future__ import annotations

import pytest

from bot.understand.exams.exam_meeting_clash import meeting_clash, named_kind
from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.fixture(scope="module")
def chem():
    return course_in(CHEM)


@pytest.mark.parametrize(
    "question",
    [
        "im in 103 and my lab is thursday night, does my lab clash with midterm 2",
        "do labs overlap with the second midterm",
        "will my lab conflict with midterm 2 on april 2",
    ],
)
def test_a_meeting_cancelled_on_the_exam_day_does_not_clash(chem, question):
    _, said = reply(chem, question, "2026-03-04 14:00")
    assert first_line(said).startswith("No"), said
    assert "not held" in said


def test_a_meeting_that_does_not_meet_that_weekday_does_not_clash(chem):
    _, said = reply(chem, "does recitation conflict with midterm 1", "2026-02-02 10:00")
    assert first_line(said).startswith("No"), said


def test_a_question_without_a_clash_word_is_not_one(chem):
    exam = chem.exam("midterm2")
    assert meeting_clash(chem, exam, "is my lab on the day of midterm 2", "103") is None


def test_the_meeting_kind_named(chem):
    assert named_kind(chem, "does the midterm clash with anything") is None
    assert named_kind(chem, "does my lab clash") == "lab"
