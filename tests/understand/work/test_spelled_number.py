"""An exam named with its number spelled out is read as the course names it, nowhere else."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.course.model import Course, Exam
from bot.understand.work.spelled_number import spelled_numbers_named
from tests.understand.conftest import course_in


@pytest.fixture(scope="module")
def course() -> Course:
    """An invented course: two numbered midterms (one also "mt1"), a make-up of the first, and a final."""
    day = dt.date(2027, 3, 3)
    return replace(
        course_in("data/stat-187-f24"),
        exams=(
            Exam("m1", "Midterm 1", day, aliases=("mt1",)),
            Exam("m1-makeup", "Midterm 1 make-up", day),
            Exam("m2", "Midterm 2", day),
            Exam("final", "Final exam", day),
        ),
    )


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("midterm one is thursday right", "midterm 1 is thursday right"),
        ("is midterm two on march 3", "is midterm 2 on march 3"),
        ("mt one in hall b?", "mt1 in hall b?"),
        ("midterm one make-up is friday right", "midterm 1 make-up is friday right"),
        ("midterm three is when", "midterm three is when"),  # no Midterm 3 on the page
        ("is the midterm one on thursday", "is the midterm one on thursday"),  # "the midterm one": a pronoun
        ("is the midterm two on thursday", "is the midterm 2 on thursday"),
        ("is the final one on monday", "is the final one on monday"),  # the final is not numbered
    ],
)
def test_spelled_numbers_named(course: Course, text: str, read: str):
    assert spelled_numbers_named(course, text) == read
