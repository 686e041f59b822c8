"""A phone number asked of someone: the page's words on reaching them, after a plain "no phone number on the page"."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, text
from bot.understand.people.asked_phone import asks_phone, unlisted_phone
from tests.understand.conftest import reply


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("whats dr ferreira's phone number", True),
        ("is there a number i can call the professor on", True),
        ("what's the TA's cell #", True),
        ("can i text the instructor", True),
        ("does the prof have whatsapp", True),
        ("someone in the whatsapp group said sandals are fine", False),  # the class's chat: a source, not a number
        ("is the whatsapp gc official", False),
        ("can i bring my phone to the midterm", False),  # a device, not a number
        ("what's the phone policy in lecture", False),
        ("how many points is hw2 out of", False),
    ],
)
def test_a_phone_number_asked(question, asked):
    assert asks_phone(question) is asked


def test_a_card_without_a_number_is_not_the_answer():
    """No number on the card: "the course page doesn't give a phone number", then the card; a number given stands."""
    card = Answer(title="Staff", lines=(text("Dr. Lee · lee@example.edu"),))
    said = unlisted_phone("whats dr lee's phone number", card, "ask on Ed")
    assert said.kind == "unknown"
    assert "doesn't give a phone number" in str(said.lines[0])
    numbered = Answer(title="Staff", lines=(text("Dr. Lee · 808-555-0134"),))
    assert unlisted_phone("whats dr lee's phone number", numbered, "ask on Ed") is numbered


def test_asked_of_the_engine(second_course):
    result, said = reply(second_course, "what is the instructor's phone number", "2024-10-01 10:00")
    assert result.answer.kind == "unknown", said
    assert "doesn't give a phone number" in said
