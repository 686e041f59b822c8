"""Whether weekends count toward lateness, from the late rule's own words."""

from __future__ import annotations

import pytest

from bot.understand.late.weekends_counted import asks_weekends_counted, weekends_verdict


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("does the late penalty count weekends or just working days", True),
        ("are saturdays included when counting days late", True),
        ("does the penalty skip the weekend", True),
        ("is anything due this weekend", False),  # no counting asked
        ("how much is the late penalty", False),
    ],
)
def test_asks_weekends_counted(question, asked):
    assert asks_weekends_counted(question) is asked


@pytest.mark.parametrize(
    ("rule", "yes"),
    [
        ("Late work loses 10% per calendar day, for up to 3 days.", True),
        ("Late work loses 5% per working day; weekends and holidays are not counted.", False),
        ("Each business day late costs a third of a letter grade.", False),
        ("Late work loses 10% per day.", None),  # neither said
    ],
)
def test_the_rules_words_settle_it(rule, yes):
    settled = weekends_verdict(rule)
    assert (settled[0] if settled else None) is yes
