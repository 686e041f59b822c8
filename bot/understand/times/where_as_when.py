"""'any holidays in march where we lose class', 'is there a week where theres no lab': a "where" right after a
word for days or a time of year, before its own subject, means "when". The student asks about days, not a place,
so the question is no room question ("where is the lab on friday" and "do you know where we meet" still are)."""

from __future__ import annotations

import re

from bot.course.model import WEEKDAYS
from bot.understand.times.time_phrases import MONTHS

_TIME_NOUNS = (
    "day",
    "days",
    "week",
    "weeks",
    "weekend",
    "weekends",
    "month",
    "months",
    "date",
    "dates",
    "time",
    "times",
    "holiday",
    "holidays",
    "break",
    "breaks",
    "period",
    "semester",
    "term",
    "morning",
    "mornings",
    "afternoon",
    "evening",
    "evenings",
)
# the subject of the clause "where" opens: a clause about the students or the course, not "where is"/"where do"
_SUBJECTS = ("we", "there", "theres", "i", "you", "they", "nobody", "no", "nothing", "classes", "class")
_WHERE_AS_WHEN = re.compile(
    rf"\b(?:{'|'.join((*_TIME_NOUNS, *MONTHS, *WEEKDAYS, *(d + 's' for d in WEEKDAYS)))})\s+where\s+"
    rf"(?:{'|'.join(_SUBJECTS)})\b"
)


def where_means_when(text: str) -> bool:
    """Whether the question's "where" opens a clause about days ("the days where we have no class"), not a place."""
    return _WHERE_AS_WHEN.search(text) is not None
