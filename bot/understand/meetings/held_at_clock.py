"""Whether what meets on a day meets at the time of day the student states ("is the review session on oct 22 at
5am" of one at 5:00 PM): the student sees No with the times it does meet, never a Yes because something is held
that day at another time."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from bot.understand.work.stated_times import stated_clock

# a time as the day's lines show it ("5:00 PM")
_SHOWN = re.compile(r"\b(\d{1,2}):(\d\d)\s*([AP]M)\b")


def _shown_times(line: str) -> list[dt.time]:
    return [dt.time(int(h) % 12 + (12 if m == "PM" else 0), int(mi)) for h, mi, m in _SHOWN.findall(line)]


def held_at_another_time(question: str, held: Sequence[str]) -> bool:
    """Whether the question states a time of day and every line of what is held shows its time, none of them that
    one; False when no time is stated (or midnight, whose night is the student's to say) or a line shows none."""
    clock = stated_clock(question)
    if clock is None or clock.midnight or not held:
        return False
    shown = [_shown_times(line) for line in held]
    if not all(shown):
        return False
    return not any(clock.matches(t) for times in shown for t in times)
