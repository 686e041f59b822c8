"""The moment a student means to hand work in, in a what-if: "at 1am tonight (so thursday)" is the coming night,
"tomorrow night at 2am" the small hours after tomorrow evening, "friday at midnight" the end of Friday. A moment
in a what-if is never in the past unless the student says so: a time already gone today is the coming one."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.timefmt import human_date, human_time
from bot.course.model import Course
from bot.understand.reading import Reading
from bot.understand.result import Slots
from bot.understand.time_phrases import TimePhrase

# A clock time before this, said with "tonight" or "... night", is in the small hours after that evening.
_SMALL_HOURS = dt.time(6, 0)
_DAY = dt.timedelta(days=1)
_EVENING = dt.time(17, 0)
_NIGHT = re.compile(r"\b(?:to)?night\b")  # not "midnight"


def _typed(r: Reading, phrase: TimePhrase) -> str:
    return r.text[phrase.start : phrase.end].lower()


def settle_moment(course: Course, r: Reading, slots: Slots, now: dt.datetime) -> None:
    """Sets the what-if's `moment` to the one the words mean (and the other day they may mean, `_other_day`, alike),
    with `_moment_note` saying what was taken when the words left a choice."""
    moment, note = settled_moment(course, r, slots["moment"], now)
    shift = moment.astimezone(course.tz).date() - slots["moment"].astimezone(course.tz).date()
    if slots.get("_other_day") is not None:
        slots["_other_day"] += shift  # "friday at midnight": the end of the other Friday too
    slots["moment"], slots["_moment_note"] = moment, note


def settled_moment(course: Course, r: Reading, moment: dt.datetime, now: dt.datetime) -> tuple[dt.datetime, str]:
    """The submission moment the words mean, from the one first read, and what was taken when the words left a
    choice (empty when there was none)."""
    tz = course.tz
    local = moment.astimezone(tz)
    day, clock = local.date(), local.time()
    named = next((t for t in r.times if t.kind in ("moment", "day") and t.first is not None), None)
    said = next((t for t in r.times if t.kind == "time" and t.window is None and t.time is not None), None)
    notes: list[str] = []
    typed = _typed(r, named) if named is not None else ""
    evening = named is not None and named.window is not None and named.window[0] >= _EVENING
    if named is not None and named.window is not None and said is not None:
        # "tomorrow night at 2am", "tomorrow morning at 9": the clock typed, on the day named
        day, clock = named.first, said.time
    at_night = bool(_NIGHT.search(typed)) or evening
    if named is not None and clock < _SMALL_HOURS and at_night and day == named.first:
        day += _DAY  # "at 1am tonight": the coming night, after the day named
        notes.append(f"{human_time(clock)} that night")
    elif clock == dt.time(0) and "midnight" in (typed + " " + (_typed(r, said) if said is not None else "")):
        day += _DAY  # "friday at midnight": the end of Friday
        notes.append(f"midnight as the end of {day - _DAY:%A}")
    settled = course.at(day, clock)
    today = now.astimezone(tz).date()
    if not r.past and settled < now and (named is None or (named.first == today and "today" not in typed)):
        # "if i submit at 1am", asked in the afternoon: the coming 1 AM, never one already gone
        while settled < now:
            day += _DAY
            settled = course.at(day, clock)
        notes.append(f"the coming {human_time(clock)}")
    if not notes or settled == moment:
        return settled, ""
    return settled, f"{' and '.join(dict.fromkeys(notes))} ({human_date(day)}, {human_time(clock)})"
