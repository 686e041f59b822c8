"""Class time asked of an exam, apart from a room named after a kind of class (bot.understand.exams.during_class)."""

from __future__ import annotations

import pytest

from bot.understand.answering import replies
from bot.understand.exams.during_class import asks_during_class
from tests.understand.conftest import course_in, reply


@pytest.mark.parametrize(
    ("tokens", "asked"),
    [
        ("is the midterm during class", True),
        ("is the final in lecture", True),
        ("is the midterm in the lecture hall", False),
        ("is midterm 1 in the lecture theatre", False),
        ("is the exam in our class room", False),
        ("when is the midterm", False),
    ],
)
def test_in_a_room_named_after_class_is_a_place(tokens, asked):
    """ "in" asks class time unless a room's noun follows it; "during" always does."""
    assert asks_during_class(tokens.split()) is asked


@pytest.mark.parametrize(
    ("folder", "question", "now"),
    [
        ("data/stat-187-f24", "is the midterm in the lecture hall", "2024-10-07 10:00"),
        ("tests/fixtures/courses/chem-1310-s26", "is midterm 1 in the lecture hall", "2026-02-10 10:00"),
    ],
)
def test_a_room_question_never_gets_a_class_time_no(folder, question, now):
    """An exam held in rooms by section, one of them the lecture hall: never "No: outside class time"."""
    _result, said = reply(course_in(folder), question, now)
    assert "class time" not in said.splitlines()[2], said
    assert replies.NOT_ON_PAGE not in said.splitlines()[2], said
