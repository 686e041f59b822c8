"""Dates people type in command options ("tomorrow", "next Friday", "Feb 14", "thursday 2am"), read relative to
the injected now.

Common phrases are read by bot.understand.times.time_phrases (no dateparser); anything else goes to dateparser,
imported and warmed at startup (`warm_dateparser`). A phrase that cannot be read, or names an impossible or
far-away moment ("feb 30", "9999-12-31", "tomorrow 25:00"), raises UserError with a message saying why: the
bot never guesses a date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from bot.core.errors import UserError
from bot.core.wall_clock import skipped, skipped_message
from bot.core.window import Window
from bot.course.model import Course
from bot.understand.times.offsets import read_offset
from bot.understand.times.time_phrases import PhraseError, TimePhrase, find_phrases, make_date, week_monday
from bot.understand.words.normalize import plain, respell

DATE_EXAMPLES = "'today', 'tomorrow', 'friday', 'next Friday', 'Feb 14' or '2024-02-14'"
MAX_PHRASE = 80
_EXPLICIT_YEAR = re.compile(r"\b(19|20)\d\d\b")
_ABSOLUTE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{1,2}/\d{1,2}\b")


class DateRefused(UserError):
    """A date that can be read but cannot be meant: impossible ("feb 30", "25:00") or far from the term."""


# Words that may sit around a date without changing it ("on friday", "by the 14th").
_FILLER = frozenset({"on", "at", "by", "the", "this", "coming", "of", "in", "for", "a", "an"})


# "9.30am", "9.30 p.m.": a time written with a dot, read as with a colon (only with its am/pm: "20.05" is a date)
_DOTTED_TIME = re.compile(r"\b(\d{1,2})\.(\d{2})(?=\s*[ap]\.?m\b)", re.IGNORECASE)


def _prepare(phrase: str) -> str:
    return " ".join(respell(plain(_DOTTED_TIME.sub(r"\1:\2", phrase))).split())


def _leftover(text: str, phrases: list[TimePhrase]) -> list[str]:
    chars = list(text)
    for p in phrases:
        chars[p.start : p.end] = " " * (p.end - p.start)
    return [w for w in re.findall(r"[a-z0-9]+", "".join(chars)) if w not in _FILLER]


def _read(phrase: str, now: dt.datetime, course: Course) -> tuple[str, list[TimePhrase], bool]:
    """The prepared text, its phrases, and whether they are all it says. UserError for impossible values."""
    text = _prepare(phrase)
    if len(text) > MAX_PHRASE:
        raise UserError(f"That is too long to be a date. Try {DATE_EXAMPLES}.")
    phrases = find_phrases(text, now, course)
    errors = [p for p in phrases if p.kind == "error"]
    if errors:
        raise DateRefused(errors[0].message)
    return text, phrases, not _leftover(text, phrases)


def _dateparser_settings(base: dt.datetime, course: Course) -> dict:
    return {
        "RELATIVE_BASE": base.astimezone(course.tz).replace(tzinfo=None),
        "PREFER_DATES_FROM": "future",
        "TIMEZONE": course.tz.key,
        "RETURN_AS_TIMEZONE_AWARE": True,
        "PREFER_DAY_OF_MONTH": "first",
    }


def _dateparser(text: str, base: dt.datetime, course: Course) -> dt.datetime | None:
    import dateparser  # warmed at startup by warm_dateparser(); only odd phrases get here
    from pytz.exceptions import InvalidTimeError  # dateparser's own dependency: a wall time a clock change skips

    try:
        return dateparser.parse(text, languages=["en"], settings=_dateparser_settings(base, course))
    except (ValueError, OverflowError, TypeError, AttributeError, KeyError, IndexError, RecursionError):
        return None  # dateparser can raise on odd input; to us that is simply "not a date"
    except InvalidTimeError:
        return None  # "nov 5 2023 1:00" in New York happens twice (or, in spring, never): no one moment to give


def warm_dateparser(course: Course) -> None:
    """Import dateparser and load its English data now, so no request pays for it (a few hundred ms)."""
    _dateparser("tomorrow at 2pm", dt.datetime.now(dt.UTC), course)


def _in_term(day: dt.date, course: Course, slack_days: int = 45) -> bool:
    slack = dt.timedelta(days=slack_days)
    return course.term_first - slack <= day <= course.term_last + slack


def _checked(moment: dt.datetime, phrase: str, course: Course) -> dt.datetime:
    """A dateparser result near the term, or UserError (it reads "Jan 1 0001" without complaint)."""
    try:
        make_date(moment.year, moment.month, moment.day, course, phrase.strip())
        return moment.astimezone(course.tz)
    except PhraseError as err:
        raise DateRefused(str(err)) from None
    except (OverflowError, ValueError):
        raise DateRefused(f"{phrase.strip()!r} is far outside {course.term}.") from None


def parse_moment(phrase: str, now: dt.datetime, course: Course, *, hours: bool = True) -> dt.datetime | None:
    """An instant from a phrase, or None if it is not one (UserError if it names an impossible one).

    Dates without a year land in the course's term. With `hours` (a time is wanted), a bare hour ("at 5") is
    refused and a number left unread must be the hour read; without (only the day is kept), neither is checked."""
    text, phrases, whole = _read(phrase, now, course)
    if not text:
        return None
    offset = read_offset(text, now, course)  # "in 2 weeks at 9am": the course's wall clock, never dateparser's
    if offset is not None:
        return _checked(offset, phrase, course)
    if hours:
        _refuse_bare_hour(phrase, text, phrases)  # an offset reads no bare hour: "in a week at 7" gets here
        _refuse_part_of_day(phrase)
    today = now.astimezone(course.tz).date()
    _refuse_whole_stretch(phrase, text, phrases, whole)
    if whole and len(phrases) == 1:
        found = phrases[0]
        if found.kind == "moment":
            return course.at(found.first, found.time)
        if found.kind == "time":
            return course.at(today, found.time)
    moment = _dateparser(text, now, course)
    if moment is None:
        return None
    if not _EXPLICIT_YEAR.search(text) and _ABSOLUTE.search(text) and not _in_term(moment.date(), course):
        # "Feb 14" asked outside the term means the course's Feb 14, not next year's.
        try:
            base = course.at(course.term_first, dt.time(0, 0))
        except (OverflowError, ValueError):
            base = None
        in_term = _dateparser(text, base, course) if base else None
        if in_term is not None and _in_term(in_term.date(), course):
            moment = in_term
    # a day alone ("friday") has no hour to get wrong, and its callers ask which one when it could be two
    day_alone = whole and len(phrases) == 1 and phrases[0].kind == "day"
    _refuse_misreading(phrase, _typed(text, phrases, hours=hours and not day_alone, days=not day_alone), moment, course)
    return _checked(moment, phrase, course)


# A number left over once the dates and times are read ("friday at 5": the "5"), not a count of something.
_LEFT_NUMBER = re.compile(
    r"(?<![\d.,:/-])\b(\d{1,2})\b(?![,:/-]|\.\d|\s*(?:%|(?:st|nd|rd|th)\b|(?:min|minute|hour|hr|h|day|d|week|wk|w|month|year|yr)s?\b))"
)


def _left_hours(text: str, phrases: list[TimePhrase]) -> list[int]:
    """The numbers no date or time reading took, each a possible hour of the day ("at 5", "tomorrow 17")."""
    return [int(n) for n in _LEFT_NUMBER.findall(_without(text, phrases))]


def _refuse_bare_hour(phrase: str, text: str, phrases: list[TimePhrase]) -> None:
    """DateRefused for an hour 1-12 typed without am/pm or minutes ("friday at 5"): morning or evening is the
    staff's to say, never the bot's (or dateparser's) to guess."""
    hours = [h for h in _left_hours(text, phrases) if 1 <= h <= 12]
    if hours:
        hour = hours[0]
        raise DateRefused(
            f"I can't tell whether {hour} in {phrase.strip()!r} is morning or evening: say '{hour} AM' or "
            f"'{hour} PM', or the 24-hour time, like '{hour % 12 + 12:02d}:00'."
        )


_PART_OF_DAY = re.compile(r"\b(?:morning|afternoon|evening|night|tonight|eod|end\s+of\s+(?:the\s+)?day)\b")


# A time of day typed as such: a number, or noon and midnight (the part of the day's own reading, its last hour, is
# a guess for a deadline, not a time staff chose)
_CLOCK_TYPED = re.compile(r"\d|\b(?:noon|midday|midnight)\b")


def _refuse_part_of_day(phrase: str) -> None:
    """DateRefused for a part of the day with no time in it ("tomorrow morning", "friday evening"): which hour is the
    staff's to say (dateparser would pick noon for a morning)."""
    typed = phrase.lower()
    if _PART_OF_DAY.search(typed) and not _CLOCK_TYPED.search(typed):
        raise DateRefused(
            f"I can't tell what time {phrase.strip()!r} means: give the time, like 'tomorrow 9am' or 'friday 17:00'."
        )


_MONTH_OR_YEAR = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\byears?\b")


def _refuse_whole_stretch(phrase: str, text: str, phrases: list[TimePhrase], whole: bool) -> None:
    """DateRefused when all a phrase names is a week, a month, a year or the term ("next month at 9am", "april
    9am"): it has no one moment, and dateparser would pick a day (and hour) of its own."""
    stretches = [p for p in phrases if p.kind == "range" and p.grain not in ("span", "between")]
    days = [p for p in phrases if p.kind not in ("time", "range") or p.grain in ("span", "between")]
    if whole and len(stretches) == 1 and not days:
        what = stretches[0].label or "a whole stretch of days"
    elif not stretches and not days and not re.search(r"\d", _without(text, phrases)) and _MONTH_OR_YEAR.search(text):
        what = "a whole month or year"
    else:
        return
    raise DateRefused(
        f"{phrase.strip()!r} is {what}, not one day: give the day, like 'next Friday 9am' or 'Mar 15 9am'."
    )


def _without(text: str, phrases: list[TimePhrase]) -> str:
    for p in sorted(phrases, key=lambda p: p.start, reverse=True):
        text = text[: p.start] + " " + text[p.end :]
    return text


@dataclass(frozen=True)
class _Typed:
    """What a phrase typed that a reading of it must keep."""

    times: frozenset[dt.time]  # its times of day ("9am"), a part of the day's ("afternoon") aside
    hours: frozenset[int]  # the numbers no reading took, each a possible hour ("thursday at 17": 17)
    days: frozenset[dt.date]  # the days it names, each one it may mean


def _typed(text: str, phrases: list[TimePhrase], *, hours: bool, days: bool) -> _Typed:
    """What was typed; without `hours` (only the day is kept) no hour, without `days` (a day alone) no day."""
    return _Typed(
        times=frozenset(
            p.time for p in phrases if p.kind in ("time", "moment") and p.time is not None and p.window is None
        ),
        hours=frozenset(h for h in _left_hours(text, phrases) if h <= 23) if hours else frozenset(),
        days=frozenset(d for p in phrases if p.kind in ("day", "moment") for d in (p.first, p.other) if d is not None)
        if days
        else frozenset(),
    )


class _Misreading(NamedTuple):
    """One way dateparser's reading can differ from what was typed, and what staff are told."""

    name: str
    differs: Callable[[_Typed, dt.datetime], bool]  # (typed, the reading in course time)
    message: Callable[[str, _Typed], str]  # (the phrase as typed, stripped; typed)


_EXACTLY = "Give the date and time, like 'Mar 15 {}', or how long from now, like 'in 2 weeks at 9am'."

# dateparser fills in what it cannot read with a guess of its own, and applies some relative phrases at a fixed UTC
# offset (an hour off across a daylight-saving change): a reading that differs is refused, the first row that applies
# said, so a time staff did not type is never scheduled.
_MISREADINGS = (
    _Misreading(
        "another time of day",
        lambda typed, local: len(typed.times) == 1 and local.time().replace(second=0, microsecond=0) not in typed.times,
        lambda phrase, _: f"I can't read {phrase!r} exactly. " + _EXACTLY.format("9am"),
    ),
    _Misreading(
        "another hour",  # "thursday at 17" read at midnight
        lambda typed, local: bool(typed.hours) and (local.hour not in typed.hours or local.minute != 0),
        lambda phrase, typed: (
            f"I can't read {phrase!r} exactly: give the hour with its minutes, like '{min(typed.hours):02d}:00'."
        ),
    ),
    _Misreading(
        "another day",  # "thursday at 17" read as a Sunday
        lambda typed, local: bool(typed.days) and local.date() not in typed.days,
        lambda phrase, _: f"I can't read {phrase!r} exactly. " + _EXACTLY.format("5pm"),
    ),
)


def _refuse_misreading(phrase: str, typed: _Typed, moment: dt.datetime, course: Course) -> None:
    """DateRefused when dateparser's reading differs from what was typed (_MISREADINGS)."""
    local = moment.astimezone(course.tz)
    for misreading in _MISREADINGS:
        if misreading.differs(typed, local):
            raise DateRefused(misreading.message(phrase.strip(), typed))


def day_without_time(phrase: str, now: dt.datetime, course: Course) -> dt.date | None:
    """The day a phrase names when that is all it names ('friday', 'Feb 20', 'tomorrow'): no time of day."""
    text, phrases, whole = _read(phrase, now, course)
    if text and whole and len(phrases) == 1 and phrases[0].kind == "day":
        return phrases[0].first
    return None


def parse_day(phrase: str, now: dt.datetime, course: Course) -> dt.date:
    """A calendar day from what a student typed; UserError with examples if it cannot be read."""
    text, phrases, whole = _read(phrase, now, course)
    if whole and len(phrases) == 1:
        found = phrases[0]
        if found.kind in ("day", "moment"):
            return found.first
        if found.kind == "range":
            # "in 3 days" is a day; "next week" is its Monday; "april" its first day.
            return found.last if found.grain == "span" else found.first
    moment = parse_moment(phrase, now, course, hours=False) if text else None
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
    if skipped(moment):  # 2:30 AM on a spring-forward night names no instant
        raise UserError(skipped_message(repr(phrase.strip()), moment))
    return moment


# Until this hour, someone still up from the evening before may say "tomorrow" for the day that has just begun.
SMALL_HOURS_END = dt.time(5, 0)
_NIGHT_WORDS = re.compile(r"\b(tomorrow|tonight)\b")


def small_hours_note(phrase: str, moment: dt.datetime, now: dt.datetime, course: Course) -> str:
    """Between midnight and 5 AM, which day a 'tomorrow' or 'tonight' in `phrase` was taken as (`moment`: what it
    was read as), and how to name the day that has just begun; "" at any other hour or without those words."""
    local = now.astimezone(course.tz)
    found = _NIGHT_WORDS.search(_prepare(phrase))
    if local.time() >= SMALL_HOURS_END or found is None:
        return ""
    taken, today = moment.astimezone(course.tz).date(), local.date()
    said = f"It is {local:%-I:%M %p} on {_day(today)}, so I took '{found.group(1)}' as {_day(taken)}."
    if taken == today:
        return f"{said} Give the date if you meant another day."
    return f"{said} If you meant today, {_day(today)}, say 'today' or give the date."


def _day(day: dt.date) -> str:
    return f"{day:%a %b} {day.day}"


def end_of_day(day: dt.date, course: Course) -> dt.datetime:
    return course.at(day + dt.timedelta(days=1), dt.time(0, 0))


# A signed or fractional count of days ("-1", "+2", "3.5", "1,5 days"): no window counts that way.
_NOT_A_COUNT = re.compile(r"(?:[-+−]\s*\d+(?:[.,]\d+)?|\d*[.,]\d+)\s*[a-z]*")


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
        sunday = week_monday(today) + dt.timedelta(days=6)
        return Window(end_of_day(sunday, course), "this week (through Sunday)")
    if cleaned == "next week":
        sunday = week_monday(today) + dt.timedelta(days=13)
        return Window(end_of_day(sunday, course), "through the end of next week")
    if cleaned in ("all", "semester", "term", "rest of term", "everything"):
        return Window(course.at(course.term_last + dt.timedelta(days=366), dt.time(0, 0)), "for the rest of the term")
    if _NOT_A_COUNT.fullmatch(cleaned):
        raise UserError(
            f"{phrase.strip()!r} is not a number of days I can count forward: give a whole number of days like 3, "
            "or 'today', 'this week', 'next week' or a day like 'friday'."
        )
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
    except DateRefused:
        raise
    except UserError:
        raise UserError(
            f"I couldn't read {phrase!r} as a time window. "
            "Try 'today', 'this week', 'next week', a day like 'friday', or a number of days like 3."
        ) from None
    if day < today:
        raise UserError(f"{phrase!r} is in the past; deadlines are counted from now.")
    return Window(end_of_day(day, course), f"by {_day_in_year(day, today, course)}")


def _day_in_year(day: dt.date, today: dt.date, course: Course) -> str:
    """'Wed Mar 13', with its year when it is not this year's or falls outside the term ('Wed Jan 1, 2025')."""
    shown = f"{day:%a %b} {day.day}"
    if day.year != today.year or not course.term_first <= day <= course.term_last:
        shown += f", {day.year}"
    return shown


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
