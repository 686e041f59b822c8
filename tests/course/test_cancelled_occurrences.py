"""A meeting not held on a day (a holiday, a break, a cancellation) still says where and when it would have met:
a move covering that day applies to it (bot.course.occurrences)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.course.loader import load_course
from bot.course.meetings import MeetingChange
from bot.course.occurrences import occurrences_between
from tests.conftest import FIXTURES

EASTER_MONDAY_BREAK = dt.date(2025, 4, 14)  # GEO 2210's plenary day in its Easter break


def _plenary_moved():
    """GEO 2210 with its plenary moved to MA 001 for April and May (a ranged move over the Easter break)."""
    course = load_course(FIXTURES / "courses" / "geo-2210-s25")
    move = MeetingChange(
        "plenary", "move", dt.date(2025, 4, 1), dt.date(2025, 5, 31), reason="renovation", room="MA 001"
    )
    return dataclasses.replace(course, meeting_changes=(move, *course.meeting_changes))


def _plenary_on(course, day: dt.date):
    found = occurrences_between(course, day, day, kind="plenary", include_cancelled=True)
    return next(o for o in found if o.meeting.id == "plenary")


def test_a_day_without_class_shows_the_room_a_ranged_move_gives():
    held = _plenary_on(_plenary_moved(), EASTER_MONDAY_BREAK)
    assert held.cancelled
    assert held.where == "MA 001"
    assert held.note == "no class: Easter break"


def test_a_cancelled_day_shows_the_room_a_ranged_move_gives():
    course = _plenary_moved()
    day = dt.date(2025, 4, 28)
    cancel = MeetingChange("plenary", "cancel", day, day, reason="staff away")
    course = dataclasses.replace(course, meeting_changes=(*course.meeting_changes, cancel))
    held = _plenary_on(course, day)
    assert held.cancelled
    assert held.where == "MA 001"


def test_without_a_move_the_weekly_room_is_shown():
    course = load_course(FIXTURES / "courses" / "geo-2210-s25")
    assert _plenary_on(course, EASTER_MONDAY_BREAK).where == "H 0104"
