"""A count the student states is held against the rule's count of the same thing: the same count is Yes, another is
No only where the rule allows its count alone ("one side only"), and nothing counted in both is no verdict."""

from __future__ import annotations

import pytest

from bot.understand.yes_no.stated_count import count_verdict

_ONE_SIDE = "You may bring one handwritten A4 formula sheet, one side only; it is collected with your paper."
_BOTH_SIDES = "You may bring one 3x5 index card of handwritten notes (both sides)."


@pytest.mark.parametrize(
    ("question", "rule", "expected"),
    [
        ("is the midterm formula sheet both sides too?", _ONE_SIDE, False),
        ("is the formula sheet double-sided", _ONE_SIDE, False),
        ("can i bring two formula sheets", _ONE_SIDE, False),
        ("is it one sheet", _ONE_SIDE, True),
        ("is the index card both sides", _BOTH_SIDES, True),
        ("is the index card one sided", _BOTH_SIDES, None),  # another count, but the rule sets no "only"
        ("can i bring a calculator", _ONE_SIDE, None),
    ],
)
def test_count_verdict(question, rule, expected):
    found = count_verdict(question, [rule])
    assert (found[0] if found else None) is expected


_HOURS = "Every student completes 60 hours of supervised placement at an agency."


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("do i need 50 placement hours", False),  # a duty asked with another count: No
        ("do i need 60 hours", True),
        ("do i need a police check", None),  # nothing counted
    ],
)
def test_a_duty_asked_with_another_count_is_no(question, expected):
    """`exact`: any count other than the rule's is a No, not only against a rule that allows its count alone."""
    found = count_verdict(question, [_HOURS], exact=True)
    assert (found[0] if found else None) is expected
    assert count_verdict("do i need 50 placement hours", [_HOURS]) is None  # without it, no "only": no verdict
