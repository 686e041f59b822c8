"""A price asked of something the course names: a card without an amount of money says first that the page gives no
price (an honest unknown, no Yes or No); a card with an amount stands; a cost in marks is no price."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, text
from bot.understand.asked_price import asks_price, unpriced
from tests.understand.conftest import reply


@pytest.mark.parametrize(
    "question",
    [
        "how much does the textbook cost",
        "whats the price of the lab coat",
        "is there a fee for the field trip",
        "how much is a parking permit",
        "what do the goggles cost",
    ],
)
def test_prices_asked(question):
    assert asks_price(question)


@pytest.mark.parametrize(
    "question",
    [
        "does submitting late cost me points",  # marks, not money
        "how much is the final worth",
        "how much do i lose if hw3 is a day late",
        "how much is a late day",
        "which lecture is about price discrimination",  # a topic, no amount asked
        "how much is the final",  # a definite thing: its weight, not a price
    ],
)
def test_no_price_asked(question):
    assert not asks_price(question)


def _card(*lines: str) -> Answer:
    return Answer(title="Textbook", lines=tuple(text(line) for line in lines))


def test_a_card_without_money_is_an_honest_unknown():
    said = unpriced("how much does the textbook cost", _card("**Yes**, there is a textbook.", "Ch. 1-5"), "ask on Ed")
    assert said.kind == "unknown"
    assert said.lines[0] == text("The course page doesn't give a price for that; ask on Ed. What it does say:")
    assert [line for line in said.lines if line and str(line[0]).startswith("**Yes**")] == []


@pytest.mark.parametrize("amount", ["$45", "120 euros", "R350", "it is free", "45 EUR"])
def test_a_card_with_an_amount_stands(amount):
    card = _card(f"The lab manual costs {amount} at the shop.")
    assert unpriced("how much does the lab manual cost", card, "ask on Ed") is card


def test_in_the_engine_on_two_courses(course, second_course):
    for c, now in ((course, "2024-02-12 10:00"), (second_course, "2024-10-14 10:00")):
        result, said = reply(c, "how much does the textbook cost", now)
        assert result.answer.kind in ("unknown", "unsure")
        assert not said.splitlines()[2].startswith(("Yes", "No"))
