"""The moment a student means to hand work in, in a what-if: "at 1am tonight (so thursday)" is the coming night,
"tomorrow night at 2am" the small hours after tomorrow evening, "friday at midnight" the end of Friday. A moment
in a what-if is never in the past unless the student says so: a time already gone today is the coming one.
"tomorrow" asked between midnight and 5 AM is the day after the one just begun, said so, with the outcome for the
day just begun too (someone still up from the evening may mean it). A clock typed without AM or PM ("at 7:30") is
read inside the course's day, and its other half of the day is kept (`_other_clock`) for the answer to weigh too."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.timefmt import human_date, human_time
from bot.course.model import Course
from bot.understand.question.reading import Reading
from bot.understand.question.result import Slots
from bot.understand.times.course_hours import other_half_of_day
from bot.understand.times.dates import SMALL_HOURS_END
from bot.understand.times.time_phrases import DAYPARTS, TimePhrase

# A clock time before this, said with "tonight" or "... night", is in the small hours after that evening.
_SMALL_HOURS = dt.time(6, 0)
_DAY = dt.timedelta(days=1)
_EVENING = dt.time(17, 0)
_DIGITS = re.compile(r"\d")
_MERIDIEM = re.compile(r"\d\s*[ap]\.?m\b")
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
    elif (today := _tomorrow_just_after_midnight(course, r, moment, now)) is not None:
        slots["_other_day"] = today  # its outcome is said too ("If you meant ...")
        local = now.astimezone(course.tz)
        taken = f"'tomorrow' as {human_date(moment.astimezone(course.tz).date())}"
        said = f"{taken} (it is {human_time(local.time())} on {human_date(today)})"
        note = f"{said} and {note}" if note else said
    slots["moment"], slots["_moment_note"] = moment, note
    slots["_other_clock"] = _other_clock(course, r, moment, now)
    window = _part_of_day(r)
    if window is not None:
        # "saturday morning": a span; its middle is taken, and its ends are looked at too
        day = moment.astimezone(course.tz).date()
        slots["_window_ends"] = (course.at(day, window[0]), course.at(day, window[1]))


def _tomorrow_just_after_midnight(course: Course, r: Reading, moment: dt.datetime, now: dt.datetime) -> dt.date | None:
    """Today, when the what-if says "tomorrow" between midnight and 5 AM and was read as the day after today."""
    local = now.astimezone(course.tz)
    if r.past or local.time() >= SMALL_HOURS_END:
        return None
    named = next((t for t in r.times if t.kind in ("moment", "day") and t.first is not None), None)
    if named is None or "tomorrow" not in _typed(r, named):
        return None
    today = local.date()
    return today if moment.astimezone(course.tz).date() == today + _DAY else None


def _other_clock(course: Course, r: Reading, moment: dt.datetime, now: dt.datetime) -> dt.datetime | None:
    """ "if it goes in at 7:30 on may 18": the same day at the clock's other half of the day (7:30 AM for the 7:30 PM
    taken), when the clock was typed without AM or PM, taken as typed and not already gone; else None."""
    local = moment.astimezone(course.tz)
    said = next((t for t in r.times if t.kind in ("time", "moment") and t.time is not None), None)
    if said is None or said.window is not None or said.time != local.time():
        return None  # no clock, a part of the day ("tonight at 7:30"), or a clock the what-if moved
    other = other_half_of_day(_typed(r, said), local.time())
    if other is None:
        return None
    then = course.at(local.date(), other)
    return then if r.past or then >= now else None


def _part_of_day(r: Reading) -> tuple[dt.time, dt.time] | None:
    """The part of the day a what-if names without a clock time ("saturday morning", "tomorrow afternoon"), or None
    (a clock typed, or the night, whose end is the time meant)."""
    if any(t.kind == "time" and t.window is None and t.time is not None for t in r.times):
        return None
    for t in r.times:
        if t.window is not None and t.window[0] < _EVENING and not _DIGITS.search(_typed(r, t)):
            return t.window
    return None


def _middle(window: tuple[dt.time, dt.time]) -> dt.time:
    start = window[0].hour * 60 + window[0].minute
    end = window[1].hour * 60 + window[1].minute
    middle = (start + end) // 2
    return dt.time(middle // 60, middle % 60)


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
    window = _part_of_day(r)
    if window is not None and named is not None and named.first is not None:
        # "saturday morning" is 6 AM to noon, not noon: the middle of it, said so
        clock = _middle(window)
        part = next((name for name, span in DAYPARTS.items() if span == window), "that part of the day")
        notes.append(f"the {part} as {human_time(clock)}")
    clock_typed = _typed(r, said) if said is not None else typed
    if at_night and _DIGITS.search(clock_typed) and not _MERIDIEM.search(clock_typed):
        # "tonight at 12:30", "tonight at 11": a clock without am/pm said of the night
        if clock.hour == 12:
            clock = clock.replace(hour=0)
        elif _SMALL_HOURS.hour <= clock.hour < 12:
            clock = clock.replace(hour=clock.hour + 12)
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


# "if hw4a goes in tonight at 11", "at 12:30 tonight": an hour with no am/pm, which the time reader leaves alone.
_BARE_TONIGHT = re.compile(
    r"\b(tonight|today)\b(?:\s+\w+){0,2}?\s+(?:at|@|around|by)\s+(\d{1,2})(?::(\d\d))?\b(?!\s*(?::|[ap]\.?m\b))"
    r"|\b(?:at|@|around|by)\s+(\d{1,2})(?::(\d\d))?\s+(tonight|today)\b"
)


def bare_clock_moment(course: Course, question: str, now: dt.datetime) -> tuple[dt.datetime, str] | None:
    """ "tonight at 11" (11 PM), "tonight at 1" (1 AM after it), "today at 5" (the coming 5 o'clock): the moment a bare
    hour said with tonight or today means, and what was taken; None when the question says no such thing."""
    found = _BARE_TONIGHT.search(question.lower())
    if found is None:
        return None
    word, hour, minute = (found.group(1), found.group(2), found.group(3))
    if word is None:
        hour, minute, word = found.group(4), found.group(5), found.group(6)
    hour, minute = int(hour), int(minute or 0)
    if not (1 <= hour <= 12 and 0 <= minute <= 59):
        return None
    today = now.astimezone(course.tz).date()
    if word == "tonight":
        # the evening's hours, or the small hours after it
        if hour == 12 or hour < _SMALL_HOURS.hour:
            moment = course.at(today + _DAY, dt.time(hour % 12, minute))
        else:
            moment = course.at(today, dt.time(hour % 12 + 12, minute))
    else:
        # "today at 5": whichever 5 o'clock is still to come today
        morning = course.at(today, dt.time(hour % 12, minute))
        moment = morning if morning >= now else course.at(today, dt.time(hour % 12 + 12, minute))
        if moment < now:
            return None
    said = f"{hour}:{minute:02d}" if minute else str(hour)
    local = moment.astimezone(course.tz)
    return moment, f"{word} at {said} as {human_time(local.time())} ({human_date(local.date())})"


# "since i handed essay 1 in on time", "i already submitted ps3", "turned hw2 in early": work told as done
_HANDED_IN = re.compile(
    r"\b(?:handed|turned|put|got)\s+(?:\w+\s+){0,3}?in\b(?!\s+(?:late|after))|\b(?:already\s+)?submitted\b(?!\s+late)"
    r"|\b(?:already\s+)?(?:did|done|finished|completed)\b"
)
_ON_TIME = re.compile(r"\bon\s+time\b|\bearly\b|\balready\b|\bsince\b")


def handed_in_already(text: str) -> bool:
    """Whether a story sentence tells of work already handed in on time ("i've still got both tokens since i handed
    essay 1 in on time"): that work is not the one a later what-if is about."""
    lowered = text.lower()
    return bool(_HANDED_IN.search(lowered) and _ON_TIME.search(lowered))
