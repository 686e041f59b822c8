"""A place as it reads inside a sentence."""

from __future__ import annotations

from bot.answers.places import on_place


def test_a_place_takes_on_and_a_manner_keeps_its_own_preposition():
    assert on_place("Gradescope") == " on Gradescope"
    assert on_place("by email to the lecturer") == " by email to the lecturer"
    assert on_place("via the form") == " via the form"
    assert on_place("") == ""
