"""An exam's other sittings in calendars: the .ics lists a dated one under its name, free and without an alarm; the
Events tab and exam reminders, which go to everyone, never hold one."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from bot.announce.planner import AnnounceConfig, plan
from bot.calendar.events import desired_events
from bot.calendar.ics import build_calendar
from bot.course.loader import load_course
from tests.conftest import FIXTURES

NOW = dt.datetime(2024, 9, 1, 12, 0, tzinfo=dt.UTC)


def _events(course) -> dict[str, object]:
    cal = Calendar.from_ical(build_calendar(course, now=NOW))
    return {str(e.get("summary")): e for e in cal.walk("VEVENT")}


def test_the_ics_lists_the_alternate_sitting_by_name_free_and_without_alarm(second_course):
    """STAT 187's 3 PM alternate sitting is its own event, says whom it is for, does not block time, has no alarm."""
    events = _events(second_course)
    sitting = events["STAT 187 Midterm: alternate sitting"]
    start = sitting.decoded("dtstart")
    assert (start.date(), start.hour, sitting.decoded("dtend").hour) == (dt.date(2024, 10, 23), 15, 17)
    assert str(sitting.get("transp")) == "TRANSPARENT"
    assert not sitting.walk("VALARM")
    assert "not everyone's" in str(sitting.get("description"))
    assert "conflict form" in str(sitting.get("description"))
    assert sitting.get("location") is None  # its room is not on the page: never the midterm's
    assert "STAT 187 Midterm" in events  # the main sitting stays


def test_an_undated_sitting_is_left_off_the_calendar():
    """The Klausur's October resit has no date: no event, never one on the Klausur's day."""
    geo = load_course(FIXTURES / "courses" / "geo-2210-s25")
    cal = Calendar.from_ical(build_calendar(geo, now=NOW))
    assert not [e for e in cal.walk("VEVENT") if "resit" in str(e.get("summary")).lower()]


def test_the_events_tab_and_exam_reminders_never_hold_a_sitting(second_course):
    """Events and reminders go to everyone: the midterm's, never its alternate sitting's (3 PM)."""
    assert not [e for e in desired_events(second_course) if "sitting" in e.name.lower()]
    first, last = second_course.term_first, second_course.term_last
    tz = second_course.tz
    start, end = dt.datetime.combine(first, dt.time(), tz), dt.datetime.combine(last, dt.time(23, 59), tz)
    items = plan(second_course, AnnounceConfig(kinds=frozenset({"exam"})), start, end)
    assert items
    assert all(item.identity.subject in {e.id for e in second_course.exams} for item in items)
