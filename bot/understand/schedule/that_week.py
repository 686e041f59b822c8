"""'what is the lecture on tue mar 31 and is there lecture thursday that week', '... and is there lab that day': a
later part's "that week" or "that day" is the day the part before it named, put in words the date reader reads; a
named stretch of days off ("when's the dragon boat holiday and is anything due that week") names its first day."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.understand.question.reading import Reading
from bot.understand.words.lexicon import Period

_THAT = re.compile(r"\b(?:that|the\s+same|same)\s+(week|day)\b")


def that_week(piece: str, before: Reading, periods: Mapping[str, Period] | None = None) -> str | None:
    """The part with "that week" / "that day" replaced by the week or the day the part before named ("the week of
    march 31", "on march 31"), by a date or by one of the course's `periods` of days off; None when it says neither,
    or the part before named no day."""
    if _THAT.search(piece) is None:
        return None
    day = next((t.first for t in before.times if t.kind in ("day", "moment") and t.first is not None), None)
    if day is None and periods:
        named = [periods[i] for m in before.mentions if m.kind == "period" for i in m.ids if i in periods]
        day = named[0].first if len(named) == 1 else None
    if day is None:
        return None
    named = f"{day:%B} {day.day}".lower()
    return _THAT.sub(lambda m: f"the week of {named}" if m.group(1) == "week" else f"on {named}", piece)
