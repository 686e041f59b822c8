"""Office hours asked of a weekday as a habit ("does any of the tas have office hours on mondays", "is anyone around
every friday"): Yes or No from the weekly slots the page gives (of the role or person asked), with who and when;
never from the coming date alone, which a break or a cancellation may empty."""

from __future__ import annotations

import datetime as dt
import re

from bot.course.model import WEEKDAYS, Person

_DAY = "|".join(WEEKDAYS)
# "on mondays", "mondays", "every monday", "each tuesday": the weekday every week, not the coming one
_WEEKLY = re.compile(rf"\b(?:(?:every|each)\s+(?P<every>{_DAY})\b|(?P<plural>{_DAY})s\b)")


def weekly_weekday(question: str) -> int | None:
    """The one weekday asked as every week's (0 = Monday), or None."""
    found = {WEEKDAYS.index(m.group("every") or m.group("plural")) for m in _WEEKLY.finditer(question.lower())}
    return found.pop() if len(found) == 1 else None


def weekly_holders(people: list[Person], weekday: int, today: dt.date) -> list[Person]:
    """Those of the people asked about with a weekly office-hours slot on that weekday that has not ended."""
    return [p for p in people if any(h.weekday == weekday and h.last >= today for h in p.office_hours)]
