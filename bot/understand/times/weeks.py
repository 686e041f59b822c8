"""Which week someone means: a course week number ("2", "week 2": counted from the Monday of the term's first
week), "this", "next" or "last" week, or any day in the week ("Mar 11", "next monday")."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.errors import UserError
from bot.course.model import Course
from bot.understand.times.dates import parse_day
from bot.understand.times.titled_weeks import titled_monday

WEEK_EXAMPLES = "a course week number like 2, 'this week', 'next week', 'last week', or a day like 'Mar 11'"
_NUMBER = re.compile(r"^(?:week|wk|w)?\s*#?\s*(\d{1,3})$")
_RELATIVE = {
    "this": 0,
    "this week": 0,
    "current": 0,
    "current week": 0,
    "next": 1,
    "next week": 1,
    "last": -1,
    "last week": -1,
    "previous": -1,
    "previous week": -1,
}


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def course_weeks(course: Course) -> int:
    """How many weeks the term spans, counting the first and last partial weeks."""
    return (monday_of(course.term_last) - monday_of(course.term_first)).days // 7 + 1


def week_number(course: Course, day: dt.date) -> int | None:
    """The course week a day falls in (1 = the term's first week), or None outside the term's weeks."""
    number = (monday_of(day) - monday_of(course.term_first)).days // 7 + 1
    return number if 1 <= number <= course_weeks(course) else None


def parse_week(phrase: str, now: dt.datetime, course: Course) -> dt.date:
    """The Monday of the week meant; UserError (with examples) when it cannot be read or is outside the term."""
    cleaned = " ".join(phrase.lower().split())
    today = now.astimezone(course.tz).date()
    if cleaned in _RELATIVE:
        return monday_of(today) + dt.timedelta(weeks=_RELATIVE[cleaned])
    match = _NUMBER.match(cleaned)
    if match:
        number, weeks = int(match.group(1)), course_weeks(course)
        if not 1 <= number <= weeks:
            raise UserError(f"The course has weeks 1 to {weeks}; week 1 starts Monday {monday_of(course.term_first)}.")
        return titled_monday(course, number) or monday_of(course.term_first) + dt.timedelta(weeks=number - 1)
    try:
        return monday_of(parse_day(cleaned, now, course))
    except UserError:
        raise UserError(f"I couldn't read {phrase.strip()[:60]!r} as a week. Try {WEEK_EXAMPLES}.") from None
