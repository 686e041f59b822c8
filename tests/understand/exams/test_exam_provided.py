"""Must a thing be brought that the exam hands out (bot.understand.exams.exam_provided): No with the rule."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.exams.exam_provided import provided_verdict, required_verdict
from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"
HANDED = ("Bring a pencil; manuscript paper is provided.", "No phones.")


def _exams(*rules):
    exam = course_in(CHEM).exams[0]
    return [replace(exam, rules=r) for r in rules]


@pytest.mark.parametrize(
    ("exams", "question", "found"),
    [
        (_exams(HANDED), "do i need to bring my own manuscript paper to the test", False),
        (_exams(HANDED), "do we have to bring manuscript paper", False),
        (_exams(HANDED), "am i supposed to bring manuscript paper for it?", False),
        (_exams(HANDED), "do i need to bring a pencil", None),  # told to bring it: not handed out
        (_exams(HANDED), "is manuscript paper provided", None),  # asked whether handed out: another reader's
        (_exams(("Manuscript paper is not provided.",)), "do i need to bring manuscript paper", None),
        (_exams(HANDED, ("Bring manuscript paper.",)), "do i need to bring manuscript paper", None),  # they differ
    ],
)
def test_handed_out_is_not_to_be_brought(exams, question, found):
    """No only when every exam asked has a rule saying the thing is provided, plainly."""
    verdict = provided_verdict(exams, question)
    assert (verdict[0] if verdict else None) is found


def test_the_engine_answers_no():
    """On a fixture course: the periodic table is handed out, so No, with the rule."""
    _, said = reply(course_in(CHEM), "do i need to bring my own periodic table to midterm 2", "2026-03-04 14:00")
    assert first_line(said).startswith("No: “A periodic table and a constants sheet are provided")


@pytest.mark.parametrize(
    ("exams", "question", "found"),
    [
        (_exams(("Bring your student ID card.",)), "do i need my student id for the exam", True),
        (_exams(("You must bring photo ID.",)), "do we have to bring photo id", True),
        (_exams(HANDED), "do i need to bring a pencil", True),
        (_exams(HANDED), "do i need my student id", None),  # no rule names it
        (_exams(("A calculator is allowed.",)), "do i need a calculator", None),  # allowed is not needed
        (_exams(("Do not bring your phone.",)), "do i need my phone", None),
        (_exams(HANDED, ("No phones.",)), "do i need to bring a pencil", None),  # one exam says nothing of it
    ],
)
def test_a_thing_the_rules_tell_students_to_bring_is_needed(exams, question, found):
    """Yes only when every exam asked has a rule telling students to bring the thing."""
    verdict = required_verdict(exams, question)
    assert (verdict[0] if verdict else None) is found
