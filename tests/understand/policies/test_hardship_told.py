"""Illness or a loss told with what to do is read as the course's rule on illness, or its words on emergencies."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.course.loader import load_course
from bot.understand.answering.asked import Asked
from bot.understand.engine import read_question
from bot.understand.policies.hardship_told import hardship_answer, hardship_policy

CHEM = "tests/fixtures/courses/chem-1310-s26"
F605 = "data/10-605-s24"


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("i've had the flu all week, what should i do", "extensions"),  # the rule keyed by "sick"
        ("my grandma passed away, who do i tell", "extensions"),
        ("i passed the midterm, what now", None),  # "passed" is a loss only as "passed away"
        ("i was sick last week", None),  # a case, but nothing asked of it
        ("what should i do for hw3", None),  # something asked, but no hardship told
        ("my grandpa died and i never turned in hw2, is there anything i can do", "extensions"),
        ("family emergency last night, idk what to do", "extensions"),
        ("i was sick, what are my options", "extensions"),
        ("got dengue since last night, what do i do", "extensions"),  # an illness by its name
        ("came down with strep, what should i do", "extensions"),
    ],
)
def test_a_hardship_told_is_the_rule_on_illness(question, found):
    course = load_course(F605)
    rule = next((p.id for p in course.policies if "sick" in p.keywords), None)
    assert hardship_policy(course, question) == (rule if found else None)


def test_without_a_rule_on_illness_the_emergency_words_answer():
    course = load_course(CHEM)
    assert hardship_policy(course, "i had surgery, what do i do") == ""
    now = dt.datetime(2026, 3, 4, 14, tzinfo=course.tz)
    asked = Asked(course, now, None, None, None, False, "i had surgery, what do i do")
    shown = str(hardship_answer(asked, {"policy": None}))
    assert course.extensions.emergency in shown
    assert course.extensions.contact_email in shown  # whom to ask for more time


def test_a_course_silent_on_emergencies_says_so_and_whom_to_ask():
    course = load_course(CHEM)
    silent = replace(course, extensions=replace(course.extensions, emergency=""))
    assert hardship_policy(silent, "i had surgery, what do i do") == ""
    now = dt.datetime(2026, 3, 4, 14, tzinfo=course.tz)
    asked = Asked(silent, now, None, None, None, False, "i had surgery, what do i do")
    shown = str(hardship_answer(asked, {"policy": None}))
    assert "not on the course page" in shown
    assert course.extensions.contact_email in shown


def test_a_course_silent_on_emergencies_and_extensions_is_not_this_readers():
    course = load_course(CHEM)
    silent = replace(course, extensions=replace(course.extensions, emergency="", contact="", contact_email=""))
    assert hardship_policy(silent, "i had surgery, what do i do") is None


@pytest.mark.parametrize(
    "question",
    [
        "my grandmother passed away on the weekend, what do i do about the homework deadline",
        "had a family emergency last night and hw3 is due wednesday, idk what to do",
    ],
)
def test_a_hardship_and_its_plea_in_two_parts_are_one_question(question):
    """The loss told in one part and "what do i do" in another: the course's words on emergencies, not a deadline."""
    course = load_course(F605)
    now = dt.datetime(2024, 2, 12, 10, tzinfo=course.tz)
    result = read_question(course, question, now)
    assert [p.intent for p in result.parts] == ["hardship_told"]
    assert course.extensions.emergency in str(result.answer)
