"""Two close readings whose cards state the same facts: the best one answered, not "which do you mean?".

"when and where is the open day" reads nearly as well as the open day's row on the schedule and as where open days
are held. When the second card states nothing the first does not (the same day, the same times, the same room), the
student is asked to pick between two ways of saying one answer; the first is given instead.

A card's facts are what it states, not how it words them: each instant it shows, each word holding a digit ("G-02",
"5:00", "13") and each capitalised name ("Kelvin Hall"). The best card may state more; the rival's must all be in it,
it must share an instant or a figure with it, and both must say the same Yes or No (or neither one). The best card
must be about one item: the instants it shows all fall on one day, so a list of sessions ("which one is my team's?")
is never taken for the one asked.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence

from bot.core.answer import Answer, Stamp
from bot.understand.answering.part_steps import Answering
from bot.understand.answering.replies import opening_verdict
from bot.understand.choosing.overrides import MARGIN
from bot.understand.question.result import Part

_FIGURE = re.compile(r"[\w/:.-]*\d[\w/:.-]*")
# a capitalised word not opening a sentence or a piece: a name ("Kelvin Hall"), not "The" or "Teams"
_NAME = re.compile(r"(?<![.:!?·(]\s)(?<!^)\b[A-Z][\w'-]*")


def _texts(answer: Answer) -> Iterator[str | Stamp]:
    for line in (*answer.lines, *(line for field in answer.fields for line in field.lines)):
        yield from (s for s in line if isinstance(s, (str, Stamp)))


def stated_facts(answer: Answer) -> tuple[frozenset, frozenset]:
    """The instants and figures a card states ("G-02", "17:00", a stamp's instant), and the names it gives."""
    figures: set = set()
    names: set[str] = set()
    for piece in _texts(answer):
        if isinstance(piece, Stamp):
            figures.add(piece.at)
            continue
        plain = piece.replace("*", "").strip()
        figures.update(f.strip(".:-/").lower() for f in _FIGURE.findall(plain))
        names.update(n.lower() for n in _NAME.findall(plain))
    return frozenset(figures), frozenset(names)


def states_nothing_else(best: Answer, rival: Answer) -> bool:
    """Whether the rival card states only facts the best card states, sharing at least one instant or figure, and the
    best card is about one item: every instant it shows falls on one day."""
    if best.kind != "info" or rival.kind != "info" or opening_verdict(best) != opening_verdict(rival):
        return False
    best_figures, best_names = stated_facts(best)
    rival_figures, rival_names = stated_facts(rival)
    # one item's card: every instant it shows on one day (never a list of six sessions, one of them "mine")
    days = {f.date() for f in best_figures if isinstance(f, dt.datetime)}
    return len(days) == 1 and bool(rival_figures) and rival_figures <= best_figures and rival_names <= best_names


def settled_by_same_facts(readings: Sequence[Part], answer_of: Callable[[Part], Answering]) -> Answering | None:
    """The first reading's (the best scored) answer, when every other reading scored within MARGIN of it (the ones
    that made it unsure) has a card stating nothing it does not; None otherwise (the readings are offered to pick
    from). Readings further behind are offered as extras, never the reason to ask."""
    if len(readings) < 2:
        return None
    best, *others = readings
    close = [other for other in others if best.score - other.score < MARGIN]
    if not close:
        return None
    got = answer_of(best)
    if all(states_nothing_else(got.answer, answer_of(other).answer) for other in close):
        return got
    return None
