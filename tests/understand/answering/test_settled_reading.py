"""The best reading of a yes/no question stating a figure answers it when only its card checks that figure."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, text
from bot.understand.answering.part_steps import Answering
from bot.understand.answering.settled_reading import figure_units, settled_by_best


def _said(first: str) -> Answering:
    return Answering(Answer(title="t", lines=(text(first),)))


@pytest.mark.parametrize(
    ("words", "units"),
    [
        ("is it only 5% off if rj4 is 1 day late", {"%", "day"}),
        ("10 percent", {"%"}),
        ("is it 60 hrs of placement", {"hour"}),
        ("60 hours", {"hour"}),
        ("2.5 pts and 3 mins", {"point", "minute"}),
        ("is lab 5 due friday", set()),
        ("**No**: 10% penalty.", {"%"}),
    ],
)
def test_figure_units(words: str, units: set[str]) -> None:
    """A figure's unit is read whatever its spelling; a bare number (an item's) is no figure."""
    assert figure_units(words) == units


def test_best_reading_checking_the_figure_answers() -> None:
    """Only the best reading's card says Yes or No, with a percentage as the question states one: it answers."""
    said = {"whatif": "**No**: 10% penalty.", "days_off": "Which days have no class?", "due": "Due Fri Nov 6."}
    got = settled_by_best("is it only 5% off if rj4 is 1 day late", list(said), lambda r: _said(said[r]))
    assert got is not None
    assert got.answer.lines[0][0] == "**No**: 10% penalty."


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the question states no figure
        ("is nov 9 the last lecture", {"last": "Not sure.", "day": "**Yes**: class on Mon Nov 9 (9%)."}),
        # the best card's Yes or No states no figure in the question's unit
        ("is it 5% off if late", {"whatif": "**No**: 2 days late.", "due": "Due Fri."}),
        # another reading's card decides too (they may disagree)
        ("is it 60 hours we need", {"range": "**No**: nothing in the next 60 hours.", "rule": "**Yes**: 60 hours."}),
        # only a lower reading's card decides
        ("is it 5% off if late", {"due": "Due Fri.", "whatif": "**No**: 10% penalty."}),
        # one reading only: nothing to choose between
        ("is it 5% off if late", {"whatif": "**No**: 10% penalty."}),
    ],
)
def test_readings_still_offered(question: str, said: dict[str, str]) -> None:
    """Without a figure the best card alone checks, the readings are offered to pick from."""
    assert settled_by_best(question, list(said), lambda r: _said(said[r])) is None
