"""A weekday naming a meeting beside a date it falls on names that date, not a day of its own: "the thursday lecture
on 16 april", "is my monday lab on the 13th moved" ask about one day."""

from __future__ import annotations

import re

from bot.understand.times.time_phrases import TimePhrase

# "the thursday lecture", "my monday lab": a weekday said as part of a meeting's name (not "the monday after").
_BEFORE = re.compile(r"\b(?:the|my|our|your)\s+$")
_AFTER = re.compile(r"^\s+(?!after\b|before\b|of\b|which\b|that\b|and\b|or\b|to\b)[a-z]{3,}\b")


def weekday_of_date(times: list[TimePhrase], text: str) -> list[TimePhrase]:
    """The time phrases without each weekday naming a meeting whose day of the week a date named besides has."""
    dated = {t.first.weekday() for t in times if t.kind in ("day", "moment") and not t.bare and t.first is not None}
    if not dated:
        return times
    return [t for t in times if not (_names_meeting(t, text) and t.first is not None and t.first.weekday() in dated)]


def _names_meeting(t: TimePhrase, text: str) -> bool:
    return (
        t.bare
        and t.kind == "day"
        and _BEFORE.search(text[max(0, t.start - 8) : t.start]) is not None
        and _AFTER.match(text[t.end :]) is not None
    )
