"""Ranking: both questions must be about the same things; numbered things must agree; nothing when unsure."""

from __future__ import annotations

from collections import Counter

from bot.qa.ranking import Candidate, rank
from bot.qa.terms import terms_of

FAQ = [
    ("Can I bring a cheat sheet to the exam?", "One sheet, both sides."),
    ("Are calculators allowed during exams?", "A basic calculator."),
    ("Is there a mistake in hw3?", "The errata for hw3 are pinned."),
    ("How do I install PySpark?", "pip install pyspark; install Java first."),
]


def _rank(question: str) -> list[str]:
    candidates = [Candidate(i, terms_of(q), terms_of(a)) for i, (q, a) in enumerate(FAQ)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    return [FAQ[s.key][0] for s in rank(terms_of(question), candidates, df, len(candidates))]


def test_a_paraphrase_finds_its_entry_first():
    assert _rank("are we allowed a crib sheet in the test")[0] == FAQ[0][0]
    assert _rank("pyspark installation help")[0] == FAQ[3][0]


def test_one_shared_common_word_is_not_enough():
    """'when is the exam' shares 'exam' with two entries and is about neither."""
    assert _rank("when is the exam") == []


def test_a_different_numbered_thing_is_not_suggested():
    assert _rank("is there a mistake in hw4")[:1] != [FAQ[2][0]]
    assert _rank("is there a mistake in hw3")[:1] == [FAQ[2][0]]


def test_unrelated_questions_get_nothing():
    assert _rank("best pizza near campus") == []
