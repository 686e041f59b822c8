"""Times typed as an offset from now ("in 2 weeks at 9am", "in a month", "3 days from now", "in 90 minutes"), read
in the course's wall clock, the way staff mean them.

- Days, weeks, months and years move the calendar day: the same time of day (the one typed, or now's), the same
  day of the month (clamped to the month's end: "in a month" from Jan 31 is Feb 29), whatever daylight saving
  does in between. "in 2 weeks at 9am" from a winter day is 9:00 AM on a summer day, never 10:00.
- Hours and minutes are elapsed time: "in 3 hours" is three real hours from now, across a clock change too.
- What cannot be read exactly is refused with a hint, never guessed: "in 1.5 months", "in 2 weeks on friday",
  "in 3 hours at 9am", "in a few days".

Text is expected prepared (lowercase, spelled out) as bot.understand.times.dates does.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from bot.core.errors import UserError
from bot.core.word_forms import NUMBERS
from bot.course.model import Course
from bot.understand.times.time_phrases import find_phrases

_WORD_COUNTS = {"a": 1, "an": 1, **{w: n for w, n in NUMBERS.items() if n}}
_VAGUE = ("couple", "few", "several", "some", "many")
# unit as typed -> (calendar unit, how many of it)
_UNITS = {
    "minute": ("minutes", 1),
    "min": ("minutes", 1),
    "hour": ("minutes", 60),
    "hr": ("minutes", 60),
    "h": ("minutes", 60),
    "day": ("days", 1),
    "d": ("days", 1),
    "week": ("days", 7),
    "wk": ("days", 7),
    "w": ("days", 7),
    "fortnight": ("days", 14),
    "month": ("months", 1),
    "year": ("months", 12),
    "yr": ("months", 12),
}
_WORDS = "|".join(sorted((*_WORD_COUNTS, *_VAGUE), key=len, reverse=True))
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
# "2 weeks", "2weeks", "a month", "a couple of days": a number may touch its unit, a word may not ("and" is no "an d")
_PART = rf"\b(?:\d+(?:\.\d+)?\s*|(?:{_WORDS})\s+(?:of\s+)?)(?:{_UNIT})s?\b"
_PARTS = re.compile(rf"\b(?:(\d+(?:\.\d+)?)\s*|({_WORDS})\s+(?:of\s+)?)({_UNIT})s?\b")
_OFFSET = re.compile(
    rf"(?:^|\b(?:in|within)\s+)(?:the\s+next\s+)?(?P<parts>{_PART}(?:\s*(?:,\s*|\band\s+)(?:and\s+)?{_PART})*)"
    r"(?:\s+(?P<from>from\s+(?:now|today|tomorrow)|later|(?:'s\s+)?time))?"
)
EXAMPLES = "'in 2 weeks at 9am', 'in 10 days', 'in 36 hours' or a date like 'Mar 15 9am'"


class OffsetRefused(UserError):
    """An offset from now that cannot be read exactly ("in 1.5 months", "in 3 hours at 9am")."""


@dataclass(frozen=True)
class Offset:
    """How far from now: calendar months and days (wall clock), then elapsed minutes."""

    months: int = 0
    days: int = 0
    minutes: float = 0
    from_tomorrow: bool = False


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month `months` later, clamped to that month's last day (Jan 31 + 1 month: Feb 29)."""
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _count(word: str, typed: str) -> float:
    if word in _VAGUE:
        raise OffsetRefused(f"{typed!r} is not an exact time. Try {EXAMPLES}.")
    return float(_WORD_COUNTS[word]) if word in _WORD_COUNTS else float(word)


def _offset(parts: str, anchor: str, typed: str) -> Offset:
    months = days = 0
    minutes = 0.0
    for number, word, unit_word in _PARTS.findall(parts):
        count_word = number or word
        count = _count(count_word, typed)
        unit, size = _UNITS[unit_word]
        if unit == "minutes":
            minutes += count * size
        elif count != int(count):
            raise OffsetRefused(
                f"I can't read {count_word} {unit_word}s exactly ({typed!r}). Try whole days or hours, like {EXAMPLES}."
            )
        elif unit == "months":
            months += int(count) * size
        else:
            days += int(count) * size
    if minutes != int(minutes):
        raise OffsetRefused(f"{typed!r} is not a whole number of minutes. Try {EXAMPLES}.")
    return Offset(months=months, days=days, minutes=minutes, from_tomorrow="tomorrow" in anchor)


_FILLER = re.compile(r"\b(?:at|on|by|around|about)\b|,")


def _typed_time(rest: str, now: dt.datetime, course: Course, typed: str) -> tuple[bool, dt.time | None]:
    """Whether the words beside the offset fit it, and the time of day among them ("at 9am"), if any.

    Other words ("due", "late") are not ours to read: (False, None). Another date or a part of the day beside the
    offset ("on friday", "in the morning") cannot be read exactly: OffsetRefused."""
    phrases = find_phrases(rest, now, course)
    leftover = rest
    for p in sorted(phrases, key=lambda p: p.start, reverse=True):
        leftover = leftover[: p.start] + " " + leftover[p.end :]
    if _FILLER.sub(" ", leftover).strip():
        return False, None
    times = [p for p in phrases if p.kind == "time" and p.window is None]
    if len(phrases) == len(times) <= 1:
        return True, times[0].time if times else None
    raise OffsetRefused(
        f"I can't tell exactly when {typed!r} is: say how long from now with at most a time of day, or give the "
        f"date. Try {EXAMPLES}."
    )


def read_offset(text: str, now: dt.datetime, course: Course) -> dt.datetime | None:
    """The moment an offset phrase names in course time, None when `text` is not one (OffsetRefused when it is one
    that cannot be read exactly). `text`: prepared as bot.understand.times.dates prepares it."""
    found = _OFFSET.search(text)
    if found is None:
        return None
    typed = text.strip()
    ours, at = _typed_time(text[: found.start()] + " " + text[found.end() :], now, course, typed)
    if not ours:
        return None
    offset = _offset(found.group("parts"), found.group("from") or "", typed)
    local = now.astimezone(course.tz)
    if not (offset.months or offset.days or offset.from_tomorrow):
        if at is not None:
            raise OffsetRefused(f"{typed!r} gives both a time of day and a number of hours; give one. Try {EXAMPLES}.")
        return _elapsed(now, offset.minutes, course)
    day = local.date() + dt.timedelta(days=1 if offset.from_tomorrow else 0)
    try:
        day = add_months(day, offset.months) + dt.timedelta(days=offset.days)
    except (ValueError, OverflowError):
        raise OffsetRefused(f"{typed!r} is too far from now.") from None
    wall = at if at is not None else local.time().replace(microsecond=0)
    return _elapsed(course.at(day, wall), offset.minutes, course)


def _elapsed(start: dt.datetime, minutes: float, course: Course) -> dt.datetime:
    """`minutes` of real time after `start` (in UTC: adding to a zoned datetime would move its wall clock)."""
    try:
        return (start.astimezone(dt.UTC) + dt.timedelta(minutes=minutes)).astimezone(course.tz)
    except OverflowError:
        raise OffsetRefused(f"That is too far from now. Try {EXAMPLES}.") from None
