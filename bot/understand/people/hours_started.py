"""Whether someone's weekly hours have begun: "does dr x have office hours yet", "have her consultations started".
Hours the page starts on a later day have not: the student is told No, and the day they start."""

from __future__ import annotations

import datetime as dt
import re

from bot.course.model import Person

# "... yet", "... already", "have they started", "has it begun"
_STARTED_ASKED = re.compile(r"\b(?:yet|already|started|starting|begun|began|begin|kicked\s+off)\b")


def asks_if_started(question: str) -> bool:
    """Whether the question asks if something has begun by now."""
    return _STARTED_ASKED.search(question.lower()) is not None


def hours_start(person: Person, today: dt.date) -> dt.date | None:
    """The day of the person's first weekly session when every slot of theirs starts after today, else None (a slot
    "from Saturday" held on Tuesdays starts on the Tuesday after)."""
    firsts = [slot.first + dt.timedelta(days=(slot.weekday - slot.first.weekday()) % 7) for slot in person.office_hours]
    return min(firsts) if firsts and min(s.first for s in person.office_hours) > today else None
