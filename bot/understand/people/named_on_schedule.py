"""Someone the staff list does not hold but the schedule names ("who is dr liao" where a guest lecture is "Observing
the Kuroshio (Dr Liao Chih-wen, invited speaker)"): the rows naming them, which the student sees as the schedule's
own lines (the day, and what they come for). Pure functions of the course and the words asked."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.course.model import Course
from bot.understand.words.titles import HONORIFICS


def rows_naming(course: Course, asked: Sequence[str]) -> list[int]:
    """The schedule rows whose title names a person by the words asked (each a capitalised word of the title, the
    honorifics set apart); none when the words are only honorifics or short."""
    name = [w for w in asked if w not in HONORIFICS]
    if not name or any(len(w) < 3 or not w.isalpha() for w in name):
        return []
    found = []
    for i, row in enumerate(course.schedule):
        capitalised = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", row.title or "")}
        if all(w in capitalised for w in name):
            found.append(i)
    return found
