"""A weekly meeting's slot named with its weekday ("the normal thursday lecture time", "our tuesday lab slot"): the
weekday says which weekly slot, it is no day asked. The reader drops it as a date and leaves its words unread as a
topic; an exam asked "during" such a slot is held against that weekday (a midterm on a Thursday is in the Thursday
lecture time, not in the Tuesday one). Pure functions of the question's text."""

from __future__ import annotations

import re

from bot.understand.times.calendar_words import DAY_NAMES, alternation

# "(the) (usual) thursday lecture time", "thursday's seminar slot": a weekday, one word naming the meeting, then the
# word of its slot
_WEEKLY_SLOT = re.compile(
    rf"\b(?:(?:usual|normal|regular|typical)\s+)?(?P<day>{alternation(DAY_NAMES)})(?:days?|s|'s)?"
    r"(?=\s+[a-z]+\s+(?:time|times|slot|slots|period|periods)\b)"
)


def weekly_slot_spans(text: str) -> list[tuple[int, int]]:
    """Where the question names a weekly slot's weekday (with its "usual" or "normal"), as (start, end) spans."""
    return [(m.start(), m.end()) for m in _WEEKLY_SLOT.finditer(text.lower())]


def slot_weekday(text: str) -> int | None:
    """The weekday (Monday 0) of the weekly slot the question names, or None when it names none."""
    found = _WEEKLY_SLOT.search(text.lower())
    return DAY_NAMES[found.group("day")] if found is not None else None
