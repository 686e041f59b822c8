"""Dates people type ("tomorrow", "next Friday", "Feb 14", "thursday 2am"), read relative to the injected now.

Common phrases are read directly; everything else goes to dateparser. A phrase that cannot be read raises
UserError: the bot never guesses a date.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.core.errors import UserError
from bot.core.window import Window
from bot.course.model import WEEKDAYS, Course

DATE_EXAMPLES = "'today', 'tomorrow', 'friday', 'next Friday', 'Feb 14' or '2024-02-14'"
_MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_EXPLICIT_YEAR = re.compile(r"\b(19|20)\d\d\b")
_ABSOLUTE = re.compile(rf"\b({_MONTHS})[a-z]*\b|\b\d{{1,2}}/\d{{1,2}}\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"^(?:(this|next|coming|on)\s+)?(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*$")


def _weekday_index(word: str) -> int:
    return next(i for i, day in enumerate(WEEKDAYS) if day.startswith(word[:3]))


def _dateparser_settings(base: dt.datetime, course: Course) -> dict:
    return {
        "RELATIVE_BASE": base.astimezone(course.tz).replace(tzinfo=None),
        "PREFER_DATES_FROM": "future",
        "TIMEZONE": course.tz.key,
        "RETURN_AS_TIMEZONE_AWARE": True,
        "PREFER_DAY_OF_MONTH": "first",
    }


def _dateparser(text: str, base: dt.datetime, course: Course) -> dt.datetime | None:
    import dateparser  # imported on first use: it costs a few hundred ms and most questions carry no date

    try:
        return dateparser.parse(text, languages=["en"], settings=_dateparser_settings(base, course))
    except (ValueError, OverflowError, TypeError, AttributeError, KeyError, IndexError, RecursionError):
        return None  # dateparser can raise on odd input; to us that is simply "not a date"


def _in_term(day: dt.date, course: Course, slack_days: int = 45) -> bool:
    slack = dt.timedelta(days=slack_days)
    return course.term_first - slack <= day <= course.term_last + slack


REACH_YEARS = 5  # a typed date further than this from the term is a typo (or a probe), not a course date


def _within_reach(day: dt.date, phrase: str, course: Course) -> None:
    """UserError for a date years away from the course (year 9999 or 1): nothing the bot answers is there, and
    the arithmetic that follows (a week, the end of the day) would leave the calendar."""
    first, last = course.term_first.year - REACH_YEARS, course.term_last.year + REACH_YEARS
    if not first <= day.year <= last:
        raise UserError(
            f"{phrase.strip()[:40]!r} reads as the year {day.year}; this course runs in {course.term_first.year}. "
            f"Try {DATE_EXAMPLES}."
        )


def _fast_day(phrase: str, today: dt.date) -> dt.date | None:
    if phrase in ("today", "tonight", "now"):
        return today
    if phrase in ("tomorrow", "tmrw", "tmr"):
        return today + dt.timedelta(days=1)
    if phrase == "yesterday":
        return today - dt.timedelta(days=1)
    match = _WEEKDAY.match(phrase)
    if match:
        ahead = (_weekday_index(match.group(2)) - today.weekday()) % 7
        if match.group(1) == "next" and ahead == 0:
            ahead = 7
        return today + dt.timedelta(days=ahead)
    try:
        return dt.date.fromisoformat(phrase)
    except ValueError:
        return None


def parse_moment(phrase: str, now: dt.datetime, course: Course) -> dt.datetime | None:
    """An instant from a phrase, or None if it is not one. Dates without a year land in the course's term."""
    cleaned = " ".join(phrase.lower().strip().split())
    if not cleaned or len(cleaned) > 80:
        return None
    moment = _dateparser(cleaned, now, course)
    if moment is None:
        return None
    _within_reach(moment.date(), phrase, course)
    if not _EXPLICIT_YEAR.search(cleaned) and _ABSOLUTE.search(cleaned) and not _in_term(moment.date(), course):
        # "Feb 14" asked outside the term means the course's Feb 14, not next year's.
        base = course.at(course.term_first, dt.time(0, 0))
        in_term = _dateparser(cleaned, base, course)
        if in_term is not None and _in_term(in_term.date(), course):
            moment = in_term
    return moment.astimezone(course.tz)


def parse_day(phrase: str, now: dt.datetime, course: Course) -> dt.date:
    """A calendar day from what a student typed; UserError with examples if it cannot be read."""
    cleaned = " ".join(phrase.lower().strip().split())
    today = now.astimezone(course.tz).date()
    day = _fast_day(cleaned, today)
    if day is not None:
        _within_reach(day, phrase, course)
        return day
    moment = parse_moment(cleaned, now, course)
    if moment is None:
        raise UserError(f"I couldn't read {phrase.strip()!r} as a date. Try {DATE_EXAMPLES}.")
    return moment.date()


def parse_submission_time(phrase: str, now: dt.datetime, course: Course) -> dt.datetime:
    """A moment such as 'thursday 2am' or 'Feb 22 1:30pm' (course time); UserError if unreadable."""
    moment = parse_moment(phrase, now, course)
    if moment is None:
        raise UserError(
            f"I couldn't read {phrase.strip()!r} as a date and time. "
            "Try 'thursday 2am', 'tomorrow 11pm' or 'Feb 22 1:30pm'."
        )
    return moment


def end_of_day(day: dt.date, course: Course) -> dt.datetime:
    return course.at(day + dt.timedelta(days=1), dt.time(0, 0))


def parse_window(phrase: str | None, now: dt.datetime, course: Course, default_days: int = 7) -> Window:
    """'today', 'tomorrow', 'this week', 'next week', '3', '10 days', '2 weeks' -> an end instant and a label."""
    cleaned = " ".join((phrase or "").lower().strip().split())
    today = now.astimezone(course.tz).date()
    if not cleaned:
        cleaned = str(default_days)
    if cleaned in ("today", "tonight"):
        return Window(end_of_day(today, course), "today")
    if cleaned in ("tomorrow", "by tomorrow"):
        return Window(end_of_day(today + dt.timedelta(days=1), course), "by the end of tomorrow")
    if cleaned in ("this week", "week", "the week"):
        sunday = today + dt.timedelta(days=6 - today.weekday())
        return Window(end_of_day(sunday, course), "this week (through Sunday)")
    if cleaned == "next week":
        sunday = today + dt.timedelta(days=13 - today.weekday())
        return Window(end_of_day(sunday, course), "through the end of next week")
    if cleaned in ("all", "semester", "term", "rest of term", "everything"):
        return Window(course.at(course.term_last + dt.timedelta(days=366), dt.time(0, 0)), "for the rest of the term")
    match = re.fullmatch(r"(?:next\s+)?(\d{1,3})\s*(d|day|days|w|wk|week|weeks|h|hr|hrs|hour|hours)?", cleaned)
    if match:
        count = int(match.group(1))
        unit = (match.group(2) or "d")[0]
        if count == 0:
            raise UserError("Pick at least 1 day, or 'today'.")
        delta = {"d": dt.timedelta(days=count), "w": dt.timedelta(weeks=count), "h": dt.timedelta(hours=count)}[unit]
        noun = {"d": "day", "w": "week", "h": "hour"}[unit]
        return Window(now + delta, f"in the next {count} {noun}{'s' if count != 1 else ''}")
    try:
        day = parse_day(cleaned, now, course)
    except UserError:
        raise UserError(
            f"I couldn't read {phrase!r} as a time window. "
            "Try 'today', 'this week', 'next week', a day like 'friday', or a number of days like 3."
        ) from None
    if day < today:
        raise UserError(f"{phrase!r} is in the past; deadlines are counted from now.")
    return Window(end_of_day(day, course), f"by {day:%a %b} {day.day}")


def parse_office_hours_when(phrase: str | None, now: dt.datetime, course: Course) -> str | dt.date:
    """What /oh's `day` means: 'upcoming' (nothing typed), 'now', 'this week', 'next week', or a date."""
    cleaned = " ".join((phrase or "").lower().split())
    if cleaned in ("", "next", "upcoming", "soon"):
        return "upcoming"
    if cleaned in ("now", "right now", "currently"):
        return "now"
    if cleaned in ("week", "this week", "all", "weekly", "schedule"):
        return "this week"
    if cleaned == "next week":
        return "next week"
    return parse_day(cleaned, now, course)
