"""A weekly meeting not held is followed by its make-up when the page lists one: the same section's meeting of the
same kind in the week after, on a day it does not usually meet (bot.course.make_up)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.course.loader import load_course
from bot.course.make_up import make_up_of
from bot.course.meetings import MeetingChange
from bot.course.occurrences import occurrences_between
from tests.conftest import FIXTURES

NORD_WEDNESDAY = dt.date(2025, 4, 2)  # GEO 2210's Nord practical meets on Wednesdays; an extra one is on Fri Apr 4
LABOUR_DAY = dt.date(2025, 5, 1)  # a Thursday: the Süd practical is not held and the page lists no make-up


def _geo(*changes: MeetingChange):
    course = load_course(FIXTURES / "courses" / "geo-2210-s25")
    return dataclasses.replace(course, meeting_changes=(*changes, *course.meeting_changes))


def _practical(course, day: dt.date, section: str):
    found = occurrences_between(course, day, day, kind="practical", section=section, include_cancelled=True)
    return next(o for o in found if o.section == section)


def test_a_cancelled_meeting_is_made_up_by_its_sections_extra_session_that_week():
    course = _geo(MeetingChange("prac-nord", "cancel", NORD_WEDNESDAY, NORD_WEDNESDAY, reason="storm"))
    made_up = make_up_of(course, _practical(course, NORD_WEDNESDAY, "Nord"))
    assert made_up is not None
    assert made_up.start.astimezone(course.tz).date() == dt.date(2025, 4, 4)


def test_a_meeting_held_has_no_make_up():
    course = _geo()
    assert make_up_of(course, _practical(course, NORD_WEDNESDAY, "Nord")) is None


def test_a_holiday_without_a_listed_make_up_has_none():
    course = _geo()
    missed = _practical(course, LABOUR_DAY, "Sued")
    assert missed.cancelled
    assert make_up_of(course, missed) is None
