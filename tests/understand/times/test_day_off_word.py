"""A day-off word right after a day off's name is that name's, in a question about a meeting."""

from __future__ import annotations

import pytest

from bot.understand.times.day_off_word import names_the_day_off


@pytest.mark.parametrize(
    ("question", "at", "period_ends", "meeting", "named"),
    [
        ("do we have lab on the founders holiday", 7, {7}, True, True),
        ("is there lecture during lantern break", 5, {5}, True, True),
        ("is founders day a holiday", 4, {3}, False, False),  # "a holiday": whether it is one
        ("is there a founders day holiday", 5, {5}, False, False),  # no meeting asked: whether it is off
        ("is there a break before founders day", 3, {6}, True, False),  # before the name, not after it
        ("do we have lab on the founders day off", 8, {8}, True, False),  # "off" is no name's word
    ],
)
def test_a_day_off_word_after_its_name(question, at, period_ends, meeting, named):
    tokens = question.split()
    assert names_the_day_off(tokens, at, at + 1, period_ends, meeting) is named
