"""Work or attendance one may miss: the sentence allowing it, and a Yes or No only where its words decide."""

from __future__ import annotations

import pytest

from bot.understand.late.allowance import _letter_stems, allowance_question, allowance_verdict, allowances_in
from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.mark.parametrize(
    ("quote", "misses"),
    [
        ("Your best 6 of 8 problem sets count.", 2),
        ("We drop your lowest two homework scores.", 2),
        ("The lowest quiz score is dropped at the end of term.", 1),
        ("Up to three absences are excused without a note.", 3),
        ("You may miss up to two tutorials without explanation.", 2),
    ],
)
def test_what_a_rule_allows_to_be_missed(quote, misses):
    [found] = allowances_in("rule", quote)
    assert found.misses == misses


@pytest.mark.parametrize(
    "quote",
    [
        "Students without proper attire are sent home and the lab counts as an unexcused absence.",
        "The best answers show their working.",
        "Attendance is required at every seminar.",
    ],
)
def test_sentences_that_allow_no_miss(quote):
    assert allowances_in("rule", quote) == []


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("how many quizzes am i allowed to miss", None),
        ("do all the canvas quizzes count toward my grade", False),
        ("missed a quiz because i was sick, do i need a doctor's note", None),  # the sentence says nothing of notes
    ],
)
def test_the_quiz_rule_of_a_course(question, verdict):
    course = course_in(CHEM)
    found = allowance_question(course, question)
    assert found is not None
    assert found.policy == "quizzes"
    assert allowance_verdict(found, question) is verdict


def test_no_note_needed_for_as_many_as_are_excused(geo):
    """ "up to two absences are excused without a medical note": one is No, three is not decided."""
    _, said = reply(geo, "if i miss one practical because im sick do i need a doctors note", "2025-05-05 10:00")
    assert first_line(said).startswith("No")
    _, said = reply(geo, "do i need a medical note if i miss three practicals", "2025-05-05 10:00")
    assert not first_line(said).startswith(("Yes", "No"))
    assert "two absences" in said


@pytest.mark.parametrize(
    "question",
    [
        "how many late tokens can i use",  # not a miss
        "when is the next practical",
        "how many essays are there",
    ],
)
def test_not_a_question_about_misses(hist, question):
    assert allowance_question(hist, question) is None


def test_the_allowance_of_the_thing_asked_in_a_list_of_weights():
    """ "Quizzes 10% (best 3 of 4); Tutorial participation 5%" allows one missed quiz, never a missed tutorial: the
    rule on tutorials decides whether a note is needed for one."""
    rules = [
        *allowances_in("grading", "Quizzes 10% (best 3 of 4); Tutorial participation 5%; Final exam 50%."),
        *allowances_in("attendance", "You may miss up to two tutorials without explanation."),
    ]
    [quiz, tutorial] = rules
    assert quiz.sentence == "Quizzes 10% (best 3 of 4)"
    asked = "do i need a doctors note if i miss a tutorial"
    assert not _letter_stems("tutorial") & quiz.words
    assert allowance_verdict(tutorial, asked) is False
