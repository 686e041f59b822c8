"""A count asked against the range of counts a rule states ("4 or 5 members")."""

from __future__ import annotations

import pytest

from bot.understand.yes_no.stated_range import asked_counts, range_verdict, stated_ranges


@pytest.mark.parametrize(
    ("rule", "ranges"),
    [
        ("Teams have 4 or 5 members, all from the same section", {"person": (4, 5)}),
        ("Work in groups of 3-4 students.", {"person": (3, 4)}),
        ("Essays are between two and three pages long", {"page": (2, 3)}),
        ("Office hours are 2-4 pm on Mondays", {}),  # a time of day, not a count
        ("Each student has two late passes", {}),
    ],
)
def test_the_ranges_a_rule_states(rule, ranges):
    assert stated_ranges(rule) == ranges


@pytest.mark.parametrize(
    ("question", "counts"),
    [
        ("can we have six members in our team? our barkada is 6", {"person": 6}),
        ("can we be a team of 3", {"person": 3}),
        ("can my essay be 4 pages", {"page": 4}),
        ("is hw 2 due friday", {}),
    ],
)
def test_the_counts_a_question_asks(question, counts):
    assert asked_counts(question) == counts


@pytest.mark.parametrize(
    ("question", "rule", "verdict"),
    [
        ("can we have six members in our team", "Teams have 4 or 5 members", False),
        ("can our team have 5 people", "Teams have 4 or 5 members", True),
        ("can we work in a group of 2", "Work in groups of 3-4 students.", False),
        ("can i bring two pages of notes", "Teams have 4 or 5 members", None),  # the rule counts something else
        ("can i come at 5 pm", "Office hours are 2-4 pm", None),
    ],
)
def test_a_count_inside_the_range_is_yes_outside_no(question, rule, verdict):
    assert range_verdict(question, rule) is verdict
