"""The noun of "what <noun> are we doing" is the classes' subject matter, found only in that shape."""

from __future__ import annotations

import pytest

from bot.understand.meetings.class_subject import class_subject_at


@pytest.mark.parametrize(
    ("tokens", "found"),
    [
        ("what grammar are we doing for", 1),
        ("what chapters will we be covering", 1),
        ("what poems are we reading", 1),
        ("what are we doing", None),  # no noun: nothing to read
        ("what room are we in", None),  # not a verb of what classes take up
        ("what grammar is on the quiz", None),
        ("which grammar are we doing", None),
    ],
)
def test_the_noun_of_what_classes_take_up(tokens, found):
    assert class_subject_at(tokens.split()) == found
