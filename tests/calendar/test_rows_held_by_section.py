"""A schedule row of a kind each section holds at its own time (a tutorial, a recitation): a section's calendar
gives its own time and room; the whole course's calendar lists every section's, never "time not listed"."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from icalendar import Calendar

from bot.calendar.ics import build_calendar
from bot.course.loader import load_course
from bot.course.model import ScheduleDay
from tests.conftest import FIXTURES

STAMP = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
ROW = ScheduleDay(dt.date(2026, 1, 20), "recitation", "Recitation 1: dimensional analysis", kind_name="Recitation")


@pytest.fixture(scope="module")
def chem():
    """CHEM 1310 with one schedule row for its recitations (three sections, each its own Tuesday time)."""
    course = load_course(FIXTURES / "courses" / "chem-1310-s26")
    return dataclasses.replace(course, schedule=tuple(sorted((*course.schedule, ROW), key=lambda d: d.date)))


def _row_event(data: bytes):
    found = [e for e in Calendar.from_ical(data).walk("VEVENT") if "Recitation 1" in str(e.get("summary"))]
    assert len(found) == 1
    return found[0]


def test_a_sections_calendar_holds_the_row_at_its_own_time_and_room(chem):
    event = _row_event(build_calendar(chem, section="102", now=STAMP))
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert (start.hour, start.minute, end.hour, end.minute) == (12, 0, 12, 50)
    assert str(start.tzinfo) == "America/Chicago"
    assert str(event.get("location")) == "Ames Hall 206"


def test_a_section_whose_room_is_not_given_says_so_instead_of_a_location(chem):
    event = _row_event(build_calendar(chem, section="103", now=STAMP))
    assert event.decoded("dtstart").hour == 15
    assert event.get("location") is None
    assert "Location: not listed on the course page." in str(event.get("description"))


def test_the_whole_courses_calendar_lists_each_sections_time_for_the_row(chem):
    event = _row_event(build_calendar(chem, now=STAMP))
    assert not isinstance(event.decoded("dtstart"), dt.datetime)  # a day: each section holds it at its own time
    description = str(event.get("description"))
    assert "not listed on the course page" not in description.split("Time:")[1].splitlines()[0]
    assert "Section 101: 8:00 AM – 8:50 AM, Ames Hall 204" in description
    assert "Section 102: 12:00 PM – 12:50 PM, Ames Hall 206" in description
    assert "Section 103: 3:30 PM – 4:20 PM" in description
