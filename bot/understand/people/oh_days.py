"""When a student can come to office hours, from what they say: the weekdays they can make ("thursday and friday are
the only days i can make it", "on monday or wednesday", "only thursday or evenings") or cannot ("other than tue/thu
mornings", "i have class all day monday through wednesday", "tuesday afternoons are out")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.course.model import WEEKDAYS
from bot.understand.times.calendar_words import DAY_NAMES, alternation

_DAY = rf"(?:{alternation(DAY_NAMES)})s?"
_DAYS = rf"{_DAY}(?:\s*(?:,|/|&|and|or|through|thru|to|-)\s*{_DAY})*"
_PART = r"(?:mornings?|afternoons?|evenings?|nights?)"
# "thursday and friday are the only days", "only on thursdays", "i can only do thursday or evenings"
_ONLY = re.compile(
    rf"\b(?P<days>{_DAYS})\s+(?:are|is)\s+the\s+only\s+days?\b"
    rf"|\bonly\s+(?:\w+\s+){{0,4}}?(?:on\s+)?(?P<on>{_DAYS})(?:\s+(?:or|and)\s+(?:in\s+the\s+)?(?P<also>{_PART}))?\b"
)
# "days other than tue/thu mornings", "not on monday", "i have class all day monday through wednesday"
_NOT = re.compile(
    rf"\b(?:other\s+than|besides|except(?:\s+on)?|not\s+on|can'?t\s+(?:do|make)|cannot\s+(?:do|make)"
    rf"|class(?:es)?\s+(?:basically\s+)?all\s+day(?:\s+on)?|busy(?:\s+on)?)\s+(?P<days>{_DAYS})(?:\s+(?P<part>{_PART}))?\b"
)
# "my lab runs tuesday and wednesday afternoons so those are out", "mondays don't work for me"
_OUT = re.compile(
    rf"\b(?P<days>{_DAYS})(?:\s+(?P<part>{_PART}))?(?:,?\s+(?:so\s+)?(?:those|that|they|these)\s+(?:are|is|r)\s+out"
    rf"|\s+(?:are|is|r)\s+out|\s+(?:don'?t|doesn'?t|do\s+not|does\s+not|won'?t)\s+work)\b"
)
# "which TAs have office hours on monday or wednesday": days named after "on" in a question about whom to see
_ON = re.compile(rf"\b(?:on|have\s+oh\s+on)\s+(?P<days>{_DAYS})\b")
_RANGE = re.compile(rf"(?P<a>{_DAY})\s*(?:through|thru|to|-)\s*(?P<b>{_DAY})")
# Parts of the day by the hours they hold (start inclusive, end exclusive).
_PARTS = {"morning": (0, 12), "afternoon": (12, 17), "evening": (17, 24), "night": (17, 24)}


@dataclass(frozen=True)
class CanMake:
    """When a student can come: some weekdays (0 = Monday) at any time, and parts of any day; or all but some
    weekdays (in a part of the day, or the whole day)."""

    days: frozenset[int] = frozenset()
    parts: tuple[str, ...] = ()
    not_days: frozenset[int] = frozenset()
    not_part: str = ""

    def allows(self, start: dt.datetime) -> bool:
        """Whether a session starting then (course time) is one the student can make."""
        hour = start.hour
        if self.not_days:
            low, high = _PARTS.get(self.not_part, (0, 24))
            return not (start.weekday() in self.not_days and low <= hour < high)
        return start.weekday() in self.days or any(_PARTS[p][0] <= hour < _PARTS[p][1] for p in self.parts)

    @property
    def label(self) -> str:
        """ "on Thursdays and Fridays", "on Thursdays or in the evening", "not on Tuesday or Thursday mornings"."""
        names = " and ".join(f"{WEEKDAYS[d].capitalize()}s" for d in sorted(self.days))
        if self.not_days:
            days = " or ".join(WEEKDAYS[d].capitalize() for d in sorted(self.not_days))
            return f"not on {days} {self.not_part}s" if self.not_part else f"not on {days}"
        parts = " or ".join(f"in the {p}" for p in self.parts)
        return " or ".join(x for x in (f"on {names}" if names else "", parts) if x)


def _weekdays(found: str) -> set[int]:
    days: set[int] = set()
    for m in _RANGE.finditer(found):
        a, b = _day(m["a"]), _day(m["b"])
        if a is not None and b is not None and a <= b:
            days |= set(range(a, b + 1))
    for word in re.findall(r"[a-z]+", found):
        day = _day(word)
        if day is not None:
            days.add(day)
    return days


def _day(word: str) -> int | None:
    return DAY_NAMES.get(word, DAY_NAMES.get(word.removesuffix("s")))


def _part(word: str | None) -> str:
    return "" if not word else {"nights": "night"}.get(word, word.removesuffix("s"))


def can_make(question: str) -> CanMake | None:
    """When a student says they can come: the days they name as the only ones ("or evenings" too), the days they
    name after "on" as either, or the days they rule out; None when the question sets no such constraint."""
    q = question.lower()
    only = _ONLY.search(q)
    if only:
        also = _part(only["also"])
        return CanMake(frozenset(_weekdays(only["days"] or only["on"])), (also,) if also else ())
    on = [m["days"] for m in _ON.finditer(q)]
    if len(on) == 1 and len(_weekdays(on[0])) > 1:
        return CanMake(frozenset(_weekdays(on[0])))  # "on monday or wednesday": either of them
    ruled = [*_NOT.finditer(q), *_OUT.finditer(q)]
    if not ruled:
        return None
    parts = {_part(m["part"]) for m in ruled}
    days = frozenset(set().union(*(_weekdays(m["days"]) for m in ruled)))
    return CanMake(not_days=days, not_part=parts.pop() if len(parts) == 1 else "")
