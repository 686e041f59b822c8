"""Typo correction in the search: a misspelt word is read as the indexed one, another form of a word is not."""

from __future__ import annotations

from bot.qa.suggest import _corrected
from bot.qa.terms import Terms


def test_a_typo_is_read_as_the_indexed_word():
    assert _corrected(Terms(("databriks",)), {"databrick": 3}).concepts == ("databrick",)


def test_another_form_of_a_word_is_not_a_typo():
    """ "how is the final grade calculated" is not about calculators."""
    assert _corrected(Terms(("calculat",)), {"calculator": 1}).concepts == ("calculat",)
