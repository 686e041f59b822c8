"""A day, time or room the student believes of one class meeting, checked only when the card is surely its own."""

from __future__ import annotations

import pytest

from bot.course.model import Course
from tests.understand.conftest import first_line, reply

NOW = "2024-10-01 10:00"  # a Tuesday morning: lectures Tue/Thu 11:00, eight discussion sections


@pytest.mark.parametrize(
    ("question", "opens"),
    [
        ("next lecture is at 2pm right", "No: it is on Tue Oct 1, a Tuesday, at 11:00 AM, not 2:00 PM."),
        ("the next lecture is on tuesday right", "Yes: it is on Tue Oct 1, a Tuesday, at 11:00 AM."),
        ("im in 1c is my next discussion on wednesday", "Yes: it is on Wed Oct 2, a Wednesday, at 12:00 PM."),
    ],
)
def test_a_belief_of_the_card_asked_is_checked(stat: Course, question: str, opens: str):
    """The one thing named, nothing left over: Yes with its day and time, or No with the right ones."""
    assert first_line(reply(stat, question, NOW)[1]) == opens


@pytest.mark.parametrize(
    "question",
    [
        "next discussion is wednesday right",  # eight sections meet at different times, none named
        "next guest lecture is thursday right",  # "guest" may name another thing than the weekly lecture
        "next review lecture is on wednesday?",  # so may "review"
        "is the next lecture with priya on thursday",  # a second thing named: a person
    ],
)
def test_a_card_that_may_be_another_things_gets_no_verdict_from_the_belief(stat: Course, question: str):
    """Any doubt which thing the card is about leaves the belief unchecked (no "it is on ..." Yes or No)."""
    assert "it is on" not in first_line(reply(stat, question, NOW)[1])
