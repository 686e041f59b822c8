"""A price asked of something the course names: a card without an amount of money says first that the page gives no
price (an honest unknown, no Yes or No); a card with an amount stands; a cost in marks is no price."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, text
from bot.understand.about_course.asked_price import asks_price, gives_price, unpriced
from tests.understand.conftest import course_in, reply


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
        "the lab is always full when i have free time, can i work from home",  # free time is no price
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


@pytest.mark.parametrize(
    "question",
    [
        "is the lab manual free?",
        "are the goggles free",
        "is it free",
        "do i have to pay for the lab manual",
        "do we need to pay extra for the field trip",
        "is the textbook expensive",
        "how much is the textbook",  # a definite thing, but one that is bought
        "how much are the safety goggles",
        "how much r lab coats at the bookstore",  # a bought thing without "the"
        "how much is a calculator",
        "what's the fee for late registration",  # "late", but a fee is money
        "are there any fees for this course",
        "is the access code free of charge",
        "how much is the student bus pass",  # a pass bought, not the pass mark
        "how much are the monthly metro passes",
        "how much is the train fare",
    ],
)
def test_yes_no_and_definite_prices_asked(question):
    assert asks_price(question)


@pytest.mark.parametrize(
    "question",
    [
        "is friday free",
        "is the ta free at 3",
        "are you free to meet after class",
        "is lab free this week",
        "is the room free tomorrow",
        "do i have to pay attention in lecture",
        "how much is the midterm",
        "how much is the pass mark",  # a grade, not a pass bought
        "how much is the pass",
        "how much is my grade if i pass",
        "is the textbook required, they're pretty expensive",  # a price told, not asked
        "is the textbook required? i cant pay for it",
    ],
)
def test_free_of_a_time_or_a_person_is_no_price(question):
    assert not asks_price(question)


@pytest.mark.parametrize(
    "said",
    [
        "It costs $12.",
        "120 euros at the shop",
        "free of charge to enrolled students",
        "at no cost",
        "for free",
        "The lab manual is free.",
        "The software is available free to students.",
        "a free PDF copy",
        "Gallery entry is paid by the department.",
        "Bus fares are covered by the school.",
    ],
)
def test_an_amount_or_a_thing_said_free_gives_a_price(said):
    assert gives_price(said)


@pytest.mark.parametrize(
    "said",
    [
        "Feel free to ask on Ed.",
        "Exams have free-response questions.",
        "You are free to choose any language.",
        "Prices in $ are set by the bookstore.",
        "Lab attendance is required.",
        "Travel is at your own cost.",
    ],
)
def test_a_bare_free_or_dollar_sign_gives_no_price(said):
    assert not gives_price(said)


def test_a_card_that_only_says_feel_free_is_no_price():
    card = _card("**Yes**: feel free to ask the TAs about the manual.")
    said = unpriced("is the lab manual free?", card, "ask on Ed")
    assert said.kind == "unknown"
    assert said.lines[0] == text("The course page doesn't give a price for that; ask on Ed. What it does say:")
    assert not any(line and str(line[0]).startswith(("**Yes**", "**No**")) for line in said.lines)


def test_is_it_free_gets_no_yes_from_an_unpriced_rule_on_every_course(course, second_course, geo, hist):
    """Chem's lab rule holds a claim ("lab attendance required") that matched "is the lab manual free"."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    courses = ((course, "2024-02-12 10:00"), (second_course, "2024-10-14 10:00"), (geo, "2025-03-25 10:00"))
    for c, now in (*courses, (hist, "2024-11-01 10:00"), (chem, "2026-03-04 14:00")):
        for question in ("is the lab manual free?", "do i have to pay for the textbook", "how much is the textbook"):
            result, said = reply(c, question, now)
            assert result.answer.kind in ("unknown", "unsure"), (c.code, question)
            assert not said.splitlines()[2].startswith(("Yes", "No")), (c.code, question)


def test_a_thing_said_free_prices_only_that_thing():
    """ "The other readings are free" gives no price for the textbook asked about; "it is free" and the thing asked
    about do."""
    said = "Required textbook: Rachels (10th edition). All other set readings are available free online."
    assert gives_price(said)
    assert not gives_price(said, "how much does the rachels textbook cost")
    assert gives_price("The lab manual is free.", "how much is the lab manual")
    assert gives_price("The software is available free to students.", "does the software cost anything")
    # the thing named by the end of the word asked: the e-book of "the textbook"
    assert gives_price("You need not buy it: the e-book is free through the Library.", "is the textbook free")
    assert not gives_price("The lab manual is free.", "is the textbook free")
    card = _card(said)
    assert unpriced("how much does the rachels textbook cost", card, "ask on Ed").kind == "unknown"


@pytest.mark.parametrize(
    ("said", "asked", "priced"),
    [
        (
            "Labs use MATLAB and Python, installed in the lab; you may install them at home (both are free).",
            "how much does the taylor book cost",
            False,
        ),
        (
            "Labs use MATLAB and Python, installed in the lab; you may install them at home (both are free).",
            "is it free",
            True,
        ),
        (
            "Textbook: Taylor, Classical Mechanics. It is free as a PDF from the library.",
            "how much does the taylor book cost",
            True,
        ),
        ("Required: Taylor, Classical Mechanics. The simulator is free.", "how much is the taylor book", False),
    ],
)
def test_it_or_both_said_free_prices_what_its_sentence_names(said, asked, priced):
    """ "(both are free)" after the software a sentence names is no price for the textbook asked about."""
    assert gives_price(said, asked) is priced


@pytest.mark.parametrize(
    ("said", "asked", "priced"),
    [
        (
            "Required: a course pack with online access. The workbook is a free PDF on the LMS.",
            "how much is the pack",
            False,
        ),
        ("Bring a calculator. Lab safety glasses cost $12 at the bookstore.", "what does the calculator cost", False),
        ("Lab safety glasses cost $12 at the bookstore.", "how much are safety glasses", True),
        ("The workbook is a free PDF on the LMS.", "does the workbook cost anything", True),
        ("There is no extra cost for the software.", "how much does it cost", True),
    ],
)
def test_an_amount_prices_only_the_thing_its_sentence_names(said, asked, priced):
    """An amount or a "free PDF" in a sentence of a card prices what that sentence names, not another thing."""
    assert gives_price(said, asked) is priced


def test_where_to_buy_in_the_engine():
    """On CHEM 1310: a calculator the exam rules name has no shop on the page; lab coats are sold at the bookstore,
    which the page's own sentence says whatever card the question read as."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    result, _ = reply(chem, "where can i buy a non-graphing calculator", "2026-02-10 10:00")
    assert result.answer.kind == "unknown"
    result, said = reply(chem, "where can i buy a lab coat", "2026-02-10 10:00")
    assert result.answer.kind == "info"
    assert "sold at the campus bookstore" in said
