"""A section's calendar holds only its own schedule rows, at their own time and place; the course's calendar lists
each section-only row with whom it is for; a weekly meeting skips the day a row of its own replaces it."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from bot.calendar.events import desired_events
from bot.calendar.ics import build_calendar
from bot.course.loader import load_course
from tests.conftest import FIXTURES

STAMP = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def chem():
    return load_course(FIXTURES / "courses" / "chem-1310-s26")


@pytest.fixture(scope="module")
def geo():
    return load_course(FIXTURES / "courses" / "geo-2210-s25")


def _events(data: bytes, words: str) -> list:
    return [e for e in Calendar.from_ical(data).walk("VEVENT") if words in str(e.get("summary"))]


@pytest.mark.parametrize(("section", "count"), [("102", 1), ("101", 0), ("103", 0), (None, 1)])
def test_a_make_up_lab_is_only_in_its_sections_calendar_and_the_courses(chem, section, count):
    """Section 102's make-up lab: in 102's calendar and the course's, not in 101's or 103's."""
    found = _events(build_calendar(chem, section=section, now=STAMP), "Make-up calorimetry lab")
    assert len(found) == count
    for event in found:
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert (start.hour, start.minute, end.hour, end.minute) == (14, 0, 16, 50)
        assert str(event.get("location")) == "Sorensen Hall 312"
        assert "(Lab 102)" in str(event.get("summary"))


def test_a_row_for_two_sections_is_in_the_courses_calendar_with_each_sections_time(chem):
    """'Calorimetry lab' of 102 and 103 on Thursday: the course's calendar names both and gives each its own time."""
    (event,) = _events(build_calendar(chem, now=STAMP), "Calorimetry lab (Lab 102, 103)")
    description = str(event.get("description"))
    assert "Section 102: 1:00 PM – 3:50 PM" in description
    assert "Section 103: 6:00 PM – 8:50 PM" in description
    assert "Section 101" not in description


def test_a_sections_weekly_meeting_skips_the_day_its_own_row_replaces_it(geo):
    """Group Nord's drone mapping day (8:00 AM at the field site) replaces its Wednesday practical: the series skips."""
    data = build_calendar(geo, section="Nord", now=STAMP)
    (trip,) = _events(data, "Drone mapping")
    assert trip.decoded("dtstart").hour == 8
    assert str(trip.get("location")) == "Tempelhof field site, main gate"
    assert dt.date(2025, 5, 21) in _skipped(data, "meeting-prac-nord-wed")
    assert dt.date(2025, 6, 13) in _skipped(data, "meeting-colloquium-fri")  # the group's presentation slot instead
    assert not _events(data, "Süd")


def _skipped(data: bytes, uid: str) -> set[dt.date]:
    (series,) = [e for e in Calendar.from_ical(data).walk("VEVENT") if uid in str(e.get("uid")) and e.get("rrule")]
    found = series.get("exdate")
    return {d.dt.date() for x in (found if isinstance(found, list) else [found]) for d in x.dts}


def test_the_servers_events_name_a_rows_sections_and_give_their_time_and_place(chem):
    """In the Events tab (classes included) a row for one section is at that section's time and room (its own,
    for the make-up lab); a row for two names both, with each one's time."""
    events = {e.name: e for e in desired_events(chem, kinds=frozenset({"exam", "lab"}))}
    make_up = events["Make-up calorimetry lab (Lab 102)"]
    assert (make_up.start.hour, make_up.end.hour, make_up.location) == (14, 16, "Sorensen Hall 312")
    own = events["Calorimetry lab (Lab 101)"]
    assert (own.start.hour, own.location) == (13, "Sorensen Hall 310")
    both = events["Calorimetry lab (Lab 102, 103)"]
    assert "Lab 102: 1:00 PM – 3:50 PM" in both.description
    assert "Lab 103: 6:00 PM – 8:50 PM" in both.description
