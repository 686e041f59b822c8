"""The days someone will be away: "what would i miss if i leave tuesday the 26th and come back sunday", "i'm
gone from thursday to monday, what do i miss". From the first day named to the second; a weekday named second
that falls before the first is the next one after it."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.timefmt import human_date
from bot.understand.question.reading import Reading

# Words that say the days are an absence (besides the "absent" cue: miss, skip, sick ...).
_AWAY = frozenset({"leave", "leaving", "away", "gone", "travel", "traveling", "travelling", "back", "return"})


_DAY_OF_MONTH = re.compile(r"^(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)$")


def _next_month(day: dt.date) -> dt.date | None:
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    try:
        return day.replace(year=year, month=month)
    except ValueError:
        return None  # no 31st that month


def away_span(reading: Reading) -> tuple[dt.date, dt.date, str] | None:
    """The span of an absence named by two days, with its label, or None."""
    if "absent" not in reading.cues and _AWAY.isdisjoint(reading.tokens):
        return None
    days = [t for t in reading.times if t.kind == "day"]
    if len(days) != 2 or days[0].first is None or days[1].first is None:
        return None
    first, last = days[0].first, days[1].first
    if last < first and days[1].grain == "weekday":
        last += dt.timedelta(days=7 * ((first - last).days // 7 + 1))  # "come back sunday": the one after
    elif last < first and _DAY_OF_MONTH.search(reading.text[days[1].start : days[1].end]):
        last = _next_month(last)  # "monday the 25th and back on the 2nd": the 2nd after the 25th
    if last is None or last < first:
        return None
    return first, last, f"{human_date(first)} – {human_date(last)}"
