"""The hours of a course's day, from its own timetable: "monday 5:00" typed without AM or PM is 5 PM on a course whose
classes, office hours, exams and deadlines all fall after 5 in the morning, never a silent 5 AM; "7:30" is 7:30 AM
on a course with a deadline at 8:00 AM (work goes in in the hour before it). Either reading may still be meant:
`other_half_of_day` gives the one not taken, for an answer whose outcome it changes to say so."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.kept import Kept
from bot.course.model import Course

_KEPT: Kept[dt.time | None] = Kept(64)
# Work is handed in in the hour before its deadline: a deadline at 8:00 AM makes 7:00 AM part of the course's day.
_BEFORE_DEADLINE = dt.timedelta(hours=1)
# "7:30", "11:15" typed without AM or PM (not "07:30", a 24-hour clock typed as meant)
_BARE_CLOCK = re.compile(r"(?<![\d:])([1-9]|1[01]):[0-5]\d\b(?!\s*[ap]\.?\s?m\b)")


def first_hour(course: Course) -> dt.time | None:
    """The earliest time anything of the course happens (a weekly meeting, an office-hours slot, an exam, a stated
    opening of work, the hour before a stated deadline), or None when its data gives no times."""
    return _KEPT.get(course, "first", lambda: _first(course))


def _first(course: Course) -> dt.time | None:
    starts = [m.start for m in course.meetings]
    starts += [s.start for p in course.people for s in p.office_hours]
    starts += [e.time for e in course.exams if e.time is not None]
    for work in course.assignments:
        due = work.due.astimezone(course.tz)
        if not work.due_time_assumed and due.hour >= 1:  # a deadline just after midnight ends the evening before
            starts.append((due - _BEFORE_DEADLINE).time())
        opens = work.hand_in.opens
        if isinstance(opens, dt.datetime) and work.hand_in.opens_time:
            starts.append(opens.astimezone(course.tz).time())
    return min(starts, default=None)


def clock_on_course_day(course: Course, hour: int, minute: int) -> dt.time:
    """A clock typed without AM or PM ("5:00", "7:30"): the morning reading, unless it falls before anything of the
    course happens; then the afternoon or evening one (no one means a time before the course's day begins)."""
    morning = dt.time(hour % 24, minute)
    if not 1 <= hour <= 11:
        return morning  # "12:30" is half past noon; "17:00" says itself
    first = first_hour(course)
    return dt.time(hour + 12, minute) if first is not None and morning < first else morning


def other_half_of_day(typed: str, read: dt.time) -> dt.time | None:
    """The other reading of a clock typed without AM or PM in `typed` and read as `read` ("7:30" read as 7:30 PM:
    7:30 AM), or None when the clock was typed with AM or PM, as a 24-hour time, at noon, or not at all."""
    if _BARE_CLOCK.search(typed) is None or read.hour % 12 == 0:
        return None
    return read.replace(hour=(read.hour + 12) % 24)
