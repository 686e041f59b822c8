from __future__ import annotations

import pytest

from bot.understand.policies.collaboration_story import collaboration_policy
from tests.understand.conftest import course_in, first_line, reply


@pytest.mark.parametrize(
    "question",
    [
        "me and my roommate compared answers on hw4 before we turned it in, is that allowed",
        "my study group and i ended up with the same code for hw3, is that a problem",
        "my classmate and i wrote hw2 together, is that ok",
        "me and my mates want to do hw4 together, is that allowed",  # "mates", as students say it
    ],
)
def test_a_story_of_working_together_gets_the_collaboration_rule(question):
    course = course_in("data/10-605-s24")
    assert collaboration_policy(course, question) == "collaboration"
    result, said = reply(course, question, "2024-03-01 10:00")
    assert result.parts[0].intent == "policy"
    assert "own" in said
    assert not first_line(said).startswith("Yes"), said


@pytest.mark.parametrize(
    "question",
    [
        "my friend and i both submitted hw4 late, is that ok",  # lateness, not working together
        "is hw4 due friday",
        "my friend and i are going to office hours",
    ],
)
def test_other_questions_are_not_collaboration_stories(question):
    assert collaboration_policy(course_in("data/10-605-s24"), question) is None


def test_another_course_names_its_own_rule(stat):
    q = "my friend and i did ps5 together and handed in the same write up, is that ok"
    _, said = reply(stat, q, "2024-11-01 10:00")
    assert "own" in said


def test_gonna_be_a_problem_asks_whether_working_together_was_allowed():
    """ "... we compared our code, is that gonna be a problem": the collaboration rule."""
    course = course_in("data/10-605-s24")
    question = "my classmate and i compared our code for hw2 line by line, is that gonna be a problem"
    assert collaboration_policy(course, question) == "collaboration"
