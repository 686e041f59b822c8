"""Doing work together: No only from a clause that keeps that very work to each student."""

from __future__ import annotations

import pytest

from bot.understand.policies.joint_work import joint_work_policy, joint_work_verdict
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
        "can i copy the analysis code from the docs if i cite it",  # copied from a source, not from a student
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


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        ("can i do the quiz with my roommate", "Quizzes are individual"),
        ("can me and my housemate write the log together", "the analysis and the written log must be your own work"),
        ("can i copy the analysis from my classmate", "the analysis and the written log must be your own work"),
    ],
)
def test_work_done_with_another_student_is_read_together(question, clause):
    """ "with my roommate", "me and my housemate": two students on one piece of work."""
    assert joint_work_verdict(RULE, question) == clause


def test_the_one_policy_keeping_the_work_to_each_is_found():
    """A may-I about doing work together gets the policy whose clause keeps it to each student; a story's "and i",
    a rule allowing collaboration itself, or a clause sharing that work give none."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    found = joint_work_policy(chem, "can me and my lab partner hand in identical discussions")
    assert found is not None
    assert found[0] == "collaboration"
    assert "own words" in found[1]
    assert joint_work_policy(chem, "lab 3 is due tmrw and i just got covid, can i get an extension") is None
    assert joint_work_policy(chem, "can my lab partner and i share our data") is None
    assert joint_work_policy(course_in("data/10-605-s24"), "can i work with my friend on the homework") is None


def test_doing_quizzes_with_a_roommate_is_no():
    """ "can i do the prelab with my roommate": No, with the clause keeping it individual."""
    course = course_in("tests/fixtures/courses/chem-1310-s26")
    result, said = reply(course, "can i do the prelab with my roommate", "2026-03-04 14:00")
    assert [p.slots.get("policy") for p in result.parts] == ["collaboration"]
    assert first_line(said).startswith("No"), said


SUBMIT_OWN = (
    "You may work on the weekly worksheets in study groups of up to four, but each student must write and submit "
    "their own answers. Quizzes are done alone."
)


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        # one piece of work handed in for several: the clause on each student's own submission, after the work's
        ("can my study group just turn in one worksheet for all of us", "each student must write and submit their own"),
        ("could we hand in one worksheet for the whole group", "each student must write and submit their own"),
        ("can we work on the worksheets together", None),  # working together is not handing in one
        ("is it ok to turn in one worksheet for our group", "each student must write and submit their own"),
        # staff doing something for the students: no rule on the students' own work decides it
        ("can the ta post one worksheet solution for all of us", None),
        ("could the tutor mark one worksheet for the whole group", None),
        # a student doing something else for the group than the work itself: no rule on their own work decides it
        ("can i print the worksheet for my study group", None),
        ("could i photocopy one worksheet for all of us", None),
        ("could i do the worksheet for my whole group", "each student must write and submit their own"),
    ],
)
def test_one_for_all_is_each_students_own_submission(question, clause):
    """The clause after ", but" whose subject is the students speaks of the work named before it, only for a shared
    submission."""
    found = joint_work_verdict(SUBMIT_OWN, question)
    if clause is None:
        assert found is None
    else:
        assert found is not None
        assert found.startswith(clause)


def test_one_for_all_by_another_name_of_the_work(stat):
    """ "one homework for the whole group" of a rule on "problem sets": the work's other names from the course data."""
    _, said = reply(stat, "can we submit one homework for the whole group", "2024-10-01 10:00")
    assert first_line(said) == "No: “you must write up your own solutions”"


WORK_WITH = (
    "You may work with classmates on the tutorial sheets, but each student must upload their own answers. Lab data is "
    "shared with your partner."
)


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        # letting students work together is not letting one sheet go in for several: the clause after ", but" decides
        ("can i submit the tutorial sheet for my group", "each student must upload their own answers"),
        ("could we turn in one tutorial sheet for all of us", "each student must upload their own answers"),
        ("can i work on the tutorial sheets with my classmates", None),  # working together is what it lets
        ("can we hand in the lab data for our group", None),  # a clause naming no handing in, no clause keeping it own
    ],
)
def test_working_together_does_not_let_one_for_all(question, clause):
    """A permission to work together is no permission to hand in one piece of work for several students."""
    found = joint_work_verdict(WORK_WITH, question)
    assert found == clause


def test_group_problem_set_is_each_students_own():
    """ "can i submit the problem set for my group" on chem: No, with the clause on each student's own answers."""
    course = course_in("tests/fixtures/courses/chem-1310-s26")
    _, said = reply(course, "can i submit the problem set for my group", "2026-03-04 14:00")
    assert first_line(said) == "No: “each student must enter their own answers”"
