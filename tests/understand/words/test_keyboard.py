"""Letters beside each other on a keyboard tell a slip of the finger from another word."""

from __future__ import annotations

import pytest

from bot.understand.words.keyboard import NEIGHBOURS, next_key_slip


@pytest.mark.parametrize(
    ("typed", "meant", "slip"),
    [
        ("dowm", "down", True),  # m beside n
        ("lowet", "lower", True),  # t beside r
        ("lste", "late", True),  # s beside a
        ("dowx", "down", False),  # x far from n
        ("sown", "down", False),  # the first letter is kept by a slip
        ("dow", "down", False),  # a letter left out is another slip
        ("down", "down", False),  # no slip at all
        ("dwom", "down", False),  # two letters changed
    ],
)
def test_one_letter_typed_with_the_key_beside_it_is_a_slip(typed, meant, slip):
    """One letter after the first replaced by a key beside it, and nothing else."""
    assert next_key_slip(typed, meant) is slip


def test_neighbours_are_mutual():
    """A key beside another has that one beside it too, across the rows as well as along them."""
    assert all(a in NEIGHBOURS[b] for a, near in NEIGHBOURS.items() for b in near)
    assert {"g", "v", "b", "t", "y", "f", "h"} >= NEIGHBOURS["g"] >= {"t", "y", "f", "h", "v", "b"}
