"""'do i need to register for the resit': Yes from the page's "without registration you cannot sit the resit"."""

from __future__ import annotations

import pytest

from bot.understand.yes_no.needed_for import needed_verdict

NOTES = ["Only for students below 10/20. Without registration you cannot sit the resit."]


@pytest.mark.parametrize(
    "question",
    [
        "do i need to register for the resit",
        "do we have to register for the resit?",
        "am i required to register for the resit",
        "must i register",
    ],
)
def test_what_one_cannot_do_without_is_needed(question):
    assert needed_verdict(question, NOTES) == (True, "“Without registration you cannot sit the resit.”")


def test_the_title_may_name_what_is_asked():
    """ "for the rattrapage" of a card titled in the course's other word: the title names it."""
    shown = ["Without registration you cannot sit it."]
    assert needed_verdict("do i need to register for the rattrapage", shown, "Rattrapage registration") is not None
    assert needed_verdict("do i need to register for the rattrapage", shown, "Moot court") is None


@pytest.mark.parametrize(
    "question",
    [
        "can i register for the resit",  # not a must-I question
        "do i need to pay for the resit",  # another action than the one the sentence needs
        "do i need to register for the moot court",  # another thing than the one the sentence speaks of
    ],
)
def test_nothing_settled(question):
    assert needed_verdict(question, NOTES) is None


def test_a_sentence_without_a_cannot_decides_nothing():
    assert (
        needed_verdict("do i need to register for the resit", ["Registration opens on June 1 for the resit."]) is None
    )
