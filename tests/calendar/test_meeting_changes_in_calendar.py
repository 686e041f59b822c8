"""One-off meeting changes reach the calendar as they reach the bot's answers: a section's session moved to another
room for one week is an override of that week (same UID, RECURRENCE-ID), and an extra session, of a section or of
a lecture on a day without a schedule row, is an event of its own."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from icalendar import Calendar

from bot.calendar.ics import build_calendar
from bot.course.loader import load_course
from bot.course.meetings import MeetingChange
from tests.conftest import REPO

STAMP = dt.datetime(2024, 8, 1, tzinfo=dt.UTC)
MOVED_DAY = dt.date(2024, 10, 9)  # a Wednesday: section 1A's regular day
EXTRA_DAY = dt.date(2024, 12, 5)  # a Thursday after the last lecture: no schedule row


@pytest.fixture(scope="module")
def stat():
    """STAT 187 (section 1C's extra midterm review on Tue Oct 22 is in its data) plus a one-week room move for
    section 1A and an extra lecture (a review session) on a day without a lecture row."""
    course = load_course(REPO / "data" / "stat-187-f24")
    added = (
        MeetingChange("dis-1a", "move", MOVED_DAY, MOVED_DAY, reason="room swap", room="Evans Hall 10"),
        MeetingChange(
            "lecture",
            "extra",
            EXTRA_DAY,
            EXTRA_DAY,
            reason="final review",
            start=dt.time(15, 0),
            end=dt.time(16, 30),
            room="Halvorsen Hall 100",
        ),
    )
    return dataclasses.replace(course, meeting_changes=(*course.meeting_changes, *added))


def _events(data: bytes) -> list:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_a_sections_one_week_room_move_overrides_that_week_only(stat):
    events = _events(build_calendar(stat, section="1A", now=STAMP))
    series = [e for e in events if "meeting-dis-1a" in str(e["uid"]) and e.get("recurrence-id") is None]
    assert len(series) == 1
    assert str(series[0]["location"]) == "Halvorsen Hall 70"
    overrides = [e for e in events if e.get("recurrence-id") is not None and e["uid"] == series[0]["uid"]]
    assert len(overrides) == 1
    moved = overrides[0]
    assert moved.decoded("recurrence-id") == stat.at(MOVED_DAY, dt.time(9, 0))
    assert moved.decoded("dtstart") == stat.at(MOVED_DAY, dt.time(9, 0))
    assert str(moved["location"]) == "Evans Hall 10"
    assert "room swap" in str(moved["description"])
    assert "Evans Hall 10" in str(series[0]["description"])


def test_a_sections_extra_session_on_another_weekday_is_its_own_event(stat):
    events = _events(build_calendar(stat, section="1C", now=STAMP))
    extra = [e for e in events if "extra" in str(e["uid"]) and "dis-1c" in str(e["uid"])]
    assert len(extra) == 1
    assert extra[0].decoded("dtstart") == stat.at(dt.date(2024, 10, 22), dt.time(17, 0))
    assert extra[0].decoded("dtend") == stat.at(dt.date(2024, 10, 22), dt.time(18, 0))
    assert "midterm review" in str(extra[0]["description"])
    # Another section's calendar does not hold it.
    assert not [e for e in _events(build_calendar(stat, section="1A", now=STAMP)) if "dis-1c" in str(e["uid"])]


def test_an_extra_lecture_on_a_day_without_a_row_is_in_every_calendar(stat):
    for section in (None, "1B"):
        events = _events(build_calendar(stat, section=section, now=STAMP))
        extra = [e for e in events if "meeting-lecture-extra" in str(e["uid"])]
        assert len(extra) == 1, section
        assert extra[0].decoded("dtstart") == stat.at(EXTRA_DAY, dt.time(15, 0))
        assert "final review" in str(extra[0]["description"])
        assert str(extra[0]["location"]) == "Halvorsen Hall 100"


def test_a_moved_lecture_with_a_row_is_shown_by_the_row_not_twice(stat):
    """The Oct 15 lecture's move is in its schedule row's event; no separate event repeats it."""
    events = _events(build_calendar(stat, now=STAMP))
    that_day = [
        e
        for e in events
        if isinstance(e.decoded("dtstart"), dt.datetime)
        and e.decoded("dtstart").astimezone(stat.tz).date() == dt.date(2024, 10, 15)
        and "deadline" not in str(e["uid"])
    ]
    assert len(that_day) == 1
    assert str(that_day[0]["location"]) == "Bayview Auditorium"
