from __future__ import annotations

import pytest

from bot.understand.exams.exam_meeting_clash import clash_sitting, meeting_clash, named_kind
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


@pytest.mark.parametrize(
    "question",
    [
        "my soccer practice overlaps with the midterm, what should i do",
        "i have a chem lab wednesday night that clashes with the midterm, what am i supposed to do",
    ],
)
def test_a_clash_with_something_else_gets_the_alternate_sitting(stat, question):
    """A clash with no meeting of the course: the exam's conflict sitting (when, where, how to register), its form."""
    _, said = reply(stat, question, "2024-10-01 10:00")
    assert "The alternate sitting of Midterm: Wed Oct 23, 2024, 3:00 PM" in said
    assert "How to register for the alternate sitting: through the midterm conflict form" in said
    assert "https://forms.example/stat187-midterm-conflict" in said


@pytest.mark.parametrize(
    "question",
    [
        "is there a conflict form for the midterm",  # the form asked
        "i have a conflict with the final",  # the final has no sitting
        "what should i do about the midterm",  # no clash told
    ],
)
def test_no_clash_told_or_no_sitting_keeps_the_exam(stat, question):
    """The alternate sitting answers a clash told, of an exam that has one: not the form, nor another exam."""
    exam = stat.exam("final") if "final" in question else stat.exam("midterm")
    assert clash_sitting(stat, exam, question) is None


def test_a_clash_with_the_courses_own_meeting_is_left_to_meeting_clash(chem):
    """ "does my lab clash with midterm 2" on a course with labs: whether that lab meets then, not a sitting."""
    exam = chem.exam("mt2")
    assert clash_sitting(chem, exam, "does my lab clash with midterm 2") is None
