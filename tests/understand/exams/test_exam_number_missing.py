"""An exam asked by a number or an order the course does not have: said to be unlisted, with the exams it has."""

from __future__ import annotations

import pytest

from bot.understand.exams.exam_number_missing import asked_number, missing_exam
from tests.understand.conftest import course_in, reply


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("when is midterm 2", ("midterm", 2, "midterm 2")),
        ("is there an exam #3", ("exam", 3, "exam #3")),
        ("when's the second mid-term", ("midterm", 2, "second mid-term")),
        ("is the midterm 2 weeks away", None),
        ("exam 1:30 or 2", None),
        ("midterm 2nd floor room?", None),
        ("is test 3 questions long", None),
        ("is the second midterm question multiple choice", None),  # the second question of the midterm
        ("is the first exam problem a proof", None),
        ("is the second midterm hard", ("midterm", 2, "second midterm")),
    ],
)
def test_asked_number(question, asked):
    """An exam asked by number or order; an ordinal before a part of an exam counts the parts, not the exams."""
    assert asked_number(question) == asked


@pytest.mark.parametrize(
    ("course_name", "question", "missing"),
    [
        ("course", "when is midterm 3", True),
        ("course", "is there an exam 3", True),
        ("course", "when is exam 2", False),
        ("second_course", "when is midterm 2", True),
        ("second_course", "is there a second midterm", True),
        ("second_course", "when is the first midterm", False),
        ("chem", "when is midterm 2", False),
        ("chem", "when is midterm 3", True),
        ("chem", "is there a second exam", False),  # every exam is an exam: Midterm 1, Midterm 2, Final exam
        ("chem", "is the third exam cumulative", False),
        ("chem", "when is exam 4", True),
    ],
)
def test_a_numbered_exam_the_course_lacks(request, course_name, question, missing):
    """Beyond the exams the course has of that name (or of any name): unlisted; an exam it has is left to the card."""
    course = (
        course_in("tests/fixtures/courses/chem-1310-s26")
        if course_name == "chem"
        else request.getfixturevalue(course_name)
    )
    assert (missing_exam(course, question, yes_no=False) is not None) is missing


@pytest.mark.parametrize(
    ("course_name", "question", "first", "listed"),
    [
        ("course", "is there a midterm 3", "No: the course page lists no Midterm 3.", "Exam 1 (Mon Feb 26)"),
        ("second_course", "when is midterm 2 and where", "The course page lists no Midterm 2.", "Midterm (Wed Oct 23)"),
    ],
)
def test_the_answer_says_so_with_the_exams_listed(request, course_name, question, first, listed):
    """Never another exam's card as if it were the one asked: No (or "lists no"), then every exam with its date."""
    _, said = reply(request.getfixturevalue(course_name), question, "2024-02-14 10:00")
    assert first in said
    assert listed in said
