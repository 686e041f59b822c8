"""Lengths of time as people type them ("90m", "2h", "1d", "1w", "2 hours 30 minutes"): one reader for the
console's `:advance` and for reminder offsets ("48h, 24h, 2h": a list needs commas)."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from bot.core.errors import UserError

DURATION_EXAMPLES = "'30m', '2h', '1d' or '1w'"
_UNITS = {
    "m": dt.timedelta(minutes=1),
    "h": dt.timedelta(hours=1),
    "d": dt.timedelta(days=1),
    "w": dt.timedelta(weeks=1),
}
_TERM = re.compile(r"(\d{1,6})\s*(minutes?|mins?|m|hours?|hrs?|hr|h|days?|d|weeks?|wks?|wk|w)(?![a-z])")
_JOINER = re.compile(r"(?:\s+|\s*\band\b\s*|\s*\+\s*)*")
_ORDER = "wdhm"


def _unreadable(value: str) -> UserError:
    shown = value.strip()[:40]
    return UserError(
        f"I couldn't read {shown!r} as a length of time. Use minutes, hours, days or weeks: {DURATION_EXAMPLES}."
    )


def parse_duration(value: str) -> dt.timedelta:
    """'90m', '2 h', '1day', '1w', or one length in several units ('2 hours 30 minutes', '1h30m', '1 day and 2
    hours') -> a timedelta. UserError (with examples) for anything else, and for units that repeat or run from
    small to large ('24h 2h', '30m 2h'): one length or a list written without commas, so it is not guessed."""
    cleaned = " ".join(value.lower().split())
    terms: list[tuple[int, str]] = []
    at = _JOINER.match(cleaned).end()
    while at < len(cleaned):
        match = _TERM.match(cleaned, at)
        if not match:
            raise _unreadable(value)
        terms.append((int(match.group(1)), match.group(2)[0]))
        at = _JOINER.match(cleaned, match.end()).end()
    if not terms:
        raise _unreadable(value)
    ranks = [_ORDER.index(unit) for _, unit in terms]
    if any(later <= earlier for earlier, later in itertools.pairwise(ranks)):
        shown = value.strip()[:40]
        raise UserError(
            f"{shown!r} could be one length of time or several. Write one length with each unit once, largest "
            "first ('1d 2h', '2h 30m'), and separate several with commas ('48h, 24h, 2h')."
        )
    return sum((count * _UNITS[unit] for count, unit in terms), dt.timedelta(0))


def parse_durations(value: str) -> list[dt.timedelta]:
    """'48h, 24h, 2h 30m' -> each length in the order written (commas or semicolons separate them; '2 hours 30
    minutes' is one). UserError if there is none or one is unreadable or ambiguous."""
    parts = [p for p in re.split(r"[,;]+", value.strip()) if p.strip()]
    if not parts:
        raise UserError(f"Give at least one length of time, like {DURATION_EXAMPLES}.")
    return [parse_duration(part) for part in parts]


def duration_text(delta: dt.timedelta) -> str:
    """The shortest exact way to write it back: '2d', '36h', '90m'."""
    minutes = int(delta.total_seconds() // 60)
    if minutes and minutes % 1440 == 0:
        return f"{minutes // 1440}d"
    if minutes and minutes % 60 == 0:
        return f"{minutes // 60}h"
    return f"{minutes}m"
