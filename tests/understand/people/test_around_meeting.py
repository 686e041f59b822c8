"""A time said by a class meeting of the day ("right after lecture") is the span of the day it means."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.people.around_meeting import span_around_meeting
from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"  # lectures MWF 9:05-9:55; Dr. Okafor's hours Monday 10:15-11:30
MONDAY, TUESDAY = dt.date(2026, 3, 2), dt.date(2026, 3, 3)


def _at(day: dt.date, hour: int, minute: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=course_in(CHEM).tz)


@pytest.mark.parametrize(
    ("question", "day", "span"),
    [
        ("can i see the prof monday right after lecture", MONDAY, (_at(MONDAY, 9, 55), _at(MONDAY, 10, 25))),
        (
            "can i see the prof monday after the lecture",
            MONDAY,
            (_at(MONDAY, 9, 55), _at(MONDAY + dt.timedelta(1), 0, 0)),
        ),
        ("can i see the prof monday just before class", MONDAY, (_at(MONDAY, 8, 35), _at(MONDAY, 9, 5))),
        ("can i see the prof monday before lecture", MONDAY, (_at(MONDAY, 0, 0), _at(MONDAY, 9, 5))),
        ("can i see the prof tuesday after lecture", TUESDAY, None),  # no lecture that day
        ("can i see the prof monday after my exam", MONDAY, None),  # no kind of meeting
    ],
)
def test_the_span_a_meeting_names(question, day, span):
    """Table: from the meeting's end (half an hour, or the rest of the day), or up to its start."""
    assert span_around_meeting(course_in(CHEM), question, day) == span


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("can i catch the professor monday right after lecture", True),  # 10:15 is within half an hour of 9:55
        ("can i catch the professor monday right before lecture", False),
        ("can i catch the professor wednesday after lecture", False),  # no office hours that day
    ],
)
def test_seeing_staff_around_a_meeting_is_answered_from_their_hours_then(question, yes):
    """Yes when their office hours fall in that span, No (with the day's hours) when none do."""
    _, said = reply(course_in(CHEM), question, "2026-03-01 10:00")
    assert first_line(said).startswith("Yes" if yes else "No")
