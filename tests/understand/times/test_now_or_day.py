"""Whether "now" or a day is asked (bot.understand.times.now_or_day): "open today" names a day."""

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


@pytest.mark.parametrize(
    ("question", "when"),
    [
        ("all the open office hours this week", "this week"),
        ("which office hours are open next week", "next week"),
        ("are office hours open now this week", "now"),
    ],
)
def test_open_over_a_span_is_that_span_unless_now_is_said(stat, question, when):
    result, said = reply(stat, question, "2024-11-20 09:15")
    assert str(result.parts[0].slots["when"]) == when, said


def test_spanned_not_now_needs_a_span_and_no_now_word():
    from bot.understand.times.now_or_day import spanned_not_now

    assert spanned_not_now({"open", "this", "week"}, True)
    assert not spanned_not_now({"open", "now"}, True)
    assert not spanned_not_now({"open"}, False)
