"""The days a relation word gives a date: "before march 20" is from today up to the day before it, "by friday" and
"until friday" up to Friday itself, "after the 20th" from the next day to the end of term."""

from __future__ import annotations

import datetime as dt

from bot.core.timefmt import human_date
from bot.understand.times.time_phrases import week_monday

_DAY = dt.timedelta(days=1)


def span_to(relation: str, day: dt.date, today: dt.date, term_last: dt.date) -> tuple[dt.date, dt.date, str] | None:
    """The first and last day the words mean and how to say them, or None when the relation names no span (or one
    wholly past: "before monday", asked on Monday, leaves no day)."""
    if relation == "before":
        last = day - _DAY
    elif relation in ("by", "until"):
        last = day
    elif relation == "after":
        first = day + _DAY
        return first, max(first, term_last), f"after {human_date(day)}"
    else:
        return None
    if last < today:
        return None
    return today, last, f"{relation} {human_date(day)}"


def span_beside(relation: str, first: dt.date, last: dt.date, name: str) -> tuple[dt.date, dt.date, str] | None:
    """The days next to a stretch (an exam, a break: its first and last day) that "the day before", "the day after",
    "the day of", "the week before", "the week of" or "the week after" it names (weeks from Monday to Sunday), with
    how to say them; None for another relation."""
    if relation == "day_of":
        return first, first, f"the day of {name}"
    if relation == "day_before":
        return first - _DAY, first - _DAY, f"the day before {name}"
    if relation == "day_after":
        return last + _DAY, last + _DAY, f"the day after {name}"
    weeks = {"week_before": (first, -1), "week_of": (first, 0), "week_after": (last, 1)}
    if relation not in weeks:
        return None
    day, shift = weeks[relation]
    monday = week_monday(day) + dt.timedelta(days=7 * shift)
    return monday, monday + dt.timedelta(days=6), f"the {relation.replace('_', ' ')} {name}"
