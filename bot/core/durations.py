"""Lengths of time as people type them ("90m", "2h", "1d", "1w"): one reader for the console's `:advance` and
for reminder offsets ("48h, 24h, 2h")."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.errors import UserError

DURATION_EXAMPLES = "'30m', '2h', '1d' or '1w'"
_UNITS = {
    "m": dt.timedelta(minutes=1),
    "h": dt.timedelta(hours=1),
    "d": dt.timedelta(days=1),
    "w": dt.timedelta(weeks=1),
}
_DURATION = re.compile(r"^(\d{1,6})\s*(m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|wk|wks|weeks?)$")


def parse_duration(value: str) -> dt.timedelta:
    """'90m', '2 h', '1day', '1w' -> a timedelta. UserError (with examples) for anything else."""
    cleaned = " ".join(value.lower().split())
    match = _DURATION.match(cleaned)
    if not match:
        shown = value.strip()[:40]
        raise UserError(
            f"I couldn't read {shown!r} as a length of time. Use minutes, hours, days or weeks: {DURATION_EXAMPLES}."
        )
    return int(match.group(1)) * _UNITS[match.group(2)[0]]


def parse_durations(value: str) -> list[dt.timedelta]:
    """'48h, 24h 2h' -> each length in the order written. UserError if there is none or one is unreadable."""
    parts = [p for p in re.split(r"[,;\s]+(?=\d)", value.strip()) if p.strip(" ,;")]
    if not parts:
        raise UserError(f"Give at least one length of time, like {DURATION_EXAMPLES}.")
    return [parse_duration(part.strip(" ,;")) for part in parts]


def duration_text(delta: dt.timedelta) -> str:
    """The shortest exact way to write it back: '2d', '36h', '90m'."""
    minutes = int(delta.total_seconds() // 60)
    if minutes and minutes % 1440 == 0:
        return f"{minutes // 1440}d"
    if minutes and minutes % 60 == 0:
        return f"{minutes // 60}h"
    return f"{minutes}m"
