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
    question: str, readings: Sequence[Reading], answer_of: Callable[[Reading], Answering]
) -> Answering | None:
    """The first reading's (the best scored) answer, when it opens with a Yes or No stating a figure in a unit the
    question's figures have, and no other reading's answer opens with a Yes or No; None otherwise (the readings are
    offered to pick from)."""
    stated = figure_units(question)
    if len(readings) < 2 or not stated:
        return None
    best, *others = readings
    got = answer_of(best)
    first = got.answer.lines[0] if got.answer.lines else ()
    if opening_verdict(got.answer) is None or not stated & figure_units(" ".join(str(p) for p in first)):
        return None
    if any(opening_verdict(answer_of(other).answer) is not None for other in others):
        return None
    return got
