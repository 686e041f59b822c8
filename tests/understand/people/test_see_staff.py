"""Seeing a member of staff (by a role, or anyone) is asked; a classmate or something of theirs is not."""

from __future__ import annotations

import pytest

from bot.understand.people.see_staff import asks_to_see_staff, seeing_words, staff_words
from tests.understand.conftest import course_in, first_line, reply


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("can i catch the professor monday immediately after lecture", True),
        ("can i see someone on monday afternoon about my assignment", True),
        ("could i speak with a ta on friday about the lab report", True),
        ("can i attend the professor monday morning", True),  # "drop in on", respelled
        ("is there someone i can see thursday", True),
        ("anyone we could talk to about hw2", True),
        ("can i meet someone from my lab group on monday", False),  # a classmate
        ("can i see someone else's notes", False),
        ("when can i attend the professor's lecture", False),  # something of theirs
        ("when can i attend the professor lecture", False),
        ("can i see my grades", False),
        ("when does the class meet", False),
    ],
)
def test_asks_to_see_staff(course, question, asked):
    assert asks_to_see_staff(question, staff_words(course)) is asked


def test_course_role_names_are_staff(course):
    staff = staff_words(course)
    for role in course.roles:
        assert " ".join(role.title.lower().split()[:2]) in staff or len(role.title.split()) > 2


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("could i drop by dr okafor's office monday", True),  # a visit, by a titled surname
        ("can i meet dana okafor on thursday", True),  # by the full name
        ("can i stop by okafor after the lecture", True),  # a surname no everyday word is
        ("can i see dr okafor's slides", False),  # something of theirs
        ("can i drop by the chem help room", False),  # a place, not a person
    ],
)
def test_seeing_a_named_member_of_staff(question, asked):
    """Table: a member of staff named by their own names, with a visiting verb ("drop by"), is seen."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    assert asks_to_see_staff(question, staff_words(chem)) is asked


def test_the_words_of_seeing_staff_are_read(course):
    """ "catch" and the "right" of "right after" say what is asked; other words of the question are left to others."""
    said = seeing_words("can i catch the professor monday right after lecture", staff_words(course))
    assert {"catch", "right"} <= said
    assert "monday" not in said
    assert seeing_words("can i see my grades", staff_words(course)) == frozenset()


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("how do i get to meet dr feld about my lab report", True),  # by the alias the page gives
        ("can i talk to lindqvist about the quiz", True),  # a word of the full name
        ("can i see the lab report rubric", False),
    ],
)
def test_a_person_named_is_staff_to_see(question, asked):
    """Seeing one person of the staff by name is seeing staff, whatever topic follows ("about my lab report")."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    assert asks_to_see_staff(question, staff_words(chem)) is asked


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("can i meet dr feld about the lab", "Marcus Feld"),  # by appointment: Yes, not the lab's attendance rule
        ("could i talk with prof okafor about lab safety", "Dana Okafor"),
        ("can i see feld about my lab report grade", "Marcus Feld"),
    ],
)
def test_seeing_a_named_person_about_a_topic_is_their_hours(question, person):
    """CHEM 1310: what follows the person ("about the lab") is what the visit is for, never a rule answered instead."""
    result, said = reply(course_in("tests/fixtures/courses/chem-1310-s26"), question, "2026-02-10 10:00")
    assert result.parts[0].intent == "office_hours", said
    assert first_line(said).startswith("Yes"), said
    assert person in said
    assert "Lab attendance is required" not in said
