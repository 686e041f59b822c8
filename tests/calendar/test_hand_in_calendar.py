"""The .ics deadline event of work with hand-in fields says where it goes and its window, in plain course time."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from bot.calendar.ics import build_calendar
from bot.course.loader import load_course
from tests.conftest import FIXTURES


def test_a_quiz_event_says_where_when_it_opens_and_how_long():
    """Quiz 5's event: on Canvas, opening Thu Feb 26 8:00 AM CST, 20 minutes; no Discord markup or stamps."""
    course = load_course(FIXTURES / "courses" / "chem-1310-s26")
    calendar = Calendar.from_ical(build_calendar(course, now=dt.datetime(2026, 2, 1, tzinfo=course.tz)))
    (event,) = [e for e in calendar.walk("VEVENT") if str(e.get("uid")).endswith("deadline-quiz5@coursebot")]
    description = str(event.get("description"))
    assert "Handed in on Canvas (https://canvas.unp.example.edu/courses/chem1310)." in description
    assert "It opens Thu Feb 26, 8:00 AM CST." in description
    assert "20 minutes once you start." in description
    assert "**" not in description
