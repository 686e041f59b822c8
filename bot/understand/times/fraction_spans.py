"""Spans said with a half or a decimal ("a day and a half", "2 and a half hours", "half an hour", "1.5 days"), which
a whole count ("3 days") does not read: the reader of lateness takes them whole, so "a day and a half late" is 36
hours late, not "a day" and a stray half."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.word_forms import COUNT_WORDS

_UNIT_HOURS = {"hour": 1, "hr": 1, "day": 24, "week": 168}
_UNIT = r"(hours?|hrs?|days?|weeks?)"
_COUNT = r"(\d+|" + "|".join(COUNT_WORDS) + r")"
# "a day and a half", "2 and a half days", "half a day", "1.5 days"
_AND_A_HALF_AFTER = rf"\b{_COUNT}\s+{_UNIT}\s+and\s+a\s+half\b"
_AND_A_HALF_BEFORE = rf"\b{_COUNT}\s+and\s+a\s+half\s+{_UNIT}\b"
_HALF_A = rf"\bhalf\s+(?:a|an)\s+{_UNIT}\b"
_DECIMAL = rf"(?<![\w.])(\d+\.\d+)\s*{_UNIT}\b"
_FORMS = (_AND_A_HALF_AFTER, _AND_A_HALF_BEFORE, _HALF_A, _DECIMAL)
_COMPILED = tuple(map(re.compile, _FORMS))
# Any one of the forms, without groups, for a pattern that reads what follows it too ("... late")
FRACTION_SPAN = "(?:" + "|".join(re.sub(r"\((?!\?)", "(?:", form) for form in _FORMS) + ")"


def fraction_span(text: str) -> dt.timedelta | None:
    """The first span `text` says with a half or a decimal, or None when it says none that way."""
    lowered = text.lower()
    after, before, half_a, decimal = (form.search(lowered) for form in _COMPILED)
    if found := after or before:
        count, unit = found.groups()
        return _span(_count(count) + 0.5, unit)
    if half_a:
        return _span(0.5, half_a.group(1))
    if decimal:
        return _span(float(decimal.group(1)), decimal.group(2))
    return None


def _count(word: str) -> float:
    return float(word) if word.isdigit() else float(COUNT_WORDS[word])


def _span(count: float, unit: str) -> dt.timedelta:
    key = "hr" if unit.startswith("hr") else unit.rstrip("s")
    return dt.timedelta(hours=count * _UNIT_HOURS[key])
