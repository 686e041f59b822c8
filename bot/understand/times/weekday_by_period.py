"""A weekday typed beside a named stretch of days ("wednesday of spring break", "the monday after thanksgiving
break", "the friday before reading week", "the thursday before the midterm"): that weekday in, just after or just
before the stretch, not the coming one from today. A student asking about "wednesday of spring break" sees spring
break's Wednesday (and that nothing meets then), never next week's lab."""

from __future__ import annotations

import datetime as dt
import re

# "monday after", "the friday right before", "tuesday following": the weekday and the stretch are one phrase
_AFTER = re.compile(r"\s*(?:right\s+|just\s+|immediately\s+|directly\s+)?(?:after|following)\b")
_BEFORE = re.compile(r"\s*(?:right\s+|just\s+|immediately\s+|directly\s+)?(?:before|preceding|prior\s+to)\b")


def weekday_beside(weekday: int, after_text: str, relation: str, first: dt.date, last: dt.date) -> dt.date | None:
    """The date of `weekday` read against the stretch first..last named with `relation` ("" or "during": inside it;
    "after"/"before": the first one after it or the last one before it, when the words after the weekday are that
    relation, `after_text`), or None when the stretch holds no such weekday or the weekday is not beside it."""
    if _AFTER.match(after_text):
        relation = "after"  # "the friday following spring break": after it, whatever word the reader related it by
    elif _BEFORE.match(after_text):
        relation = "before"
    if relation in ("day_after", "day_before"):
        # "thursday, the day after the midterm": that one day, if it is the weekday typed
        day = last + dt.timedelta(days=1) if relation == "day_after" else first - dt.timedelta(days=1)
        return day if day.weekday() == weekday else None
    if relation in ("", "during"):
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
        return day if day <= last else None
    if relation == "after" and _AFTER.match(after_text):
        return last + dt.timedelta(days=(weekday - last.weekday()) % 7 or 7)
    if relation == "before" and _BEFORE.match(after_text):
        return first - dt.timedelta(days=(first.weekday() - weekday) % 7 or 7)
    return None
