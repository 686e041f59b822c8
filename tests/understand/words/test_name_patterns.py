"""A pattern of the course's names finds a match exactly when one name's own pattern would, and is compiled once."""

from __future__ import annotations

import re

import pytest

from bot.understand.words.name_patterns import ALONE_AFTER, ALONE_BEFORE, alone, any_name

TEXTS = ["is hw2 still open", "is hw2b open", "pre-hw2 quiz", "i missed the midterm", "labs on monday", "", " x"]
NAMES = [("hw2",), ("hw2", "homework 2"), ("lab", "labs"), ("midterm", "exam 1"), ("",), ()]
AROUND = [("", ""), (ALONE_BEFORE, ALONE_AFTER), ("", r"\b"), (r"\b", ""), (r"\bmissed\s+(?:the\s+)?", r"\b")]


@pytest.mark.parametrize("names", NAMES)
@pytest.mark.parametrize(("before", "after"), AROUND)
def test_one_search_finds_what_a_search_for_each_name_finds(names, before, after):
    for text in TEXTS:
        each = any(re.search(before + re.escape(n) + after, text) for n in names)
        assert (any_name(names, before, after).search(text) is not None) == each, (names, text)
        first = any(re.match(before + re.escape(n) + after, text) for n in names)
        assert (any_name(names, before, after).match(text) is not None) == first, (names, text)


def test_the_same_names_give_the_same_compiled_pattern():
    assert alone(["hw2", "hw 2"]) is alone(("hw2", "hw 2", "hw2"))
    assert alone(["hw2"]).search("is hw2 due")
    assert not alone(["hw2"]).search("is hw2b due")
