"""A move someone else claimed, asked back, is the move checked (bot.understand.question.hearsay)."""

from __future__ import annotations

import pytest

from bot.understand.question.hearsay import claim_checked
from tests.understand.conftest import first_line, reply


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "my friend said the midterm got moved to friday, is that true or is it still thursday",
            "the midterm got moved to friday right?",
        ),
        ("someone told me hw5 was pushed back to monday, is that right?", "hw5 was pushed back to monday right?"),
        ("i heard that the final got postponed. is it true", "the final got postponed right?"),
        ("a classmate mentioned the quiz moved is this legit", "the quiz moved right?"),
    ],
)
def test_the_claim_is_asked_back_with_its_tag(question, claim):
    assert claim_checked(question) == claim


@pytest.mark.parametrize(
    "question",
    [
        "my friend said the midterm got moved to friday, when is it now",  # asks when, not whether it holds
        "is it true that the final is open book",  # no teller
        "the prof said it was moved, is that true",  # a teller the pattern does not take as hearsay
        "someone said moved, is that true",  # no claim of two words
        "my roommate says the final is in the great hall, is that right",  # no move: read as typed
    ],
)
def test_no_claim_without_a_teller_and_a_check(question):
    assert claim_checked(question) is None


def test_a_move_heard_of_gets_the_no_with_the_pages_day(course):
    _, said = reply(course, "i heard exam 2 got moved to apr 25 is that true", "2024-02-12 10:00")
    assert first_line(said).startswith("No")
    assert "Wed Apr 24" in first_line(said)
