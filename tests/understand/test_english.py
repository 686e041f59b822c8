"""Ordinary words a student means as themselves are never repaired into course words."""

from __future__ import annotations

import pytest

from bot.understand.english import ordinary


@pytest.mark.parametrize("word", ["labs", "bread", "lawn", "lesson"])
def test_words_meant_as_themselves(word):
    """ "do labs get recorded" on a course without labs is not about a topic's "laws"."""
    assert ordinary(word)
