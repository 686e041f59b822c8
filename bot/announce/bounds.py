"""How far ahead (and back) staff may schedule: a time that reads far outside the course is refused with a
message that says how it was read and what is allowed, so one typo never plans an item for the year 9999."""

from __future__ import annotations

import datetime as dt

from bot.announce.edges import bound_after, in_zone
from bot.core.errors import UserError
from bot.core.timefmt import human_date, human_date_year, human_datetime, human_time
from bot.course.model import Course
from bot.understand.times.dates import day_without_time

AHEAD = dt.timedelta(days=365)  # the furthest staff may schedule anything: a year from now


def _reads_as(typed: str, at: dt.datetime, course: Course) -> str:
    local = in_zone(at, course.tz)
    return f"{typed!r} reads as {human_date_year(local.date())}, {human_time(local.time())} {local.tzname()}"


def _too_far(typed: str, at: dt.datetime, now: dt.datetime, course: Course) -> UserError:
    latest = bound_after(now, AHEAD)
    return UserError(
        f"{_reads_as(typed, at, course)}: that is more than a year ahead. Pick a time up to "
        f"{human_date_year(in_zone(latest, course.tz).date())}."
    )


def check_announcement_time(typed: str, at: dt.datetime, now: dt.datetime, course: Course) -> None:
    """A staff announcement goes out at a time of day said, in the future, at most a year from now; UserError
    otherwise."""
    if at <= now:
        raise UserError(f"{typed!r} is in the past (it reads as {human_datetime(at, course.tz)}). Pick a future time.")
    if at > bound_after(now, AHEAD):
        raise _too_far(typed, at, now, course)
    day = day_without_time(typed, now, course)
    if day is not None:  # a day alone would be a midnight nobody meant
        raise UserError(_day_only(typed.strip(), day, now.astimezone(course.tz).date()))


def _day_only(typed: str, day: dt.date, today: dt.date) -> str:
    if day == today and f"{day:%A}".lower() in typed.lower():  # "friday" said on a Friday: today, or next week?
        later = day + dt.timedelta(days=7)
        return (
            f"{typed!r} could be today ({human_date(day)}) or {human_date(later)}, and gives no time of day. "
            f"Say the day and the time, e.g. '{later:%b} {later.day} 9am' (course time)."
        )
    return (
        f"{typed!r} gives a day ({human_date(day)}) but no time of day. Say when, e.g. "
        f"'{day:%b} {day.day} 9am' (course time)."
    )


def check_publication_time(typed: str, at: dt.datetime, now: dt.datetime, course: Course) -> None:
    """Grades are published during the term or after it, and at most a year from now; UserError otherwise."""
    term_start = course.at(course.term_first, dt.time(0, 0))
    if at < term_start:
        raise UserError(
            f"{_reads_as(typed, at, course)}: that is before the term began "
            f"({human_date_year(course.term_first)}). Give the time grades were published."
        )
    if at > bound_after(now, AHEAD):
        raise _too_far(typed, at, now, course)
