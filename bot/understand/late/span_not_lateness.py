"""Whether a span a late question states ("a day", "48 hours") is something other than how late the work is: the
unit of a penalty rate ("5 marks a day off", "10% per day") or what one unit of the pool is worth ("is a late token
48 hours"). Such a figure is checked against the rate or the pool, never run as a what-if of that much lateness."""

from __future__ import annotations

import re

from bot.course.late_policy import Pool
from bot.understand.times.time_phrases import NUMBER_WORDS
from bot.understand.words.normalize import phrase_key

# "5 marks a day", "10% off per day", "2 points each hour": a penalty's amount over its unit.
_RATE = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:%|percent|pct|marks?|points?|pts?)(?:\s+\w+){0,2}?\s+(?:a|an|per|each|every)\s+"
    r"(?:hour|hr|day|week)s?\b"
)
_NUMBER = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_SPAN = rf"(?:\d+|{_NUMBER})\s+(?:hours?|hrs?|days?)"


def span_not_lateness(question: str, pool: Pool | None) -> bool:
    """Whether the span the question states is a penalty's unit or a pool unit's worth, not an amount of lateness."""
    return bool(_RATE.search(question.lower())) or (pool is not None and unit_worth_stated(question, pool) is not None)


def unit_worth_stated(question: str, pool: Pool) -> float | None:
    """The hours a question says one unit of the pool is worth ("is a late token 48 hours": 48.0), else None."""
    said = " ".join(phrase_key(question))
    names = {" ".join(phrase_key(n)) for n in (pool.name, pool.plural)} | {pool.name.split()[-1].lower()}
    names |= {pool.plural.split()[-1].lower()}
    unit = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n)
    verb = r"(?:is|are|=|worth|equals|equal|lasts|last|gives|give|means|mean|covers|cover)"
    found = re.search(
        rf"\b(?:{unit})\s+{verb}\s+(?:worth\s+|equal to\s+|only\s+|just\s+)?({_SPAN})\b", said
    ) or re.search(rf"\b(?:is|are)\s+(?:a|an|one|each|the)?\s*(?:{unit})\s+(?:worth\s+)?({_SPAN})\b", said)
    if found is None:
        return None
    count, span = found.group(1).rsplit(" ", 1)
    number = float(count) if count.isdigit() else float(NUMBER_WORDS[count])
    return number * (24 if span.startswith("d") else 1)


def unit_hours(pool: Pool) -> float:
    """The hours of lateness one unit of the pool covers."""
    return 24.0 if pool.unit == "day" else 1.0
