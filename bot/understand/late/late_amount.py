"""Lateness said with a fraction ("a day and a half late", "1.5 days", "half an hour", "2 and a half hours"), which
the date reader takes for a span or a number beside an assignment's."""

from __future__ import annotations

import datetime as dt
import re

from bot.understand.times.time_phrases import NUMBER_WORDS

_UNIT_HOURS = {"hour": 1, "hr": 1, "day": 24, "week": 168}
_UNIT = r"(hours?|hrs?|days?|weeks?)"
_COUNT = r"(\d+|a|an|one|" + "|".join(NUMBER_WORDS) + r")"
# "a day and a half", "2 and a half days", "half a day", "1.5 days"
_AND_A_HALF_AFTER = re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+and\s+a\s+half\b")
_AND_A_HALF_BEFORE = re.compile(rf"\b{_COUNT}\s+and\s+a\s+half\s+{_UNIT}\b")
_HALF_A = re.compile(rf"\bhalf\s+(?:a|an)\s+{_UNIT}\b")
_DECIMAL = re.compile(rf"(?<![\w.])(\d+\.\d+)\s*{_UNIT}\b")


def fractional_lateness(question: str) -> dt.timedelta | None:
    """The lateness a question says with a half or a decimal, as a span; None when it says none that way."""
    lowered = question.lower()
    if found := _AND_A_HALF_AFTER.search(lowered) or _AND_A_HALF_BEFORE.search(lowered):
        count, unit = found.groups()
        return _span(_count(count) + 0.5, unit)
    if found := _HALF_A.search(lowered):
        return _span(0.5, found.group(1))
    if found := _DECIMAL.search(lowered):
        return _span(float(found.group(1)), found.group(2))
    return None


def _count(word: str) -> float:
    if word.isdigit():
        return float(word)
    return 1.0 if word in ("a", "an", "one") else float(NUMBER_WORDS[word])


def _span(count: float, unit: str) -> dt.timedelta:
    key = "hr" if unit.startswith("hr") else unit.rstrip("s")
    return dt.timedelta(hours=count * _UNIT_HOURS[key])
