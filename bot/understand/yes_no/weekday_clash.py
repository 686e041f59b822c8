"""A weekday typed with a date it does not fall on ("is ps4 due thursday may 5" when May 5 is a Wednesday, "isnt the
portfolio due friday dec 3" when Dec 3 is a Thursday): the premise is wrong by its day, so the student never sees a
plain Yes. The answer opens with No and the day the date really is ("Wed May 5 is a Wednesday, not a Thursday");
what the page gives for that date stays on the line after."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from bot.core.timefmt import human_date
from bot.course.model import WEEKDAYS
from bot.understand.times.calendar_words import DAY_NAMES, alternation
from bot.understand.times.time_phrases import TimePhrase

_WEEKDAY = re.compile(rf"\b({alternation(DAY_NAMES)})\b")


def weekday_clash(text: str, times: Iterable[TimePhrase]) -> tuple[dt.date, int] | None:
    """(The date, the weekday typed with it) for the first dated day in `text` whose own words name another weekday
    than the date's ("thursday may 5" of a year whose May 5 is a Wednesday); None when none does. `times`: the time
    phrases read in `text` (a weekday alone, or one that chose its date's month, "thursday the 5th", never clashes)."""
    for phrase in times:
        if phrase.kind not in ("day", "moment") or phrase.bare or phrase.first is None:
            continue
        named = {DAY_NAMES[m.group(1)] for m in _WEEKDAY.finditer(text[phrase.start : phrase.end].lower())}
        if len(named) == 1 and (typed := named.pop()) != phrase.first.weekday():
            return phrase.first, typed
    return None


def clash_said(day: dt.date, typed: int) -> str:
    """What the student is told of the clash: "Wed May 5 is a Wednesday, not a Thursday." """
    return f"{human_date(day)} is a {WEEKDAYS[day.weekday()].title()}, not a {WEEKDAYS[typed].title()}."
