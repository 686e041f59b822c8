"""The thesaurus of student language: each pair, in words no FAQ of the search-quality sets uses, meets on a concept."""

from __future__ import annotations

import pytest

from bot.qa.synonyms import GROUPS, KINDS, concept_table
from bot.qa.terms import terms_of


@pytest.mark.parametrize(
    ("student", "staff"),
    [
        ("my unit tests pass", "differs from the local tests"),
        ("does the final cover everything", "is the final cumulative"),
        ("can i redo a question", "how many attempts"),
        ("do i need to justify my answer", "show your work"),
        ("which graphs look best", "plots"),
        ("i handed in an old draft", "uploaded the wrong file"),
        ("the spec contradicts the example", "a mistake in the handout"),
        ("a ti-83 on the exam", "calculators"),
        ("is there an overleaf starter", "latex template"),
        ("powerpoints for week 2", "lecture slides"),
        ("sit in on another section", "attend a section"),
        ("what's the max group size", "how many people can be on a team"),
        ("turned it in after the deadline", "submitted late"),
        ("will i lose points", "is there a penalty"),
        ("jdk missing", "java not found"),
    ],
)
def test_student_words_meet_staff_words(student, staff):
    assert set(terms_of(student).concepts) & set(terms_of(staff).concepts)


def test_every_phrase_reads_as_its_group_or_as_a_tool_and_its_kind():
    table = concept_table()
    assert all(len(v) == 1 or key[0] in KINDS for key, v in table.items())
    assert len({g[0] for g in GROUPS}) == len(GROUPS)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("is copilot ok", "ai"), ("seaborn or matplotlib?", "plot"), ("dplyr won't load", "tidyvers")],
)
def test_a_tool_is_read_as_itself_and_its_kind(text, kind):
    concepts = terms_of(text).concepts
    assert kind in concepts
    assert len(concepts) >= 2


@pytest.mark.parametrize(
    ("text", "situation"),
    [("my hw2 score looks wrong", "regrade"), ("i think there's a mistake in my grade", "regrade")],
)
def test_two_concepts_together_name_a_situation(text, situation):
    assert situation in terms_of(text).concepts
    assert situation not in terms_of("what's my grade").concepts
