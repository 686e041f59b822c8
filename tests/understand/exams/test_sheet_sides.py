"""The sides of a notes sheet asked, against the sides an exam's rule allows."""

from __future__ import annotations

import pytest

from bot.understand.exams.sheet_sides import sides_of, sides_verdict


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("can the notes sheet be double sided", 2),
        ("can i write on both sides of my card", 2),
        ("front and back ok?", 2),
        ("one A4 sheet of notes (one side only)", 1),
        ("is a single-sided page fine", 1),
        ("can i bring a notes sheet", None),
    ],
)
def test_the_sides_a_text_speaks_of(text, sides):
    assert sides_of(text) == sides


def test_both_sides_against_one_side_only_is_no():
    assert sides_verdict("can my crib sheet be double sided", "One sheet of notes (one side only) is allowed.") is False
    assert sides_verdict("can my crib sheet be double sided", "One double-sided sheet of notes is allowed.") is True
    assert sides_verdict("is one side ok", "One sheet of notes, both sides, is allowed.") is True
    assert sides_verdict("can my crib sheet be double sided", "One sheet of notes is allowed.") is None
