"""Yes or No on a due day the student states ("first journal is due sunday night right", "is it due on a friday?")
when the answer shows one thing due, on one day: the student sees No and the day it is due ("it is due Sat Mar 27, a
Saturday"), or Yes and that day. Left alone: a question naming a date, a clock time, more than one day or a bound
("before friday") or turned round by a "not" ("it isn't due friday?"), an answer showing times on more than one
day, and a due time just after midnight (which night is meant is the student's to say)."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.answer import Answer, Stamp
from bot.core.timefmt import human_date
from bot.course.model import WEEKDAYS
from bot.understand.times.calendar_words import DAY_NAMES, alternation

_DAY = re.compile(rf"\b({alternation(DAY_NAMES)})s?\b")
_DUE = re.compile(r"\bdue\b")
# A bound, a date or a span: not one day stated; a "not" that turns the question round ("so it isnt due friday?",
# where Yes would be read both ways); a clock time as well as the day ("due friday at midnight": the day alone would
# not settle it)
_NOT_ONE_DAY = re.compile(
    r"\b(?:not|isnt|isn't|arent|aren't|never|no|nt)\b|n't\b|\b(?:midnight|noon|midday)\b|"
    r"\b(?:before|after|by|until|till|til|earlier|later|than|between|or|and|every|each|next|last|this|week|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|today|tonight|tomorrow)\b|\d"
)


def stated_weekday(question: str) -> int | None:
    """The one weekday a question says something is due on (6 for "due sunday night right"), None otherwise."""
    lowered = " ".join(question.lower().replace("’", "'").split())
    if not _DUE.search(lowered) or _NOT_ONE_DAY.search(lowered):
        return None
    days = {DAY_NAMES[m.group(1)] for m in _DAY.finditer(lowered)}
    return days.pop() if len(days) == 1 else None


def weekday_verdict(question: str, answer: Answer) -> tuple[bool, str] | None:
    """(Yes or No, the day it is due) when the question states the weekday something is due on and every time the
    answer shows falls on one day; None otherwise."""
    asked = stated_weekday(question)
    if asked is None:
        return None
    lines = (*answer.lines, *(line for f in answer.fields for line in f.lines))
    moments = {s.at for line in lines for s in line if isinstance(s, Stamp)}
    days = {m.date() for m in moments}
    if len(days) != 1 or any(m.time() < dt.time(1, 0) for m in moments):
        return None
    day = days.pop()
    said = f"it is due {human_date(day)}, a {WEEKDAYS[day.weekday()].title()}"
    if day.weekday() == asked:
        return True, f"{said}."
    return False, f"{said}, not a {WEEKDAYS[asked].title()}."
