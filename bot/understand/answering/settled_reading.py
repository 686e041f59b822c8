"""A yes/no question stating a figure, read more than one way, answered by the reading whose card checks it.

"is it only 5% off if journal 4 is 1 day late" reads best as that journal's late what-if, nearly as well as days
without class or the journal's due date. Only the what-if's card checks the 5% against a figure of its own
("**No**: 10% penalty."); the others cannot say Yes or No at all. Then the student gets that answer rather than
"Pick one of these".

Only the best reading is taken this way; only when its Yes or No states a figure in the unit the question's does
(a percentage against a percentage, hours against hours), so the card checked the very claim made; and only when no
other reading's card gives a Yes or No: a lower reading that alone answers ("is nov 9 the last lecture": there is
class on Nov 9) may answer another question than the one asked, and two cards that both decide may disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from bot.understand.answering.part_steps import Answering
from bot.understand.answering.replies import opening_verdict
from bot.understand.times.time_phrases import TimePhrase
from bot.understand.yes_no.stated_day import believed_day
from bot.understand.yes_no.stated_room import room_stated

Reading = TypeVar("Reading")

# "5%", "10 percent", "60 hours", "3 days", "20 marks", "1500 words": a figure and its unit (its unit's first letters,
# so "hrs" and "hours" are one unit)
_FIGURE = re.compile(
    r"\b\d+(?:\.\d+)?\s*(%|percent\b|pc\b|h(?:ou)?rs?\b|days?\b|weeks?\b|points?\b|pts\b|marks?\b|words?\b"
    r"|pages?\b|min(?:ute)?s?\b)",
    re.IGNORECASE,
)
_UNITS = {"%": "%", "percent": "%", "pc": "%", "pts": "point", "hr": "hour", "hrs": "hour", "min": "minute"}


def figure_units(words: str) -> frozenset[str]:
    """The units of the figures a text states ("only 5% off", "60 hours"): "%", "hour", "day", "point", ..."""
    found = set()
    for match in _FIGURE.finditer(words):
        unit = match.group(1).lower()
        found.add(_UNITS.get(unit, _UNITS.get(unit.rstrip("s"), unit.rstrip("s"))))
    return frozenset(found)


def settled_by_best(
    question: str,
    readings: Sequence[Reading],
    answer_of: Callable[[Reading], Answering],
    times: Sequence[TimePhrase] = (),
    places: Sequence[str] = (),
) -> Answering | None:
    """The first reading's (the best scored) answer, when it opens with a Yes or No stating a figure in a unit the
    question's figures have (or the day or room the question states one of, `times` and `places` as read and named
    by the course), and no other reading's answer opens with a Yes or No (of a day or room believed: one stating a
    day or a place too; "**Yes**: the last one is the poster" checks no date); None otherwise (the readings are
    offered to pick from)."""
    stated = figure_units(question)
    believed = believed_kind(question, times, places)
    if len(readings) < 2 or not (stated or believed):
        return None
    best, *others = readings
    got = answer_of(best)
    first = " ".join(str(p) for p in (got.answer.lines[0] if got.answer.lines else ()))
    if opening_verdict(got.answer) is None:
        return None
    by_figure = bool(stated & figure_units(first))
    if not by_figure and not (believed and _states_kind(believed, first, places)):
        return None
    for other in others:
        answer = answer_of(other).answer
        if opening_verdict(answer) is None:
            continue
        said = " ".join(str(p) for p in answer.lines[0])
        if by_figure or _states_kind(believed, said, places):
            return None  # another card decides the same claim: they may disagree
    return got


def believed_kind(question: str, times: Sequence[TimePhrase], places: Sequence[str]) -> str:
    """ "day" when the question states the one day or time a thing falls on ("next lab is friday right"), "room"
    when it states the one numbered room it is in ("is my lab in b-12"), "" otherwise."""
    if believed_day(question, times) is not None:
        return "day"
    return "room" if room_stated(question, places) is not None else ""


# A date as answers show it: "Tue May 25"
_SHOWN_DATE = re.compile(
    r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}\b"
)


def _states_kind(kind: str, line: str, places: Sequence[str]) -> bool:
    """Whether a verdict's line states a thing of the kind the question believes: a date, or one of the places."""
    if kind == "day":
        return _SHOWN_DATE.search(line) is not None
    return any(place in line for place in places)
