"""Whether "now" or a day is asked (bot.understand.now_or_day): "open today" names a day."""

from __future__ import annotations

import pytest

from tests.understand.conftest import reply


@pytest.mark.parametrize(
    ("question", "when"),
    [
        ("are office hours open today", "2024-11-20"),
        ("is any office hour open on friday", "2024-11-22"),
        ("are office hours open right now", "now"),
        ("any office hours open currently", "now"),
    ],
)
def test_open_on_a_day_is_that_day_and_open_now_is_now(stat, question, when):
    result, said = reply(stat, question, "2024-11-20 09:15")
    assert str(result.parts[0].slots["when"]) == when, said
