"""Terms: the same words for the same thing, identifiers in one form, the course's own phrases."""

from __future__ import annotations

import pytest

from bot.qa.asked import MARKERS
from bot.qa.course_words import course_phrases
from bot.qa.terms import joinable, stem, terms_of


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


def test_a_course_synonym_reads_as_its_meaning_term_for_term(course):
    """The course says "late days" = "grace days": a question in the student's words meets the FAQ's own words."""
    phrases = course_phrases(course)
    # What is asked ("how do ... work": how) is a marker, compared apart (bot.qa.asked), not a word.
    asked = set(terms_of("how do grace days work", phrases).concepts) - MARKERS
    assert asked
    assert asked <= set(terms_of("late days?", phrases).concepts)


def test_a_phrase_is_found_in_its_other_forms():
    """ "study groups" is "study group"; "sampling" is not "sample exams" (only whole phrases' stems meet)."""
    assert terms_of("study groups ok?").concepts == terms_of("study group ok?").concepts
    assert "practice" not in terms_of("random sampling").concepts


@pytest.mark.parametrize(
    ("text", "counted"),
    [("can five people be on a team", True), ("3 members max?", True), ("10-405 students", False), ("hw 4", False)],
)
def test_a_number_of_people_asks_about_team_size(text, counted):
    assert ("teamsize" in terms_of(text).concepts) is counted


@pytest.mark.parametrize(
    ("text", "version"),
    [("is python 3.11 ok", True), ("R 4.4.1 or newer?", True), ("submitted late by 2.5 hours", False)],
)
def test_a_dotted_release_number_asks_about_versions(text, version):
    assert ("version" in terms_of(text).concepts) is version


def test_words_ending_in_eed_keep_their_stem():
    assert stem("speed") == "speed"
    assert stem("needed") != stem("ne")


@pytest.mark.parametrize(
    ("text", "exam"),
    [("is the final cumulative", True), ("practice final?", True), ("final exam room", True), ("final report", False)],
)
def test_the_final_is_an_exam_unless_it_is_the_last_of_something(text, exam):
    assert ("finalexam" in terms_of(text).concepts) is exam


def test_a_name_written_as_several_words_is_read_as_the_indexed_name():
    """ "prairie learn" is the indexed "prairielearn"; an error's name written apart is read as its cause, as the
    joined name is ("module not found error", "py4j java error": bot.qa.error_causes)."""
    text = "prairie learn says module not found error, then a py4j java error"
    known = {"prairielearn"} & set(joinable(text))
    concepts = terms_of(text, known=known).concepts
    assert "prairielearn" in concepts
    assert "missingpackage" in concepts
    assert "jvmerror" in concepts
    assert set(terms_of("ModuleNotFoundError").concepts) <= set(concepts)
