"""The week a kind of meeting starts: "do tutes start in week 1?", "does lab begin this week", "do the seminars start
next week". Decided from the first meeting the data holds (for the asker's section when named), in course weeks
counted from the Monday of the term's first week."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.timefmt import human_date
from bot.course.model import Course
from bot.course.occurrences import occurrences_between
from bot.understand.times.weeks import monday_of, week_number

_STARTS = re.compile(r"\b(?:start|starts|starting|begin|begins|beginning|commence|commences|kick off|kicks off)\b")
_WEEK = re.compile(
    r"\b(?:week|wk)\s*#?\s*(\d{1,2})\b|\b(this|next)\s+week\b|\b(first|1st|second|2nd|third|3rd)\s+(?:week|wk)\b"
)
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}


def first_week_verdict(
    course: Course, question: str, now: dt.datetime, kind: str | None, section: str | None
) -> tuple[bool, str] | None:
    """Yes when the first meeting of the kind (the section's, else the earliest of any) falls in the week asked, with
    the day it starts and its course week; None when the question does not ask that or the data holds no meeting."""
    said = question.lower()
    if not kind or kind == "class" or not _STARTS.search(said):
        return None
    asked = _WEEK.search(said)
    if asked is None:
        return None
    held = occurrences_between(course, course.term_first, course.term_last, kind=kind, section=section)
    if not held:
        return None
    first = held[0].start.astimezone(course.tz).date()
    if asked.group(1) or asked.group(3):
        number = int(asked.group(1)) if asked.group(1) else _ORDINALS[asked.group(3)]
        yes = week_number(course, first) == number
    else:
        today = now.astimezone(course.tz).date()
        monday = monday_of(today) + dt.timedelta(days=7 if asked.group(2) == "next" else 0)
        yes = monday_of(first) == monday
    week = week_number(course, first)
    in_week = f", in week {week}" if week else ""
    return yes, f"{course.kind_name(kind, plural=True)} start on {human_date(first)}{in_week}."
