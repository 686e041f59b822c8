"""How late a submission was, in words that never round the reason away: "1 second", "1 minute", "24 h 0 min 1 s",
"2.5 h"."""

from __future__ import annotations

HOUR = 3600
TENTH_OF_AN_HOUR = 360


def lateness_words(hours: float) -> str:
    """Seconds under a minute; minutes under an hour ("1 minute", "5 min 30 s"); tenths of an hour for whole minutes
    (a time typed to the minute); h, min and s when seconds are left over, which tenths would round away (24:00:01
    is a second day, not "24.0 h")."""
    seconds = round(hours * HOUR)
    if seconds <= 0:
        return "under a second" if hours > 0 else "0 seconds"
    if seconds < 60:
        return "1 second" if seconds == 1 else f"{seconds} seconds"
    whole_hours, rest = divmod(seconds, HOUR)
    minutes, secs = divmod(rest, 60)
    if not whole_hours and not secs:
        return "1 minute" if minutes == 1 else f"{minutes} minutes"
    if whole_hours and (secs == 0 or seconds % TENTH_OF_AN_HOUR == 0):
        return f"{seconds / HOUR:.1f} h"
    words = [f"{whole_hours} h"] if whole_hours else []
    words.append(f"{minutes} min")
    if secs:
        words.append(f"{secs} s")
    return " ".join(words)
