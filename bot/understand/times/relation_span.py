"""The days a relation word gives a date: "before march 20" is from today up to the day before it, "by friday" and
"until friday" up to Friday itself, "after the 20th" from the next day to the end of term."""

from __future__ import annotations

import datetime as dt

from bot.core.timefmt import human_date

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
