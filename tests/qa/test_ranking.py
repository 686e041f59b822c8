"""Ranking: both questions must be about the same things; numbered things must agree; nothing when unsure."""

from __future__ import annotations

from collections import Counter

import pytest

from bot.qa.ranking import Candidate, parts_disagree, rank
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


@pytest.mark.parametrize(
    ("asked", "entry", "disagree"),
    [
        ("are the homework solutions posted", "Will you post solutions to the practice exam?", True),
        ("is there a practice final", "Is there a practice midterm?", True),
        ("is there a practice exam", "Is there a practice midterm?", False),
        ("is the final exam cumulative", "Are the exams cumulative?", False),
        ("are recitations recorded", "Are discussion sections recorded?", False),
        ("page limit for the final report", "Is there a page limit for the project?", False),
        ("can i use colab", "Is the midterm open book?", False),
    ],
)
def test_a_question_about_one_part_of_the_course_is_not_answered_by_another(asked, entry, disagree):
    assert parts_disagree(terms_of(asked).concepts, terms_of(entry).concepts) is disagree


def test_sharing_only_the_part_of_the_course_is_not_enough():
    """ "Are lectures recorded?" is about recordings; a question about food in lecture shares only the lectures."""
    faq = [("Are lectures recorded?", "Yes, on the course site."), ("How do I install PySpark?", "pip install it.")]
    candidates = [Candidate(i, terms_of(q), terms_of(a)) for i, (q, a) in enumerate(faq)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    assert rank(terms_of("can i bring food to lecture"), candidates, df, 2) == []
    assert rank(terms_of("is parking allowed at lecture"), candidates, df, 2) == []
    assert [s.key for s in rank(terms_of("can i rewatch lectures"), candidates, df, 2)] == [0]


NEIGHBOURS = [
    ("Where do we submit the project proposal?", "On the course site, one per team."),
    ("Are lectures recorded?", "Yes, on the video site."),
    ("Is the midterm open book?", "No; one sheet of notes."),
]


def _rank_neighbours(question: str) -> list[str]:
    candidates = [Candidate(i, terms_of(q), terms_of(a)) for i, (q, a) in enumerate(NEIGHBOURS)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    return [NEIGHBOURS[s.key][0] for s in rank(terms_of(question), candidates, df, len(candidates))]


@pytest.mark.parametrize(
    "question",
    ["when is the project proposal due", "are office hours recorded", "is the final open book"],
)
def test_a_neighbouring_attribute_of_the_same_subject_is_not_suggested(question):
    """The subject matches, the asked thing (when vs where, which meeting, which exam) does not."""
    assert _rank_neighbours(question) == []


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("where do i upload the project proposal", "Where do we submit the project proposal?"),
        ("how do we hand in the project proposal", "Where do we submit the project proposal?"),
        ("is there a video of lectures", "Are lectures recorded?"),
        ("can we have notes out during the midterm", "Is the midterm open book?"),
    ],
)
def test_the_same_asked_thing_is_still_suggested(question, entry):
    assert _rank_neighbours(question)[:1] == [entry]
