"""When a topic starts (bot.understand.schedule.topic_start): the first of its days, not any of them."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.schedule.topic_start import first_day_other, start_asked

DAYS = [dt.date(2024, 11, 7), dt.date(2024, 11, 5)]


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("do we start neural nets on nov 5", True),
        ("does the optics unit begin next week", True),
        ("when do we kick off the group project", True),
        ("does lecture start at 9 on friday", False),  # the class's clock
        ("should i start working on hw3 before monday", False),  # the student's own work
        ("is recursion on friday", False),
    ],
)
def test_a_start_asked(question, asked):
    assert start_asked(question) is asked


def test_the_first_day_when_a_later_one_is_asked():
    assert first_day_other(dt.date(2024, 11, 7), DAYS) == dt.date(2024, 11, 5)
    assert first_day_other(dt.date(2024, 11, 5), DAYS) is None
    assert first_day_other(dt.date(2024, 11, 5), []) is None
