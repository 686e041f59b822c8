"""The solutions of a work asked of, not the work (bot.understand.work.solutions_asked)."""

from __future__ import annotations

import pytest

from bot.understand.work.solutions_asked import asks_of_solutions
from tests.understand.conftest import first_line, reply


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("are the ps2 solutions out", True),
        ("is the hw1 answer key posted", True),
        ("when do model answers for essay 1 come out", True),
        ("is ps3 out", False),
        ("when is hw2 released", False),
    ],
)
def test_solutions_asked(question, asks):
    assert asks_of_solutions(question) is asks


def test_the_works_release_is_no_yes_on_its_solutions(stat):
    """ "are the ps2 solutions out" after PS2 came out: not Yes, but that the page does not say when solutions do."""
    _, said = reply(stat, "are the ps2 solutions out", "2024-10-01 10:00")
    assert not first_line(said).startswith("Yes"), said
    assert "solutions to PS2" in said
