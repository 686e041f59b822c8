"""'what is the lecture on tue mar 31 and is there lecture thursday that week', '... and is there lab that day': a
later part's "that week" or "that day" is the day the part before it named, put in words the date reader reads."""

from __future__ import annotations

import re

from bot.understand.question.reading import Reading

_THAT = re.compile(r"\b(?:that|the\s+same|same)\s+(week|day)\b")


def that_week(piece: str, before: Reading) -> str | None:
    """The part with "that week" / "that day" replaced by the week or the day the part before named ("the week of
    march 31", "on march 31"); None when it says neither, or the part before named no day."""
    if _THAT.search(piece) is None:
        return None
    day = next((t.first for t in before.times if t.kind in ("day", "moment") and t.first is not None), None)
    if day is None:
        return None
    named = f"{day:%B} {day.day}".lower()
    return _THAT.sub(lambda m: f"the week of {named}" if m.group(1) == "week" else f"on {named}", piece)
