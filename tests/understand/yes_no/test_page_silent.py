"""A may-I or must-I question a card does not decide is said not to be on the page; a rule or a decided card is
left alone."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, text
from bot.understand.yes_no.folded import fold
from bot.understand.yes_no.page_silent import needed_thing, page_is_silent, provided_thing, undecided
from tests.understand.conftest import first_line, reply

CARD = Answer(title="Discussion 1A", lines=(text("Discussion section: Wed 9:00 AM · Halvorsen Hall 70."),))
WHERE = "ask on Ed"


def test_a_may_i_question_with_a_word_the_card_lacks_is_said_to_be_unknown():
    out = undecided("can i switch from section 1a to 1b", "section", True, ["switch"], CARD, WHERE)
    assert out.kind == "unknown"
    assert "doesn't say whether you can do that; ask on Ed" in str(out.lines[0])
    assert out.lines[1:] == CARD.lines


def test_a_must_i_question_says_whether_you_have_to():
    out = undecided("do i need to bring my laptop to section", "section", True, ["laptop"], CARD, WHERE)
    assert "whether you have to" in str(out.lines[0])


def test_left_alone_when_the_card_holds_the_word_or_decides_or_is_a_rule():
    assert undecided("can i go to halvorsen", "section", True, ["halvorsen"], CARD, WHERE) is CARD
    decided = Answer(title="x", lines=(text("**No**: it meets online."),))
    assert undecided("can i attend in person", "section", True, ["attend"], decided, WHERE) is decided
    boots = Answer(title="Field safety", lines=(text("Sturdy boots are required at every field practical."),))
    assert undecided("do we have to wear boots", "policy", True, ["wear"], boots, WHERE) is boots
    assert undecided("is section 1a in halvorsen", "section", True, ["foo"], CARD, WHERE) is CARD
    assert undecided("can i switch sections", "section", False, ["switch"], CARD, WHERE) is CARD


@pytest.mark.parametrize("question", ["can i get an extension if im sick", "what if i have a family emergency"])
def test_a_case_the_page_does_not_address_is_said_to_be_unaddressed(geo, question):
    result, said = reply(geo, question, "2025-03-26 10:00")
    assert result.answer.kind in ("unknown", "unsure")
    assert not first_line(said).startswith(("Yes", "No"))


RULE = Answer(title="Materials", lines=(text("Safety glasses are provided in the lab; bring a notebook."),))


@pytest.mark.parametrize(
    ("question", "silent"),
    [
        ("do we need lab coats for the lab sessions", True),
        ("do i have to buy a calculator", True),
        ("do we need safety glasses in the lab", False),  # the rule names them
        ("do i need a notebook", False),
        ("do i need to know how to code", False),  # a thing to do, not a thing to have
        ("do we need our own safety glasses and notebook paper", False),  # things asked together, each named
        ("do we need safety glasses and lab coats", True),  # one of them the rule never names
    ],
)
def test_a_thing_a_rule_never_names_is_not_decided_by_it(question, silent):
    """ "do we need lab coats" of a rule on safety glasses: the page doesn't say; a thing it names stays its own."""
    out = undecided(question, "policy", True, [], RULE, WHERE)
    assert (out.kind == "unknown") is silent


ID_RULE = Answer(title="Midterm", lines=(text("Bring your student ID. No calculators."),))


@pytest.mark.parametrize(
    ("question", "silent"),
    [
        ("do we have to bring our student card to the midterm", False),  # the card by another of its names
        ("do i need my uni card", False),
        ("do i need a calc", False),
        ("do we need a lab coat for the midterm", True),
    ],
)
def test_a_thing_the_rule_names_by_another_name_is_named(question, silent):
    """ "our student card" of "Bring your student ID": the rule names the card, so it is not said to be silent."""
    out = undecided(question, "policy", True, [], ID_RULE, WHERE)
    assert (out.kind == "unknown") is silent


@pytest.mark.parametrize(
    ("question", "silent"),
    [
        ("are lab coats provided in the lab", True),
        ("will they hand out ear plugs", True),
        ("do they provide towels for the lab", True),
        ("are safety glasses provided", False),  # the rule names them
        ("is a notebook supplied", False),
    ],
)
def test_a_thing_asked_to_be_provided_that_the_rule_never_names(question, silent):
    """ "are lab coats provided" of a rule providing safety glasses: the page doesn't say that is provided."""
    out = undecided(question, "policy", True, [], RULE, WHERE)
    assert (out.kind == "unknown") is silent
    if silent:
        assert "whether that is provided" in out.lines[0][0]


@pytest.mark.parametrize("question", ["can i switch from section 1a to 1b", "do we need lab coats for the lab"])
def test_a_question_as_typed_is_read_as_its_fold(question):
    """page_is_silent folds a question given as typed only when it reads it: the same as given folded."""
    for intent, card in (("section", CARD), ("policy", RULE)):
        typed = page_is_silent(question, intent, True, ["switch", "coats"], card)
        assert typed == page_is_silent(fold(question), intent, True, ["switch", "coats"], card)


@pytest.mark.parametrize(
    ("question", "needed", "provided"),
    [
        ("do we need a hairnet in lab", "hairnet", None),
        ("do i have to bring a calculator to the exam", "calculator", None),
        ("are seasickness tablets provided on the boat", None, "seasickness tablets"),
        ("do they provide wetsuits", None, "wetsuits"),
        ("when is the exam", None, None),
        ("can i bring a calculator", None, None),
    ],
)
def test_the_thing_asked_for_is_read_from_the_question_alone(question, needed, provided):
    """The thing a must-I question needs or a yes/no asks to be handed out, read before any card is: a question
    asking for no thing never has its card's words read."""
    assert needed_thing(fold(question)) == needed
    assert provided_thing(fold(question)) == provided
