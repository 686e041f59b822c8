"""Whether a question asks if deadlines themselves change in a stretch, not what is due then."""

from __future__ import annotations

import pytest

from bot.understand.work.deadlines_changed import asks_deadlines_changed


@pytest.mark.parametrize(
    "text",
    [
        "do deadlines change during the field season",
        "are due dates different over the strike",
        "will the deadlines be moved for the festival",
        "any different deadlines during exam week",
        "do the due times shift in the holidays",
    ],
)
def test_a_change_to_the_deadlines_is_asked(text):
    assert asks_deadlines_changed(text)


@pytest.mark.parametrize(
    "text",
    [
        "any deadlines later this week",
        "whats due during the field season",
        "is anything due over the break",
        "can i change my deadline",
        "when is the deadline for hw2",
    ],
)
def test_what_is_due_is_not_a_change(text):
    assert not asks_deadlines_changed(text)
