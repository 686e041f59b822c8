"""Terms: the same words for the same thing, identifiers in one form, the course's own phrases."""

from __future__ import annotations

import pytest

from bot.qa.terms import course_phrases, stem, terms_of


@pytest.mark.parametrize(
    ("text", "identifiers"),
    [
        ("typo in hw3 question 2", {"hw3", "q2"}),
        ("Homework 3, Q2", {"hw3", "q2"}),
        ("homework three", {"hw3"}),
        ("hw 4 part b", {"hw4b"}),
        ("HW4B", {"hw4b"}),
        ("is exam 1 cumulative", {"exam1"}),
        ("no numbers here", set()),
    ],
)
def test_numbered_things_are_one_identifier(text, identifiers):
    """However a numbered thing is written, it is one identifier."""
    assert terms_of(text).identifiers == identifiers


def test_synonyms_are_one_concept():
    """A cheat sheet and a crib sheet, a test and an exam, turn in and submit, are the same concept."""
    assert terms_of("is a crib sheet ok for the test").concepts == terms_of("cheat sheet exam").concepts
    assert "submit" in terms_of("where do we turn in the proposal").concepts


@pytest.mark.parametrize(("forms", "stemmed"), [(("crash", "crashes", "crashing", "crashed"), "crash")])
def test_stems_agree(forms, stemmed):
    assert {stem(w) for w in forms} == {stemmed}
    assert stem("running") == stem("run")


def test_the_course_names_of_several_words_read_as_one(course):
    """'mini project', 'mini-project' and 'Mini-Project' meet."""
    phrases = course_phrases(course)
    forms = [terms_of(t, phrases).concepts for t in ("mini project", "mini-project", "miniproject")]
    assert forms[0] == forms[1] == forms[2]


def test_stopwords_leave_nothing_of_an_empty_question():
    assert not terms_of("hi, can anyone help me with a quick question?")
