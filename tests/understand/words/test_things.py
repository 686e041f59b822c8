"""A thing students ask to bring is named by any of its names, in a question and in a rule."""

from __future__ import annotations

import pytest

from bot.understand.words.things import names_same_thing


@pytest.mark.parametrize(
    ("thing", "said", "named"),
    [
        ("our student card", "Bring your student ID.", True),
        ("calcs", "No calculators.", True),
        ("a cheat sheet", "One formula sheet is allowed.", True),
        ("lab coats", "Lab attendance is required.", False),
        ("a calculator", "Bring your student ID.", False),
    ],
)
def test_a_thing_is_named_by_any_of_its_names(thing, said, named):
    """ "our student card" is named by "Bring your student ID"; a lab coat by no rule on lab attendance."""
    assert names_same_thing(thing, said) is named
