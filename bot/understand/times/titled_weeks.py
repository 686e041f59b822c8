"""A course that numbers its weeks in its schedule's titles ("Week 9: Joins") counts them its own way: a recess
week left uncounted, a week 0 before teaching starts. "week 9" is then the week the page calls week 9, not the
ninth week since the term began."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from bot.core.kept import Kept
from bot.course.model import Course

_WEEK = re.compile(r"\b(?:week|wk)\s*(\d{1,2})\b", re.IGNORECASE)
_KEPT: Kept[dict[int, dt.date]] = Kept(size=32)


def titled_monday(course: Course, number: int) -> dt.date | None:
    """The Monday of the week the schedule's titles call week `number`, None when no title numbers it so (or the
    titles number two different weeks so)."""
    return _KEPT.get(course, "weeks", lambda: _titled_weeks(course)).get(number)


def _titled_weeks(course: Course) -> dict[int, dt.date]:
    mondays: dict[int, set[dt.date]] = defaultdict(set)
    for row in course.schedule:
        found = _WEEK.match(row.title.strip())
        if found:
            mondays[int(found.group(1))].add(row.date - dt.timedelta(days=row.date.weekday()))
    return {number: days.pop() for number, days in mondays.items() if len(days) == 1}
