"""Credits and prerequisites: the course's own sentences where it states them, else unknown and where to ask."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.render_text import answer_text
from bot.understand.about_course.course_standing import course_standing, stated_standing
from bot.understand.about_course.outside_course import outside_course
from tests.conftest import local


def shown(course, answer):
    return answer_text(answer, course.tz, local(course, "2024-10-14 10:00")) if answer is not None else ""


def with_description(course, description):
    return dataclasses.replace(course, description=description, components="")


@pytest.mark.parametrize("question", ["how many credits is this course", "how many units is it", "credits for this?"])
def test_credits_stated_in_the_description_are_quoted(second_course, question):
    course = with_description(second_course, "A core course (4 credits) for majors. It covers regression.")
    answer = course_standing(course, question)
    assert "4 credits" in shown(course, answer)
    assert "regression" not in shown(course, answer)
    assert stated_standing(course, question)
    assert outside_course(course, question, holds=lambda w: False) is None  # not sent to the registrar


@pytest.mark.parametrize("question", ["whats the prereq", "do i need math 20 before this", "prerequisites?"])
def test_prerequisites_stated_are_quoted(second_course, question):
    course = with_description(second_course, "Intro course. Prerequisite: MATH 20 (Calculus). Lectures are taped.")
    said = shown(course, course_standing(course, question))
    assert "MATH 20" in said
    assert "taped" not in said


def test_no_prerequisite_decides_a_yes_no(second_course):
    course = with_description(second_course, "No prerequisites; LING 1 is recommended but not required.")
    said = shown(course, course_standing(course, "is ling 1 a prereq for this"))
    assert said.splitlines()[2].startswith("No")
    assert "recommended" in said
    # an open question gets the sentence without a verdict
    assert "No:" not in shown(course, course_standing(course, "what are the prereqs"))


def test_unstated_is_unknown_with_where_to_ask(second_course):
    course = with_description(second_course, "A course on data. No credit is given for late work.")
    answer = course_standing(course, "how many units is this course")
    assert answer.kind == "unknown"
    assert "not on the course page" in shown(course, answer)
    assert not stated_standing(course, "how many credits is this course")
    assert course_standing(course, "when is hw2 due") is None


def test_a_prerequisites_policy_is_left_to_the_policy(course):
    # the 10-605 fixture keeps its prerequisites as a policy: the policy engine answers, not "not on the page"
    assert course_standing(course, "what are the prereqs") is None


def test_a_points_weighted_unit_is_its_credits(second_course):
    """ "A first-year, 6-point unit": credit points as some universities write them, not marks."""
    course = with_description(
        second_course, "An introduction to ethics. A first-year, 6-point unit with no prerequisites."
    )
    answer = course_standing(course, "how many credit points is this unit")
    assert "6-point unit" in shown(course, answer)
    assert course_standing(
        with_description(second_course, "Quizzes are worth 6 points each."), "how many credits is it"
    )
    said = shown(
        second_course, course_standing(with_description(second_course, "Quizzes: 6 points each."), "how many credits")
    )
    assert "6 points" not in said


@pytest.mark.parametrize("question", ["how many ects is this course", "how many ec is it", "credits for this module?"])
def test_european_credits_written_ec_are_the_courses_credits(second_course, question):
    """ "6 EC" in the description is its credit weight, quoted rather than sent to the registrar."""
    course = with_description(second_course, "Second-year module, 6 EC, taught in English. It covers regression.")
    assert "6 EC" in shown(course, course_standing(course, question))
    assert outside_course(course, question, holds=lambda w: False) is None


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("is math 20 a prereq for this", "Yes: the course page lists MATH 20 as a prerequisite."),
        ("do i need math20 before this", "Yes"),
        ("is stat 100 a prerequisite", "No: STAT 100 is not among the prerequisites"),
        ("is cs 61a a prereq", "No"),  # named only as recommended, never as a prerequisite
    ],
)
def test_a_course_named_is_checked_against_the_prerequisites_listed(second_course, question, opening):
    course = with_description(second_course, "Prerequisite: MATH 20 (Calculus) and ECON 1. CS 61A is recommended.")
    said = shown(course, course_standing(course, question))
    assert said.splitlines()[2].startswith(opening), said
    # an open question gets the sentence without a verdict
    assert "Yes:" not in shown(course, course_standing(course, "what are the prereqs"))
