"""A sum of money asked in another currency is a question about the world (bot.understand.about_course.money_asked)."""

from __future__ import annotations

import pytest

from bot.understand.about_course.money_asked import converts_money


@pytest.mark.parametrize(
    ("question", "converts"),
    [
        ("how much is 100 dollars in euros", True),
        ("how much is $20 in pesos rn", True),
        ("whats 50 pounds to yen", True),
        ("what is the exchange rate", True),
        ("can you convert my dollars to euros", True),
        ("how much is the final worth", False),
        ("how much is 100 points on the midterm worth", False),
        ("is the lab fee 20 dollars", False),
    ],
)
def test_money_in_another_currency(question, converts):
    assert converts_money(question) is converts
