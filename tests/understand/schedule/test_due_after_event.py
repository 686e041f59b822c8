"""Deadlines asked after a day of the schedule or a meeting named, and after nothing else, count from the day after
the coming one."""

from __future__ import annotations

import pytest

from bot.understand.engine import engine_for
from bot.understand.schedule.due_after_event import due_after_event
from tests.conftest import local
from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("whats due after the guest lecture", True),
        ("whats due after spring break", False),  # a stretch of days off counts itself
        ("whats due after ps6", False),  # a piece of work
        ("whats due after friday", False),  # a date
        ("when is the lecture after the guest lecture", False),  # no deadline asked
    ],
)
def test_due_after_event(question, asked):
    """Only a deadline question counting from a meeting or schedule day alone."""
    chem = course_in(CHEM)
    reading = engine_for(chem).reader.read(question, local(chem, "2026-03-04 14:00"))
    assert due_after_event(reading) is asked


def test_what_is_due_after_the_guest_lecture_counts_from_the_day_after_it():
    """The guest lecture is Wed Apr 15: Quiz 10 (Apr 17) is due after it, Quiz 6 (Mar 6) is not."""
    _, said = reply(course_in(CHEM), "whats due after the guest lecture", "2026-03-04 14:00")
    assert "Quiz 10" in said
    assert "Quiz 6" not in said
