"""The words students type for weekdays and months, in full and short ("thurs", "weds", "sept"), read once for every
reader that asks whether a question is tied to a day ("is lecture on thursday at 11", "is there a quiz in nov"). The
month "may" is left out: in a question it is the modal far more often ("may i ...")."""

from __future__ import annotations

import calendar
from collections.abc import Iterable

from bot.course.model import WEEKDAYS

# Each weekday's name, its first three letters and the other short forms students type, to its number (Monday 0).
DAY_NAMES: dict[str, int] = {
    **{d: i for i, d in enumerate(WEEKDAYS)},
    **{d[:3]: i for i, d in enumerate(WEEKDAYS)},
    "tues": 1,
    "weds": 2,
    "thur": 3,
    "thurs": 3,
}

_MONTHS = [m.lower() for m in calendar.month_name[1:]]
# Each month's name, its first three letters and "sept", to its number (January 1); never "may".
MONTH_NAMES: dict[str, int] = {
    **{m: i for i, m in enumerate(_MONTHS, start=1) if m != "may"},
    **{m[:3]: i for i, m in enumerate(_MONTHS, start=1) if m != "may"},
    "sept": 9,
}


def alternation(names: Iterable[str]) -> str:
    """The names (a table's keys, or words) as one regex alternation, longest first ("thursday" before "thurs"
    before "thu")."""
    return "|".join(sorted(names, key=len, reverse=True))
