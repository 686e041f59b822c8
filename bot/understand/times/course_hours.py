"""The hours of a course's day, from its own timetable: "monday 5:00" typed without AM or PM is 5 PM on a course whose
classes, office hours and exams all start after 5 in the morning, never a silent 5 AM."""

from __future__ import annotations

import datetime as dt

from bot.core.kept import Kept
from bot.course.model import Course

_KEPT: Kept[dt.time | None] = Kept(64)


def first_hour(course: Course) -> dt.time | None:
    """The earliest time anything of the course starts (a weekly meeting, an office-hours slot, an exam), or None
    when its data gives no times."""
    return _KEPT.get(course, "first", lambda: _first(course))


def _first(course: Course) -> dt.time | None:
    starts = [m.start for m in course.meetings]
    starts += [s.start for p in course.people for s in p.office_hours]
    starts += [e.time for e in course.exams if e.time is not None]
    return min(starts, default=None)


def clock_on_course_day(course: Course, hour: int, minute: int) -> dt.time:
    """A clock typed without AM or PM ("5:00", "7:30"): the morning reading, unless it falls before anything of the
    course starts; then the afternoon or evening one (no one means a time before the course's day begins)."""
    morning = dt.time(hour % 24, minute)
    if not 1 <= hour <= 11:
        return morning  # "12:30" is half past noon; "17:00" says itself
    first = first_hour(course)
    return dt.time(hour + 12, minute) if first is not None and morning < first else morning
