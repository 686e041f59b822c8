"""Whether an item exists: "is there a hw6" is No with the series the course has ("It has HW1, ... HW5"); "is
there a hw5" is Yes."""

from __future__ import annotations

import re

from bot.core.answer import Answer, text
from bot.course.model import Course
from bot.understand.asked import Asked
from bot.understand.lexicon import NUMBERED, canon_key
from bot.understand.normalize import phrase_key
from bot.understand.replies import verdict
from bot.understand.result import Slots

# "is there a hw6", "do we have a sheet 5", "does ps9 exist": whether an item exists.
_EXISTS = re.compile(r"\b(?:is there|are there|will there be|do we (?:have|get)|does \S+(?: \S+)? exist)\b", re.I)


def asks_existence(question: str) -> bool:
    """ "is there a hw6", "do we have a sheet 5", "does ps9 exist"."""
    return _EXISTS.search(question) is not None


def exists_asked(asked: Asked, slots: Slots) -> bool:
    """ "is there a hw5", not "is there a hw5 due friday" nor "is hw5 out"."""
    if not asked.yes_no or not asks_existence(asked.question) or slots.get("date") or slots.get("time") is not None:
        return False
    return not {"due", "released", "out", "late", "graded"} & set(phrase_key(asked.question))


def not_in_course(course: Course, unknown: str) -> Answer:
    """ "is there a hw6": No, with the items of that series the course has (or every item when none is)."""
    found = NUMBERED.match(unknown)
    prefix = found.group(1) if found else unknown
    series = [
        a
        for a in course.assignments
        if any(
            (m := NUMBERED.match(canon_key(phrase_key(name)))) is not None and m.group(1) == prefix
            for name in (a.id, a.title, a.short, *a.aliases)
        )
    ]
    shown = series or list(course.assignments)
    names = ", ".join(a.short for a in shown)
    # Named the way the course names the series ("Sheet 5" beside "Sheet 1"), not as typed.
    like = re.fullmatch(r"(.*?)\d+", series[0].short) if series and found else None
    asked_for = f"{like.group(1)}{found.group(2)}" if like and found else unknown.upper()
    has = text(f"It has {names}." if series else f"The course has: {names}.")
    return verdict(Answer(title="No such assignment", lines=(has,)), False, f"the course page lists no {asked_for}.")
