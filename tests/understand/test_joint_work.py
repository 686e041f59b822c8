"""Doing work together: No only from a clause that keeps that very work to each student."""

from __future__ import annotations

import pytest

from bot.understand.joint_work import joint_work_verdict
from tests.understand.conftest import course_in, first_line, reply

RULE = (
    "You may work with classmates on the weekly worksheets, but each student must hand in their own. Field data is "
    "collected with your group and shared, but the analysis and the written log must be your own work. Quizzes are "
    "individual."
)


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        ("can my friend and i write the log together", "the analysis and the written log must be your own work"),
        ("me and my roommate compared answers on the quiz, is that ok", "Quizzes are individual"),
        ("can we both hand in the same analysis", "the analysis and the written log must be your own work"),
    ],
)
def test_work_a_clause_keeps_to_each_student(question, clause):
    assert joint_work_verdict(RULE, question) == clause


@pytest.mark.parametrize(
    "question",
    [
        "can my group and i share our field data",  # that clause lets it be shared
        "can i write the log on the bus",  # nothing done together
        "can my friend and i go to office hours together",  # no clause names that
    ],
)
def test_no_verdict_without_a_clause_keeping_that_work_to_each(question):
    assert joint_work_verdict(RULE, question) is None


def test_a_story_of_a_joint_prelab_is_no_from_the_rule():
    """ "we did pre-lab 3 together and checked each other's answers ... is that allowed": individual work."""
    course = course_in("tests/fixtures/courses/chem-1310-s26")
    question = "my lab partner and i did pre-lab 3 together and checked each other's answers... is that allowed"
    result, said = reply(course, question, "2026-03-04 14:00")
    assert [p.slots.get("policy") for p in result.parts] == ["collaboration"]
    assert first_line(said).startswith("No"), said
    assert "individual" in first_line(said)
