"""Yes or No on a due time a student states ("is ps6 still due at 5 pm pacific after the clocks change"): compared
in the zone they name (the course's own when they name none), with the zone's name for that date, since times on
the course page are local and a change of clocks does not move them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.answer import Stamp
from bot.core.timefmt import human_date, human_time
from bot.course.model import Assignment, Course
from bot.course.occurrences import occurrences_between
from bot.understand.meetings.meeting_at_clock import same_clock
from bot.understand.times.zones import asks_clock_change, zone_stated


def stated_time_verdict(
    course: Course, question: str, items: Sequence[Assignment], stated: dt.time
) -> tuple[bool, str]:
    """Whether every item is due at the stated time, and the sentence saying when each is due."""
    zone = zone_stated(question) or course.tz
    dues = {a.short: a.due.astimezone(zone) for a in items}
    yes = all(d.time() == stated for d in dues.values())
    said = "; ".join(f"{short} is due at {human_time(d.time())} {d.tzname()}" for short, d in dues.items())
    if zone.key != course.tz.key:
        said += f" ({zone.key} time)"
    if asks_clock_change(question):
        said += "; times on the course page are local, so the change of clocks does not move them"
    return yes, f"{said}."


_STATED_CLOCK = re.compile(r"\b(?:at|@)\s*(\d{1,2})(?::(\d\d))?\s*(a\.?m\.?|p\.?m\.?)?(?![\d:])")
_SCAN_DAYS = 370


def _next_clock_change(course: Course, now: dt.datetime) -> dt.date | None:
    """The first day whose offset from UTC differs from today's, in the course's zone (None if none within a year)."""
    today = now.astimezone(course.tz).date()
    offset = course.at(today, dt.time(12, 0)).utcoffset()
    for ahead in range(1, _SCAN_DAYS):
        day = today + dt.timedelta(days=ahead)
        if course.at(day, dt.time(12, 0)).utcoffset() != offset:
            return day
    return None


def stated_meeting_verdict(
    course: Course, question: str, now: dt.datetime, kind: str | None, section: str | None
) -> tuple[bool, tuple] | None:
    """ "lectures still at 11 after daylight saving ends?": whether the meetings after the coming change of clocks
    start at the stated time (local time, as the page gives it); None when no time is stated, none meet then, or only
    some start at it (a section's own time decides that)."""
    found = _STATED_CLOCK.search(question.lower())
    if found is None or not 0 <= int(found.group(1)) <= 23:
        return None
    hour, minute, meridiem = int(found.group(1)), int(found.group(2) or 0), (found.group(3) or "").replace(".", "")
    change = _next_clock_change(course, now) or now.astimezone(course.tz).date()
    group = None if kind in (None, "class") else kind
    after = occurrences_between(course, change, change + dt.timedelta(days=14), kind=group, section=section)
    if not after:
        return None
    first = after[0].start.astimezone(course.tz)
    starts = {o.start.astimezone(course.tz).time() for o in after}

    def same(t: dt.time) -> bool:
        if meridiem:
            return t.hour == (hour % 12) + (12 if meridiem == "pm" else 0) and t.minute == minute
        return t.hour % 12 == hour % 12 and t.minute == minute  # "at 11": 11 AM or PM, whichever meets

    matching = [t for t in starts if same(t)]
    if matching and len(matching) < len(starts):
        return None  # "do sections start at 2": some do, some don't; the list answers it, not a Yes or No
    times = ", ".join(f"{human_time(t)} {first.tzname()}" for t in sorted(starts))
    said = (
        f"after the change of clocks they start at {times} (next: ",
        Stamp(after[0].start, "F"),
        "); times on the course page are local, so the change does not move them.",
    )
    return bool(matching), said


# "essay 1 is due friday at midnight right?", "is it due at 5 like the others", "still 11:59?": a due moment the
# student states and asks to have confirmed, not a moment they would hand work in at.
_SUBMITTING = re.compile(
    r"\b(?:submit\w*|upload\w*|send|sent|finish\w*|(?:turn|hand|get|put)(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?in)\b"
    r"|^\s*(?:what\s+)?if\b|\bif\s+i\b"
)
# "quiz 3 still closes friday at 5": the close of work taken until it closes is its deadline
_DUE_WORD = re.compile(r"\bdue\b|\bdeadline\b|\bclos(?:e|es|ing)\b")
_STILL_AT = re.compile(r"\bstill\s+(?:at\s+)?(?:\d|midnight|noon)")  # "hw5 still 11:59?"
_CHECKS = re.compile(
    r"\?\s*$|\bright\b|\bcorrect\b|\bstill\b|\blike\s+the\s+others?\b|\bisn'?t\s+it\b|\brite\b"
    r"|\b(?:like|as)\s+(?:usual|always|normal)\b"  # "due at midnight like usual"
    # "due at midnight or before class", "by wed, like midnight or": the student's guesses at its time
    r"|\b(?:midnight|noon|\d\s*(?:am|pm))\s+or\b"
)
_CLOCK_SAID = re.compile(
    r"\b(?:(?:at|@|by|still|is\s+it|before|until|til+)\s*(\d{1,2})(?::(\d\d))?\s*(a\.?m\.?|p\.?m\.?)?"
    r"|(\d{1,2}):(\d\d)\s*(a\.?m\.?|p\.?m\.?)?|(\d{1,2})\s*(a\.?m\.?|p\.?m\.?))(?![\d:])"
)
_A_DIGIT = re.compile(r"\d")
# "test 1 is at 6 30": the minutes typed after a space (never "at 5 15 minutes late", "at 9 10%")
_SPACED_MINUTES = re.compile(
    r"\b((?:at|@)\s*\d{1,2})\s+([0-5]\d)(?!\d)(?!\s*(?:(?:m|min|mins|minutes?|h|hrs?|hours?)\b|%))"
)
_MIDNIGHT = re.compile(r"\bmidnight\b")  # "12am friday" is read as typed: the start of Friday
_NOON = re.compile(r"\bnoon\b|\bmidday\b|\b12\s*p\.?m\.?\b")
# "half nine" (9:30, as said in Britain), "half past 2", "quarter past ten", "quarter to 11"
_HOURS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_SPOKEN = re.compile(
    rf"\b(half|quarter)\s+(past\s+|to\s+|after\s+)?(\d{{1,2}}|{'|'.join(_HOURS)})\b(?!\s*(?:hours?|days?|weeks?|mins?))"
)


def asks_due_confirmation(question: str, yes_no: bool) -> bool:
    """A due day or time the student states and asks to check ("hw2 is due thursday at 5 right?"), not a moment
    they would submit at ("if i hand it in friday at midnight")."""
    lowered = question.lower()
    if not (_DUE_WORD.search(lowered) or _STILL_AT.search(lowered)) or _SUBMITTING.search(lowered):
        return False
    return yes_no or bool(_CHECKS.search(lowered))


@dataclass(frozen=True)
class StatedClock:
    """A time of day the student states: `hour`/`minute` in 24 hours, or with no am/pm (`either`: 5 or 17)."""

    hour: int
    minute: int
    either: bool = False
    midnight: bool = False

    def matches(self, moment: dt.time) -> bool:
        """Whether a time of day is the one stated: either half of the day when it was said without am or pm."""
        if self.either:
            return same_clock(moment, dt.time(self.hour % 24, self.minute))
        return (moment.hour, moment.minute) == (self.hour, self.minute)

    def within(self, start: dt.time, end: dt.time) -> bool:
        """Whether the time stated falls in [start, end) ("at 3" of 2:00-4:00 PM: its PM reading does)."""
        hours = {self.hour % 12, self.hour % 12 + 12} if self.either else {self.hour % 24}
        return any(start <= dt.time(hour, self.minute) < end for hour in hours)


def stated_clock(question: str) -> StatedClock | None:
    """The time of day a question states ("at midnight", "at 5", "11:59", "by noon"), if any."""
    lowered = question.lower()
    digits = _A_DIGIT.search(lowered) is not None
    if digits:  # minutes typed apart are digits: none to join without one
        lowered = _SPACED_MINUTES.sub(r"\1:\2", lowered)  # "at 6 30": 6:30
    # each pattern below searched only in a text holding a word every match of it holds
    if "midnight" in lowered and _MIDNIGHT.search(lowered):
        return StatedClock(0, 0, midnight=True)
    if ("noon" in lowered or "midday" in lowered or "12" in lowered) and _NOON.search(lowered):
        return StatedClock(12, 0)
    spoken = _SPOKEN.search(lowered) if "half" in lowered or "quarter" in lowered else None
    if spoken is not None:
        part, how, said = spoken.groups()
        hour = int(said) if said.isdigit() else _HOURS.index(said) + 1
        if (part == "half" and (how or "").strip() == "to") or not 1 <= hour <= 12:
            return None
        if (how or "").strip() == "to":
            return StatedClock((hour - 1) % 12 or 12, 45, either=True)
        return StatedClock(hour, 30 if part == "half" else 15, either=True)
    if not digits:
        return None  # every clock _CLOCK_SAID reads has digits: without one there is none
    for found in _CLOCK_SAID.finditer(lowered):
        hour, minute, meridiem = next(
            (g for g in (found.groups()[i : i + 3] for i in (0, 3)) if g[0] is not None),
            (found.group(7), None, found.group(8)),
        )
        hour, minute, meridiem = int(hour), int(minute or 0), (meridiem or "").replace(".", "")
        if not (0 <= hour <= 23 and 0 <= minute <= 59) or (meridiem and not 1 <= hour <= 12):
            continue
        if meridiem:
            return StatedClock(hour % 12 + (12 if meridiem == "pm" else 0), minute)
        return StatedClock(hour, minute, either=hour <= 12)
    return None


def due_confirmed(
    course: Course, item: Assignment, day: dt.date | None, clock: StatedClock | None
) -> tuple[bool | None, str]:
    """Whether the work is due at the day and time the student states, and the sentence giving the real due moment
    (None for Yes or No when the page gives only the date and the time is what was asked). Midnight is the end of the
    day named (12:00 AM the next day), and the answer says so."""
    due = item.due.astimezone(course.tz)
    real = f"{item.short} is due {human_date(due.date())}, {human_time(due.time())} {due.tzname()}"
    notes = []
    if clock is not None and clock.midnight:
        end_of = day or due.date()
        # 11:59 PM and 12:00 AM the next day are both that day's midnight, as students mean it
        yes_clock = due in (course.at(end_of, dt.time(23, 59)), course.at(end_of + dt.timedelta(days=1), dt.time(0)))
        next_start = due.date() == end_of + dt.timedelta(days=1) and due.time() == dt.time(0)
        yes_day = due.date() == end_of or next_start
        notes.append(
            f"taking midnight as the end of {end_of:%A}, {human_time(dt.time(0))} "
            f"{human_date(end_of + dt.timedelta(days=1))}"
        )
        if due.time() == dt.time(23, 59) and yes_clock:
            notes.append("a minute before midnight, so 12:00 AM itself is late")
    else:
        yes_clock = clock is None or clock.matches(due.time())
        yes_day = day is None or due.date() == day
    said = real + (f" ({'; '.join(notes)})" if notes else "") + "."
    assumed = " The course page gives only the date; the time is assumed until staff confirm it."
    if not yes_day:
        return False, said + (assumed if item.due_time_assumed else "")
    if clock is not None and item.due_time_assumed:
        return None, said + assumed
    if item.due_time_assumed:
        said += assumed  # the day is what was asked; the time shown is still an assumption
    return yes_clock and yes_day, said


def _kind_words(course: Course) -> dict[str, str | None]:
    """The words for a class meeting ("class", "lecture", the course's own kinds and aliases) and the kind each
    names (None: any class)."""
    words: dict[str, str | None] = {"class": None, "classes": None}
    for kind in course.meeting_kinds:
        for word in (kind.name, kind.plural, kind.id.replace("_", " "), *kind.aliases):
            words.setdefault(word.lower(), kind.group)
    return words


def class_relation(course: Course, question: str) -> tuple[str, str | None, str] | None:
    """ "due before class", "due in lecture", "due after seminar": the relation (before, during, after), the kind of
    meeting named (None: any class) and its word, or None when no class is named that way."""
    words = _kind_words(course)
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    found = re.search(
        rf"\b(before|by\s+the\s+start\s+of|at\s+the\s+start\s+of|after|during|in|at)\s+(?:the\s+|my\s+|our\s+|a\s+)?"
        rf"(?:start\s+of\s+(?:the\s+)?)?({alternation})\b",
        question.lower(),
    )
    if found is None:
        return None
    said = found.group(1)
    relation = "before" if said.startswith(("before", "by", "at the start")) else said
    relation = "during" if relation in ("in", "at") else relation
    return relation, words[found.group(2)], found.group(2)


def due_against_class(
    course: Course, item: Assignment, relation: str, kind: str | None, word: str, section: str | None
) -> tuple[bool | None, str]:
    """Whether the work is due before, during or after the class meetings of its due day (None when no class meets
    then, or the meetings disagree), and the sentence with the due moment and those meetings."""
    due = item.due.astimezone(course.tz)
    real = f"{item.short} is due {human_date(due.date())}, {human_time(due.time())} {due.tzname()}"
    met = [
        o for o in occurrences_between(course, due.date(), due.date(), kind=kind, section=section) if not o.cancelled
    ]
    if not met:
        once = _one_off(course, kind, section)
        if not once:
            return None, f"{real}; no {word} meets that day."
        met = once  # "is the quiz due before my prac": the one practical, whatever its day
    if item.due_time_assumed:
        return None, f"{real}; the course page gives only the date, so the time is assumed and I can't compare it."
    times = ", ".join(
        f"{_meeting_name(course, o.meeting.kind)}"
        f"{f' ({course.section_label(o.meeting.section)})' if o.meeting.section else ''} "
        f"{human_time(o.start.astimezone(course.tz).time())}–{human_time(o.end.astimezone(course.tz).time())}"
        for o in met
    )
    if relation == "before":
        each = [due <= o.start for o in met]
    elif relation == "after":
        each = [due >= o.end for o in met]
    else:
        inside = any(o.start <= due <= o.end for o in met)
        each = [inside]
    said = f"{real}; that day: {times}." if met[0].start.astimezone(course.tz).date() == due.date() else ""
    if not said:
        days = ", ".join(
            f"{human_date(o.start.astimezone(course.tz).date())}"
            f"{f' ({course.section_label(o.meeting.section)})' if o.meeting.section else ''}"
            for o in met
        )
        said = f"{real}; the {word}: {days}."
    if all(each):
        return True, said
    if not any(each):
        return False, said
    return None, said


def _one_off(course: Course, kind: str | None, section: str | None) -> list:
    """The meetings of a kind held once per section all term (a one-off practical): the student's section's one, or
    each section's; none when the kind meets more often (then "before class" means that day's class)."""
    if kind is None:
        return []
    held = [
        o
        for o in occurrences_between(course, course.term_first, course.term_last, kind=kind, section=section)
        if not o.cancelled
    ]
    sections = [o.meeting.section for o in held]
    return held if held and len(set(sections)) == len(sections) else []


def _meeting_name(course: Course, kind: str) -> str:
    found = course.meeting_kind(kind)
    return found.name if found is not None else kind.replace("_", " ")
