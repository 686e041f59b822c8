"""A policy keyword that is an acronym spelling a function word ("AS" for Accessibility Services) names the policy
only when typed in capitals (bot.understand.words.acronym_words; hostile4 finding 14: "is ps3 due the same day as q7"
answered with the accessibility card)."""

from __future__ import annotations

import dataclasses

import pytest

from bot.understand.words.acronym_words import plain_word_here
from tests.understand.conftest import reply


def test_a_function_word_in_lower_case_is_only_that_word():
    assert plain_word_here("as", "is ps3 due the same day as q7")
    assert not plain_word_here("as", "how do i register with AS")
    assert not plain_word_here("dsp", "is ps3 due the same day as dsp")  # no function word


@pytest.fixture(scope="module")
def with_as(stat):
    """STAT 187 whose accommodations rule is also called "AS" (as a course may name Accessibility Services)."""
    policies = tuple(
        dataclasses.replace(p, keywords=(*p.keywords, "AS")) if p.id == "extensions" else p for p in stat.policies
    )
    return dataclasses.replace(stat, policies=policies)


def test_the_same_day_as_compares_due_dates(with_as):
    result, said = reply(with_as, "is ps3 due the same day as ps4", "2024-10-01 10:00")
    assert result.parts[0].intent == "compared", said
    assert said.splitlines()[2].startswith("No: PS3 is due")


def test_the_acronym_in_capitals_still_names_the_rule(with_as):
    result, said = reply(with_as, "how do i get an accommodation letter from AS", "2024-10-01 10:00")
    assert result.parts[0].intent == "policy", said
    assert result.parts[0].slots["policy"] == "extensions"
