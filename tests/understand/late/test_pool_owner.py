"""Whose late-day pool a question asks about: another person's (a name, "my partner", he/she/they) or the asker's."""

from __future__ import annotations

import pytest

from bot.understand.late.pool_owner import asks_of_someone_else

CASES = [
    ("how many slip days does priya still have", True),
    ("has omar used any tokens yet", True),
    ("what about jess's late days", True),
    ("how many grace days did my lab partner burn", True),
    ("my teammates late days left?", True),
    ("how many flex days does she have", True),
    ("did they spend a token on essay 2", True),
    ("how many late days do i have left", False),
    ("slip days remaining?", False),
    ("did i use a grace day on ps2", False),
    ("have i got any tokens left", False),
    ("what's my late day count", False),
    ("do we have any grace days left", False),
    ("how many grace days does hw2 allow", False),
    ("is it too late to use a token", False),
]


@pytest.mark.parametrize(("question", "other"), CASES)
def test_another_persons_pool_is_told_from_the_askers_own(question, other):
    """A name, a possessive, "my partner/group/friend" or a third-person pronoun is someone else; else the asker."""
    assert asks_of_someone_else(question) is other
