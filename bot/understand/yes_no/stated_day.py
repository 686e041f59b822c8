"""Yes or No on a day or a clock time the student believes something falls on ("next lab is thursday right?", "is my
next tutorial on oct 12", "next seminar starts at 10 right", "essay 2 is due at noon on the 9th?") when the answer is
that thing's card and its lead line shows it on one day: the claim is checked against the card. The student sees Yes
and the day, or No and the day it really is ("it is on Tue Oct 13, a Tuesday, at 2:00 PM, not Mon Oct 12"). A
weekday typed alone is checked as a weekday, a date as a date, a clock time as the start the card gives (a bare "at
3" as either 3 AM or 3 PM); every claim typed must hold for a Yes.

Left alone (the answer stays as it was, hedged if nothing else settles it): a question stating a bound ("before
friday", "by nov 2"), a span or more than one day or clock time, a "not" that turns the question round, an end asked
("is lab over at 4"), a question asking whether there is something on a day rather than when the thing is ("is there
a lab on friday"), a card of several things ("HW4 Part A, HW4 Part B"), one section's meeting when the question
names no section, and a lead line showing more than one day, or no clock time when one is claimed. Whether the card
is the asked thing's at all is the caller's to make sure of first (bot.understand.yes_no.asked_item): on another
thing's card the check is wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.answer import Answer, Stamp
from bot.core.timefmt import human_date, human_time
from bot.course.model import WEEKDAYS
from bot.understand.meetings.meeting_at_clock import same_clock
from bot.understand.times.calendar_words import MONTH_NAMES
from bot.understand.times.time_phrases import TimePhrase
from bot.understand.words.normalize import phrase_key

# Words that turn the question round ("it isn't on friday?"), ask whether something exists on the day ("is there a
# lab on friday", "any lecture on nov 2") or of more than one meeting, or ask an end ("is lab over at 4"): the
# thing's lead line does not settle those
_NOT_A_BELIEF = re.compile(
    r"\b(?:not|isnt|isn't|arent|aren't|never|no|nothing|there|any|anything|cancell?ed|moved|still|also|too|both|"
    r"either|or|every|each|all|end|ends|ending|over|finish|finishes|finished|out|until|till|til)\b"
    r"|n't\b"
)
# A clock time typed: "at 3", "@ 2:30", "4pm", "10:30"; a bare "at 3" the time reader may leave unread
_CLOCK_TYPED = re.compile(r"(?:\bat|@)\s*\d|\d\s*[ap]\.?m\b|\d:\d\d")
_BARE_AT = re.compile(r"(?:\bat|@)\s*(\d{1,2})(?::([0-5]\d))?(?!\s*(?:[ap]\.?m\b|:|\d|/|%))")
# A part of the day, read as a clock it is not ("tomorrow morning" as noon), or a midnight of either night
_PART_OF_DAY = re.compile(r"\b(?:mornings?|afternoons?|evenings?|nights?|tonight|tmrw\s+night|midnight|lunch)\b")
# "next", as in "my next lab", "next lecture"
_NEXT = re.compile(r"\bnext\b")
# Words telling one day or stretch that a clock alone is asked of ("during the break", "on the day of the exam",
# "this week"): the card's lead is another day
_ONE_DAY_TOLD = re.compile(
    r"\b(?:on|during|over|this|last|day|days|week|weeks|break|holidays?|term|semester|exam|midterm|final)\b"
)
# A line saying whose the meeting or the work is: "Section 2B.", "For: Lab 3, Lab 4 only."
_ONE_SECTION = re.compile(r"^(?:Section|For:) (.+?)(?: only)?\.$")
# A schedule row's lead with no clock time: "Fri Feb 16: Recitation 5"
_ROW_DATE = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun) ([a-z]{3}) (\d{1,2}):", re.IGNORECASE)


@dataclass(frozen=True)
class Claim:
    """What the student believes: a day (a weekday alone, or a date) and a clock time, either left out."""

    day: dt.date | None = None
    weekday_only: bool = False  # "thursday" typed alone, not "the monday after the break" or a date
    other: dt.date | None = None  # another date the words may mean ("next tuesday" said on a Monday)
    clock: dt.time | None = None
    clock_typed: str = ""  # a bare hour as typed ("3:00"), read as either AM or PM

    def day_holds(self, day: dt.date) -> bool:
        if self.day is None:
            return True
        return day.weekday() == self.day.weekday() if self.weekday_only else day in (self.day, self.other)

    def clock_said(self) -> str:
        return self.clock_typed or (human_time(self.clock) if self.clock is not None else "")

    def day_said(self) -> str:
        if self.day is None:
            return ""
        return f"a {WEEKDAYS[self.day.weekday()].title()}" if self.weekday_only else human_date(self.day)


def day_verdict(question: str, answer: Answer, times: Sequence[TimePhrase]) -> tuple[bool, str] | None:
    """(Yes or No, the day the card gives) when the question states the day or clock time a thing falls on and the
    answer is that thing's card, its lead line on one day; None otherwise. `times`: the time phrases read in the
    question."""
    lowered = " ".join(question.lower().replace("’", "'").split())
    claim = stated_claim(lowered, times)
    if claim is None or _NOT_A_BELIEF.search(lowered) or not _one_card(answer.title):
        return None
    if _PART_OF_DAY.search(lowered):
        return None  # "tomorrow morning", "friday night": a stretch of the day (or which night), not one clock
    if _for_unnamed_section(lowered, answer):
        return None  # one section's meeting or work, while the question names no section: another's may differ
    if claim.day is None and _ONE_DAY_TOLD.search(lowered):
        return None  # "is lecture during the break at 9": the clock of one day the card's lead is not
    lead = _lead(answer, claim.day.year if claim.day else None)
    if lead is None or (claim.clock is not None and lead[1] is None):
        return None
    # a meeting that recurs, shown by its next one: only a question about the next one is answered by it in full;
    # of another ("is lab on friday"), the lead can say Yes to its own day, never No (another week's may be on it)
    of_next = not _recurs(answer) or _NEXT.search(lowered) is not None
    if not of_next and claim.day is None:
        return None
    day, start = lead
    day_holds = claim.day_holds(day)
    clock_holds = claim.clock is None or (start is not None and same_clock(start, claim.clock))
    said = f"it is on {human_date(day)}, a {WEEKDAYS[day.weekday()].title()}"
    said += f", at {human_time(start)}" if start is not None else ""
    if day_holds and clock_holds:
        return True, f"{said}."
    if not of_next:
        return None
    return False, f"{said}, not {claim.day_said() if not day_holds else claim.clock_said()}."


def clock_words(question: str) -> frozenset[str]:
    """The hour words of a bare clock typed ("at 10", "@ 2:30"), which the time reader may leave among the words."""
    lowered = " ".join(question.lower().replace("’", "'").split())
    return frozenset(w for m in _BARE_AT.finditer(lowered) for w in (m.group(1), m.group(2)) if w)


def _recurs(answer: Answer) -> bool:
    """Whether the card shows a meeting that recurs by its next one ("Next lab", "Next: Wed Feb 11 ...")."""
    if _NEXT.match(answer.title.lower()):
        return True
    return any(line and isinstance(line[0], str) and _NEXT.match(line[0].lower()) for line in answer.lines)


def believed_day(question: str, times: Sequence[TimePhrase]) -> Claim | None:
    """The day or clock time the question believes a thing falls on, as `day_verdict` reads it: None when it states
    none, or turns round, or asks whether there is something ("is lab still on if ... thursday")."""
    lowered = " ".join(question.lower().replace("’", "'").split())
    if _NOT_A_BELIEF.search(lowered) or _PART_OF_DAY.search(lowered):
        return None
    return stated_claim(lowered, times)


def stated_claim(lowered: str, times: Sequence[TimePhrase]) -> Claim | None:
    """The one day and the one clock time the question states (either may be left out, not both), with no bound
    before the day; None when it states neither, several, a span or a bound ("before friday"), or a clock time it
    does not read."""
    days = [t for t in times if t.kind != "time"]
    clocks = [t.time for t in times if t.kind == "time"]
    if len(days) > 1 or len(clocks) > 1:
        return None
    claim = Claim(clock=clocks[0] if clocks else None)
    if days:
        (said,) = days
        if said.kind not in ("day", "moment") or said.first is None or said.first != said.last:
            return None
        if said.relation not in ("", "on", "at") or (said.time is not None and claim.clock is not None):
            return None
        bare = said.bare and not said.beside
        claim = Claim(said.first, bare, said.other, said.time or claim.clock)
    if claim.clock is None and _CLOCK_TYPED.search(lowered):
        bare = list(_BARE_AT.finditer(lowered))
        if len(bare) != 1:
            return None  # a clock typed that is not read
        hour, minute = int(bare[0].group(1)), int(bare[0].group(2) or 0)
        if not 1 <= hour <= 12:
            return None
        claim = Claim(claim.day, claim.weekday_only, claim.other, dt.time(hour, minute), f"{hour}:{minute:02d}")
    return None if claim.day is None and claim.clock is None else claim


def _one_card(title: str) -> bool:
    """Whether the card's title names one thing, not several ("HW4 Part A, HW4 Part B"). Which thing it is, and
    that it is the one asked, the caller makes sure of (bot.understand.yes_no.asked_item)."""
    return "," not in title and " · " not in title


def _for_unnamed_section(lowered: str, answer: Answer) -> bool:
    """Whether the answer shows one section's meeting or work ("Section 2B.", "For: Lab 3 only.") and the question
    does not name that section."""
    asked = set(phrase_key(lowered))
    for line in answer.lines:
        said = "".join(s for s in line if isinstance(s, str))
        found = _ONE_SECTION.match(said)
        if found and not any(set(phrase_key(label)) <= asked for label in found.group(1).split(", ")):
            return True
    return False


def _lead(answer: Answer, year: int | None) -> tuple[dt.date, dt.time | None] | None:
    """The day and the start the answer's lead gives: its first line showing a time, all of it on one day (not just
    after midnight, where which night is meant is the student's to say), or a schedule row's date with no time
    ("Fri Feb 16: ...", read in `year`); None otherwise."""
    lines = (*answer.lines, *(line for f in answer.fields for line in f.lines))
    for line in lines:
        moments = [s.at for s in line if isinstance(s, Stamp)]
        if moments:
            days = {m.date() for m in moments}
            if len(days) != 1 or any(m.time() < dt.time(1, 0) for m in moments):
                return None
            return days.pop(), min(moments).time()
        row = _ROW_DATE.match(line[0]) if line and isinstance(line[0], str) else None
        if row and year is not None and (month := MONTH_NAMES.get(row.group(1).lower())):
            return dt.date(year, month, int(row.group(2))), None
        if line and any(isinstance(s, str) and s.strip() for s in line):
            return None  # the first line says something else first: its lead is not a day
    return None
