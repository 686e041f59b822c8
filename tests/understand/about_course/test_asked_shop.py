"""Where to buy a thing the course names: a card naming no shop says first that the page doesn't say where to buy it
(an honest unknown, no Yes or No); a card naming a shop, a bookstore or an online order stands."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, text
from bot.course.model import Course
from bot.understand.about_course.asked_shop import asks_where_bought, sold_sentence, unshopped
from tests.understand.conftest import course_in, reply


@pytest.fixture(scope="module")
def chem() -> Course:
    return course_in("tests/fixtures/courses/chem-1310-s26")


@pytest.mark.parametrize(
    "question",
    [
        "where can i buy a cheap lab coat in vienna",
        "where do we purchase the lab manual",
        "where's the best place to buy goggles",
        "any good shop where i could buy safety goggles cheaply",
        "which store sells jazz shoes",
        "what shops around campus have calculators",
        "where are the course packs sold",
    ],
)
def test_a_place_to_buy_is_asked(question):
    assert asks_where_bought(question)


@pytest.mark.parametrize(
    "question",
    [
        "do i need to buy the textbook",
        "should i buy a helmet for the field work",
        "where do we get the harvard cases?? is there a link or do i buy them somewhere",
        "where is the lab",
        "in what order should i read the chapters",
        "where do i store my lab notebook",
    ],
)
def test_whether_to_buy_or_another_where_is_no_shop_asked(question):
    assert not asks_where_bought(question)


def _card(*lines: str) -> Answer:
    return Answer(title="Lab safety", lines=tuple(text(line) for line in lines))


def test_a_card_naming_no_shop_is_an_honest_unknown(stat):
    said = unshopped(stat, "where can i buy a lab coat", _card("**Yes**, a lab coat is required."), "ask on Ed")
    assert said.kind == "unknown"
    assert said.lines[0] == text("The course page doesn't say where to buy that; ask on Ed. What it does say:")
    assert [line for line in said.lines if line and str(line[0]).startswith("**Yes**")] == []


@pytest.mark.parametrize(
    "said", ["Lab coats are sold at the campus bookstore.", "Order it online through the publisher.", "From the shop."]
)
def test_a_card_naming_a_shop_stands(stat, said):
    card = _card(said)
    assert unshopped(stat, "where can i buy a lab coat", card, "ask on Ed") is card


def test_the_pages_sentence_naming_the_shop_comes_first(chem):
    """A sentence of the page naming where the thing is sold answers, though the card read says nothing of it."""
    said = unshopped(chem, "where can i buy goggles", _card("You need a calculator."), "ask on Ed")
    assert said.kind == "info"
    assert "campus bookstore" in str(said.lines[0][0])
    assert sold_sentence(chem, "where do students usually purchase a lab notebook") is None  # a lab's, not a coat's


def test_in_the_engine_on_two_courses(chem, course):
    """On two courses, a shop asked of a thing the course names is never answered as if by its card."""
    for c, now, question in (
        (chem, "2026-02-20 10:00", "where can i buy a cheap calculator near campus"),
        (course, "2024-02-12 10:00", "where's the cheapest place to buy the textbook"),
    ):
        result, _ = reply(c, question, now)
        assert result.answer.kind in ("unknown", "unsure", "out_of_scope")
