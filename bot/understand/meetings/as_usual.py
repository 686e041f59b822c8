"""Whether a meeting on a day is held as usual: "is the thursday lecture on 16 april in the normal theatre?", "is my
lab on the 15th in the same room as usual", "is friday's lecture at the regular time". Decided from the day's
meetings and their changes: Yes when held with no change, No with the change (moved, or not held) when there is one.
Asked the other way round ("is lecture moved on oct 17"): No when held with no change, Yes with the move.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.core.timefmt import human_date
from bot.course.model import Course
from bot.course.occurrences import occurrences_between

_USUAL = re.compile(
    r"\b(?:normal|usual|regular|same|standard|typical)\s+(?:[a-z]+\s+)?"
    r"(?:room|rooms|place|theatre|theater|hall|venue|location|building|lab|time|spot)\b|\bas\s+(?:usual|normal)\b"
)


# "is lecture moved on oct 17", "has the seminar been rescheduled": held as usual asked the other way round
_MOVED = re.compile(r"\b(?:moved|rescheduled|relocated|changed)\b")


def asks_as_usual(question: str) -> bool:
    """Whether the question asks if something is held as usual (its room, place or time)."""
    return _USUAL.search(question.lower()) is not None


def as_usual_verdict(
    course: Course, question: str, day: dt.date | None, kind: str | None, section: str | None
) -> tuple[bool, str] | None:
    """Yes when the kind's meetings that day are held with no change, No with the change; None when the question does
    not ask that, names no day or kind, or nothing of that kind is scheduled that day. "Class" is the course's own
    kind of that name when it has one, else any meeting that day, when they are all of one kind ("section b class on
    may 20, is it in the usual room")."""
    moved = _MOVED.search(question.lower()) is not None and not asks_as_usual(question)
    if day is None or kind is None or not (moved or asks_as_usual(question)):
        return None
    if kind == "class":
        kind = "class" if course.meeting_kind("class") is not None else None
    found = occurrences_between(course, day, day, kind=kind, section=section, include_cancelled=True)
    if not found or (kind is None and len({o.meeting.kind for o in found}) > 1):
        return None
    changed = [o for o in found if o.note or o.cancelled]
    if not changed:
        where = "; ".join(dict.fromkeys(o.where for o in found))
        return not moved, f"no change on {human_date(day)}: {where}."
    said = "; ".join(
        dict.fromkeys(f"{o.where} ({o.note})" if not o.cancelled else f"not held ({o.note})" for o in changed)
    )
    # moved: Yes only when one is held elsewhere or at another time, not when it is only called off
    return moved and any(not o.cancelled for o in changed), f"{human_date(day)}: {said}."
