"""Work named in two halves joined by "for" or "of" (bot.understand.work.joined_work): the items both halves name."""

from __future__ import annotations

import pytest

from bot.understand.question.reading import Mention
from bot.understand.work.joined_work import joined_work

DRAFTS = ("essay1-draft", "essay2-draft", "essay3-draft")
ESSAY2 = ("essay2-draft", "essay2-final")


def _work(ids: tuple[str, ...], start: int, end: int) -> Mention:
    return Mention("assignment", ids, start, end, 3.0)


@pytest.mark.parametrize(
    ("question", "first", "second", "expected"),
    [
        # "draft" names every draft, "essay 2" its draft and final version: together, essay 2's draft
        ("when is the draft for essay 2 due", (DRAFTS, 3, 4), (ESSAY2, 5, 7), [("essay2-draft",)]),
        ("when is the draft of the essay 2 due", (DRAFTS, 3, 4), (ESSAY2, 6, 8), [("essay2-draft",)]),
        # joined by "and": both asked about, not the items they share
        ("when is the draft and essay 2 due", (DRAFTS, 3, 4), (ESSAY2, 5, 7), [DRAFTS, ESSAY2]),
        # nothing shared: both asked about
        ("is the draft for hw 2 due", (DRAFTS, 2, 3), (("hw2",), 4, 6), [DRAFTS, ("hw2",)]),
        # one half already names the item: left as it is
        ("is the draft for essay 2 draft due", (DRAFTS, 2, 3), (("essay2-draft",), 4, 7), [DRAFTS, ("essay2-draft",)]),
    ],
)
def test_two_halves_name_what_both_name(question, first, second, expected):
    tokens = question.split()
    mentions = [_work(*first), Mention("policy", ("essays",), 2, 3), _work(*second)]
    joined = joined_work(mentions, tokens)
    assert [m.ids for m in joined if m.kind == "assignment"] == expected
    assert any(m.kind == "policy" for m in joined)  # other mentions stay


def test_the_joined_mention_spans_both_halves():
    tokens = ["when", "is", "the", "draft", "for", "essay", "2", "due"]
    joined = joined_work([_work(DRAFTS, 3, 4), _work(ESSAY2, 5, 7)], tokens)
    assert [(m.start, m.end) for m in joined] == [(3, 7)]
