"""Office hours read with the student's own constraints: the weekdays they can make ("thursday and friday are the
only days i can make it", "on monday or wednesday") or cannot ("other than tue/thu", "i have class all day monday
through wednesday"), and the one next session of a person ("when's tomás's next office hour")."""

from __future__ import annotations

import re

from bot.course.model import WEEKDAYS

_DAY_NAMES = {
    **{d: i for i, d in enumerate(WEEKDAYS)},
    **{d[:3]: i for i, d in enumerate(WEEKDAYS)},
    "tues": 1,
    "thur": 3,
    "thurs": 3,
}
_DAY = r"(?:" + "|".join(sorted(_DAY_NAMES, key=len, reverse=True)) + r")s?"
_DAYS = rf"{_DAY}(?:\s*(?:,|/|&|and|or|through|thru|to|-)\s*{_DAY})*"
# "thursday and friday are the only days", "only on thursdays", "i can only make it on monday or wednesday"
_ONLY = re.compile(
    rf"\b(?P<days>{_DAYS})\s+(?:are|is)\s+the\s+only\s+days?\b|\bonly\s+(?:\w+\s+){{0,4}}?(?:on\s+)?(?P<on>{_DAYS})\b"
)
# "days other than tue/thu", "not on monday", "i have class all day monday through wednesday", "can't do tuesdays"
_NOT = re.compile(
    rf"\b(?:other\s+than|besides|except(?:\s+on)?|not\s+on|can'?t\s+(?:do|make)|cannot\s+(?:do|make)"
    rf"|class(?:es)?\s+(?:basically\s+)?all\s+day(?:\s+on)?|busy(?:\s+on)?)\s+(?P<days>{_DAYS})\b"
)
# "which TAs have office hours on monday or wednesday": days named after "on" in a question about whom to see
_ON = re.compile(rf"\b(?:on|have\s+oh\s+on)\s+(?P<days>{_DAYS})\b")
_RANGE = re.compile(rf"(?P<a>{_DAY})\s*(?:through|thru|to|-)\s*(?P<b>{_DAY})")


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
    return _DAY_NAMES.get(word, _DAY_NAMES.get(word.removesuffix("s")))


def days_asked(question: str) -> set[int] | None:
    """The weekdays (0 = Monday) a student can make, from the days they name as the only ones or rule out; None
    when the question sets no such constraint."""
    q = question.lower()
    only = _ONLY.search(q)
    if only:
        return _weekdays(only["days"] or only["on"])
    on = [m["days"] for m in _ON.finditer(q)]
    if len(on) == 1 and len(_weekdays(on[0])) > 1:
        return _weekdays(on[0])  # "on monday or wednesday": either of them
    ruled_out = set().union(*(_weekdays(m["days"]) for m in _NOT.finditer(q)))
    return set(range(7)) - ruled_out if ruled_out else None
