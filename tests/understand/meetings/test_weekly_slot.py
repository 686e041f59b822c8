"""A weekly meeting's slot named with its weekday is no day asked (bot.understand.meetings.weekly_slot)."""

from __future__ import annotations

import pytest

from bot.understand.meetings.weekly_slot import slot_weekday, weekly_slot_spans
from tests.understand.conftest import course_in, first_line, reply


@pytest.mark.parametrize(
    ("question", "weekday"),
    [
        ("is the midterm during the normal thursday lecture time?", 3),
        ("is the quiz in our tuesday lab slot", 1),
        ("is it in the usual wed seminar period", 2),
        ("is the midterm on thursday", None),  # a day asked, no slot
        ("is the midterm during lecture time", None),  # a slot, no weekday
    ],
)
def test_the_weekday_of_a_slot(question, weekday):
    assert slot_weekday(question) == weekday


def test_the_spans_cover_the_weekday_and_its_usual():
    question = "is the final during the normal thursday lecture time"
    ((start, end),) = weekly_slot_spans(question)
    assert question[start:end] == "normal thursday"


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("is exam 1 during the monday lecture time", "Yes"),
        ("is exam 1 during the usual wednesday lecture time?", "No: Exam 1 is on Mon Feb 26"),
    ],
)
def test_an_exam_in_a_weekly_slot(question, first):
    """Exam 1 (in class, on a Monday) is in the Monday lecture time, not the Wednesday one."""
    _, said = reply(course_in("data/10-605-s24"), question, "2024-02-12 10:00")
    assert first_line(said).startswith(first)
