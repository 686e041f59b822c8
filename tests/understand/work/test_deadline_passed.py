"""Whether a question asks if a deadline is already behind the student ("did i miss it"), not when it is."""

from __future__ import annotations

import pytest

from bot.understand.work.deadline_passed import asks_if_passed


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("did i miss the hw1 deadline", True),
        ("wait when was the essay due?? did i miss it", True),
        ("have we already missed the lab report deadline", True),
        ("did the vinegar lab report deadline already pass", True),
        ("is the deadline over for ps2", True),
        ("when is hw1 due", False),
        ("i missed lecture, what did we cover", False),
        ("what happens if i miss the deadline", False),
    ],
)
def test_asks_if_passed(question, asks):
    """ "did i miss it" and "did the deadline pass" ask whether it is behind; "if i miss" and "when" do not."""
    assert asks_if_passed(question) is asks
