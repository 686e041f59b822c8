"""Two parts of the grade set against each other: Yes or No from the breakdown, with both shares; a sum, a figure or
a part the breakdown does not name plainly decides nothing."""

from __future__ import annotations

import pytest

from bot.understand.work.compared_weight import compared_weight

STAT = "Problem sets 30%, project 20%, midterm 20%, final 30%."
HIST = "Essays 40%, dissertation proposal 20%, final examination 40%."


@pytest.mark.parametrize(
    ("breakdown", "question", "yes", "said"),
    [
        (STAT, "is the final worth more than the project", True, "Final is 30% of the grade, Project 20%."),
        (STAT, "is the project worth more than the midterm", False, "each 20%"),
        (STAT, "is the midterm worth less than the final right?", True, "Midterm is 20%"),
        (STAT, "are problem sets weighted less than the final", False, "each 30%"),
        (STAT, "does the mid term count for more than the project", False, "each 20%"),  # split word
        (HIST, "does the proposal count for less than the essays", True, "Dissertation proposal is 20%"),
        (HIST, "is the final worth more than the proposal", True, "Final examination is 40%"),
    ],
)
def test_the_two_shares_decide(breakdown, question, yes, said):
    found = compared_weight(breakdown, question)
    assert found is not None, question
    assert found[0] is yes
    assert said in found[1]


@pytest.mark.parametrize(
    "question",
    [
        "is the final worth more than the midterm and project combined",  # a sum
        "is the final worth more than 20%",  # a figure
        "is the final longer than the midterm",  # not its worth
        "is the final worth more than the final",  # one part
        "is the final worth more than attendance",  # no such part
        "is the final worth 30%",  # a share stated, not compared (stated_weight)
    ],
)
def test_nothing_else_is_decided(question):
    assert compared_weight(STAT, question) is None


@pytest.mark.parametrize(
    ("breakdown", "question"),
    [
        (HIST, "is an essay worth more than the dissertation proposal"),  # one essay is not all of "Essays 40%"
        (STAT, "is a problem set worth more than the midterm"),
        (STAT, "is the project worth less than each problem set"),
        (HIST, "is the final exam worth more than the essays or the proposal"),  # two parts set against it
    ],
)
def test_one_of_a_part_or_two_parts_asked_of_are_not_decided(breakdown, question):
    assert compared_weight(breakdown, question) is None


def test_a_part_named_in_the_plural_takes_are():
    found = compared_weight(HIST, "are the essays worth more than the proposal or the same")
    assert found == (True, "Essays are 40% of the grade, Dissertation proposal 20%.")
