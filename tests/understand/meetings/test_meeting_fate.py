"""What became of one day's meeting, asked of a day the schedule calls it off
(bot.understand.meetings.meeting_fate)."""

from __future__ import annotations

import pytest

from bot.core.timefmt import parse_now
from bot.understand.engine import Engine
from bot.understand.meetings.meeting_fate import asks_fate_of_called_off
from tests.understand.conftest import course_in

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("i was sick, what happened to the mar 18 lab", True),  # spring break: called off
        ("was the lab on mar 18 cancelled", True),
        ("was the lab on mar 25 cancelled", False),  # held that day
        ("i missed the mar 18 lab, what do i do", False),  # no fate asked
        ("what happened to lab last week", False),  # no one day
    ],
)
def test_the_fate_of_a_called_off_meeting_is_asked(question, asked):
    """A day the schedule calls the meeting off, and words asking what became of it; neither alone is enough."""
    course = course_in(CHEM)
    reading = Engine(course).reader.read(question, parse_now("2026-03-30T10:00", course.tz))
    assert asks_fate_of_called_off(course, reading, question) is asked
