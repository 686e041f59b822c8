"""A mark's bound asked against a rule's bound: a wider one gets no plain Yes or No from the rule."""

from __future__ import annotations

import pytest

from bot.understand.yes_no.mark_bound import bound_not_covered


@pytest.mark.parametrize(
    ("question", "rule", "wider"),
    [
        ("if i get under 8 in the oral do i fail", "below 5/20 in the final oral fails the course", True),
        ("if i get under 4 in the oral do i fail", "below 5/20 in the final oral fails the course", False),
        ("if i get below 5 in the oral do i fail", "below 5/20 in the final oral fails the course", False),
        ("under 40% on the exam, do i fail", "less than 8/20 on the exam fails", False),  # 40% = 8/20
        ("under 45% on the exam, do i fail", "less than 8/20 on the exam fails", True),
        ("under 40% on the exam, do i fail", "below 5 on the exam fails", False),  # scales not known to match
        ("if i get over 12 do i get honours", "more than 15/20 earns honours", True),
        ("if i get over 16 do i get honours", "more than 15/20 earns honours", False),
        ("if i get under 8 do i fail", "more than 15/20 earns honours", False),  # another direction
        ("if i get 8 do i fail", "below 5/20 fails", False),  # no bound asked
    ],
)
def test_bound_not_covered(question, rule, wider):
    assert bound_not_covered(question, rule) is wider
