"""'is dec 8 a holiday', 'is monday a day off', 'is the 25th a public holiday': whether one day is a day off. The
student gets Yes with the day off the schedule marks (its own name: "Immaculate Conception (national holiday)"), or
No with what is held that day. Whether one kind of meeting is held ("is there class on friday") is another question:
this one is about the day itself, so a weekly studio or lab held that day makes it no holiday."""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

from bot.core.timefmt import human_date
from bot.course.model import NO_CLASS_KINDS, Course
from bot.course.occurrences import occurrences_between

# What kind of holiday a day is ("a public holiday", "a bank holiday"): words that say only that it is one.
HOLIDAY_QUALIFIERS = frozenset(
    {"public", "bank", "national", "federal", "state", "school", "university", "uni", "official", "religious"}
)
# The place whose closing makes a day off ("is the university closed on may 7").
_PLACES = frozenset({"school", "university", "uni", "campus", "college"})
# "a holiday", "a public holiday", "a day off", "an off day", "a bank holiday": the day named as one
_DAY_OFF = re.compile(
    rf"\b(?:a|an)\s+(?:(?:{'|'.join(sorted(HOLIDAY_QUALIFIERS))})\s+)?"
    r"(?:holiday|day\s+off|off\s+day|non[-\s]?teaching\s+day|no[-\s]class\s+day)\b"
    # "is uni closed on may 7", "is the university shut on good friday": the place itself closed that day
    rf"|\b(?:{'|'.join(sorted(_PLACES))})\s+(?:be\s+)?(?:closed|shut)\b(?!\s*-?\s*(?:book|notes?)\b)"
)


def holiday_qualifiers(tokens: list[str]) -> set[str]:
    """The words that say what kind of holiday is asked of ("public" of "a public holiday") or which place is closed
    ("uni closed"): explained by each other, never a subject of the course the page must know."""
    found = {a for a, b in pairwise(tokens) if a in HOLIDAY_QUALIFIERS and b.startswith("holiday")}
    return found | {w for a, b in pairwise(tokens) if a in _PLACES and b in ("closed", "shut") for w in (a, b)}


def asks_if_day_off(text: str) -> bool:
    """The question asks whether a day is a holiday or a day off (not whether some meeting is held)."""
    return bool(_DAY_OFF.search(text))


def day_off_on(course: Course, day: dt.date, section: str | None = None) -> tuple[bool, str]:
    """(Yes or No, why) for "is <day> a holiday": the day off the schedule marks that day, else what meets then. A day
    whose every meeting is called off is off; a day nothing ever meets on is no holiday the page names (No)."""
    off = [r.title for r in course.schedule if r.date == day and r.kind in NO_CLASS_KINDS]
    if off:
        return True, f"{human_date(day)} is a day off on the schedule: {'; '.join(off)}."
    meetings = [
        o
        for o in occurrences_between(course, day, day, include_cancelled=True)
        if section is None or o.section in (None, section)
    ]
    held = [course.meeting_label(o.kind, o.section) for o in meetings if not o.cancelled]
    held += [r.title for r in course.schedule if r.date == day and r.is_for(section) and not held]
    if held:
        return False, f"{human_date(day)} is not a day off: {', '.join(dict.fromkeys(held))}."
    if meetings:
        called_off = [f"{course.meeting_label(o.kind, o.section)} ({o.note})" for o in meetings]
        return True, f"nothing meets on {human_date(day)}; called off: {'; '.join(dict.fromkeys(called_off))}."
    return False, f"the schedule marks no holiday on {human_date(day)}, though nothing meets that day anyway."
