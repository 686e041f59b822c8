"""A count asked against the range of counts a rule states ("4 or 5 members")."""

from __future__ import annotations

import pytest

from bot.understand.yes_no.stated_range import asked_counts, cap_verdict, range_verdict, stated_ranges


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


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("can we have more than 5 members", False),  # every count it admits is outside 4-5
        ("can our team have fewer than 4 people", False),
        ("can we have at most 3 members", False),
        ("can we have at least 6 members", False),
        ("can we have over 6 members", False),
        ("can we have more than 4 members", None),  # 5 is allowed, 6 is not: which is asked is not said
        ("can our team have up to 5 members", None),
        ("can we have 5 members", True),
    ],
)
def test_a_bound_asked_is_no_only_when_no_count_it_admits_is_allowed(question, verdict):
    """ "more than 5 members" of "4 or 5 members" is a No, never the Yes of the 5 it names; a bound partly inside the
    range is left to the other checks."""
    assert range_verdict(question, "Teams have 4 or 5 members") is verdict


@pytest.mark.parametrize(
    ("question", "rule", "verdict"),
    [
        ("can i burn both grace days on map 1", "at most 1 grace day on one assignment", False),
        ("can i use 3 slip days on one lab", "At most 2 slip days on one assignment", False),
        ("can i use 2 slip days on one lab", "At most 2 slip days on one assignment", True),
        ("can i use 40 flex hours on sheet 3", "at most 48 flex hours on one assignment", True),
        ("can my poster be 12 pages", "no more than 10 pages", False),
        ("do we have more than 3 grace days", "4 grace days in all, at most 2 on one assignment", None),
        ("can we have six members", "Teams have 4 or 5 members", None),  # a range, not a cap
        # what one may bring or use is a cap on its count
        ("can i bring two index cards", "you may bring one 3x5 inch index card of handwritten notes", False),
        ("can i bring two pages of notes", "One double-sided page of handwritten notes is allowed.", False),
        ("can i bring a double sided cheat sheet", "One double-sided page of handwritten notes is allowed.", None),
    ],
)
def test_a_count_against_a_cap(question, rule, verdict):
    """ "at most N things" allows every count up to N of those things, and no count past it."""
    assert cap_verdict(question, rule) is verdict
