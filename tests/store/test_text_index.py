"""The in-memory full-text index (SQLite FTS5, bm25): ranked, filtered by kind, safe with any words."""

from __future__ import annotations

import pytest

from bot.store.text_index import TextIndex


@pytest.fixture
def index():
    built = TextIndex(
        [
            ("schedule", "1", "Hashing Theory, CMS", "slides recording"),
            ("schedule", "2", "LSH", "locality sensitive hashing"),
            ("policy", "late", "Late homework", "grace days hashing is not here"),
        ]
    )
    yield built
    built.close()


def test_ranked_with_titles_first(index):
    """A word in a title ranks above the same word in a body; Porter stems meet ('hash' ~ 'hashing')."""
    hits = index.search(["hash"])
    assert hits[0].key == "1"
    assert {h.key for h in hits} == {"1", "2", "late"}


def test_filtered_by_kind(index):
    """Only the kinds asked for."""
    assert {h.kind for h in index.search(["hashing"], ("policy",))} == {"policy"}


@pytest.mark.parametrize("words", [["AND"], ['"'], ["NEAR(", "OR"], ["*"], ["hash-ing"], [""], []])
def test_any_words_are_safe(index, words):
    """Words are searched as words, never as FTS syntax: no error whatever is typed."""
    index.search(words)


def test_counts_documents(index):
    assert len(index) == 3
