"""A break the schedule calls a week ("Reading Week: no lectures or tutorials" on only its Monday and Thursday
rows): the other days of that week have no class of the kinds it names either (every kind when it names none),
unless the schedule itself holds a class of that kind in the week (a break named for a week that does not fill the
calendar week, "Showa Day (Golden Week)" on a Thursday with classes on Monday and Tuesday)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.course.model import Course

# "Reading Week", "spring break week"; not "weekend", "weekly", nor a week's number ("Week 5: no lecture Monday").
_A_WEEK = re.compile(r"\bweek\b(?!\s*\d)", re.IGNORECASE)
_NO_CLASS_KINDS = ("no_class", "break", "holiday")


def break_weeks(course: Course) -> dict[dt.date, tuple[str, frozenset[str], frozenset[str]]]:
    """Each day of a break week that has no schedule row of its own without class: the break's title, the
    meeting kinds it names (empty: every kind) and the kinds of the class rows the schedule holds that week."""
    off = {d.date for d in course.schedule if d.kind in _NO_CLASS_KINDS}
    held: dict[dt.date, set[str]] = {}
    for row in course.schedule:
        if row.kind not in _NO_CLASS_KINDS:
            held.setdefault(row.date - dt.timedelta(days=row.date.weekday()), set()).add(row.kind)
    found: dict[dt.date, tuple[str, frozenset[str], frozenset[str]]] = {}
    for row in course.schedule:
        if row.kind not in _NO_CLASS_KINDS or not _A_WEEK.search(row.title):
            continue
        named = _kinds_named(course, row.title)
        monday = row.date - dt.timedelta(days=row.date.weekday())
        classes = frozenset(held.get(monday, ()))
        for offset in range(7):
            day = monday + dt.timedelta(days=offset)
            if day not in off:
                found.setdefault(day, (row.title, named, classes))
    return found


def _kinds_named(course: Course, title: str) -> frozenset[str]:
    """The meeting kinds a break's title names ("no lectures or tutorials"), by the course's own words for them."""
    said = title.lower()
    named = set()
    for kind in course.meeting_kinds:
        words = {kind.id.replace("_", " "), kind.name, kind.plural, *kind.aliases}
        if any(w and re.search(rf"\b{re.escape(w.lower())}s?\b", said) for w in words):
            named.add(kind.id)
    return frozenset(named)
