"""The best reading of a yes/no question stating a figure answers it when only its card checks that figure."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.answer import Answer, text
from bot.understand.answering.part_steps import Answering
from bot.understand.answering.settled_reading import believed_kind, figure_units, settled_by_best
from bot.understand.times.time_phrases import TimePhrase


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


PLACES = ("Computer Lab B-12", "Computer Lab B-14")


def test_best_reading_checking_the_room_believed_answers() -> None:
    """ "im in 4, is my lab in b-12": the best card's No names a place of the course, as the question names a room."""
    said = {"section": "**No**: Computer Lab B-14, not b-12.", "topic": "I couldn't find “b” on the schedule."}
    got = settled_by_best("im in 4, is my lab in b-12", list(said), lambda r: _said(said[r]), places=PLACES)
    assert got is not None
    assert got.answer.lines[0][0].startswith("**No**: Computer Lab B-14")


def test_best_reading_checking_the_day_believed_answers() -> None:
    """ "is the poster due fri may 21": the best card's No names a date, as the question states one."""
    may_21 = dt.date(2027, 5, 21)
    times = [TimePhrase("day", 0, 1, first=may_21, last=may_21)]
    said = {"due": "**No**: Poster is due Tue May 25.", "last": "Not sure."}
    got = settled_by_best("is the poster due fri may 21", list(said), lambda r: _said(said[r]), times)
    assert got is not None
    assert believed_kind("is the poster still due on may 21 if there's a strike", times, ()) == ""  # not a belief
    # the best card's No names no date: the readings are offered
    said = {"due": "**No**: it is graded.", "last": "Not sure."}
    assert settled_by_best("is the poster due fri may 21", list(said), lambda r: _said(said[r]), times) is None


def test_another_cards_yes_that_checks_no_day_does_not_stop_the_best() -> None:
    """ "is the poster due fri may 21 like the last day": "the last one is the poster" checks no date; a card that
    states another date does, and the readings are offered."""
    may_21 = dt.date(2027, 5, 21)
    times = [TimePhrase("day", 0, 1, first=may_21, last=may_21)]
    question = "is the poster due fri may 21 like the last day"
    said = {"due": "**No**: Poster is due Tue May 25.", "last": "**Yes**: the last one is Poster."}
    assert settled_by_best(question, list(said), lambda r: _said(said[r]), times) is not None
    said = {"due": "**No**: Poster is due Tue May 25.", "day": "**Yes**: class on Fri May 21."}
    assert settled_by_best(question, list(said), lambda r: _said(said[r]), times) is None
