"""Typo repair through the near-words index: the same correction as trying every word of the vocabulary, on the
bundled and fixture courses and on a course several times their size."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from bench.scaled_course import scaled
from bot.course.loader import load_course
from bot.understand.words import near_words
from bot.understand.words.lexicon import Lexicon
from bot.understand.words.near_words import NearWords
from tests.conftest import FIXTURES, REPO

_FOLDERS = sorted(p for p in (*(REPO / "data").iterdir(), *(FIXTURES / "courses").iterdir()) if p.is_dir())


def _built(words: list[str], *, indexed: bool) -> NearWords:
    """The index forced on (however small the vocabulary) or off (every word scored)."""
    saved = near_words.SCAN_BELOW
    near_words.SCAN_BELOW = 0 if indexed else len(words) + 1
    try:
        return NearWords(words)
    finally:
        near_words.SCAN_BELOW = saved


@pytest.fixture(scope="module")
def lexicons():
    """(indexed, scanning) lexicon pairs of each course and of 10-605 four times over."""
    pairs = []
    courses = [load_course(folder) for folder in _FOLDERS]
    for course in [*courses, scaled(courses[0], 4)]:
        indexed, scanning = Lexicon(course), Lexicon(course)
        indexed._near = _built(indexed._targets, indexed=True)
        scanning._near = _built(scanning._targets, indexed=False)
        assert scanning._near.small
        assert not indexed._near.small
        pairs.append((indexed, scanning))
    return pairs


def _typo(word: str, data: st.DataObject) -> str:
    """The word with one or two random edits (letters changed, dropped, added or swapped)."""
    for _ in range(data.draw(st.integers(1, 2))):
        at = data.draw(st.integers(0, max(0, len(word) - 1)))
        letter = data.draw(st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789"))
        edit = data.draw(st.sampled_from(["change", "drop", "add", "swap"]))
        if edit == "change":
            word = word[:at] + letter + word[at + 1 :]
        elif edit == "drop" and len(word) > 1:
            word = word[:at] + word[at + 1 :]
        elif edit == "add":
            word = word[:at] + letter + word[at:]
        elif len(word) > at + 1:
            word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return word


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_corrections_are_those_of_trying_every_word(lexicons, data):
    for indexed, scanning in lexicons:
        word = _typo(data.draw(st.sampled_from(indexed._targets)), data)
        assert indexed.correct(word) == scanning.correct(word), word


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_nearest_words_are_those_of_scoring_every_word(data):
    vocabulary = data.draw(st.lists(st.text("abcde12", min_size=1, max_size=9), min_size=1, max_size=80))
    near = _built(vocabulary, indexed=True)
    word = data.draw(st.text("abcde12", min_size=2, max_size=10))
    for limit in (1, 2):
        scored = sorted((OSA.distance(word, w), p) for p, w in enumerate(vocabulary) if OSA.distance(word, w) <= limit)
        assert near.nearest(word, limit, 8) == [(vocabulary[p], d) for d, p in scored[:8]]
        assert near.nearest(word, limit, 3) == [(vocabulary[p], d) for d, p in scored[:3]]
