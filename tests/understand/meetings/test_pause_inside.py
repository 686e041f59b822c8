"""A break inside one sitting ("any breaks during the final exam", "a break in the middle of lab") is no day off:
the page says nothing about it, never the term's days without class or a garbled No."""

from __future__ import annotations

import dataclasses

import pytest

from bot.course.model import Course
from bot.understand.meetings.pause_inside import pause_inside_asked
from tests.understand.conftest import course_in, reply


@pytest.fixture(scope="module")
def chem() -> Course:
    return course_in("tests/fixtures/courses/chem-1310-s26")


@pytest.fixture(scope="module")
def ml() -> Course:
    return course_in("data/10-605-s24")


@pytest.mark.parametrize(
    ("said", "subject"),
    [
        ("any breaks allowed during the final exam", "breaks during the final exam"),
        ("any breaks in the middle of lab?", "breaks in the middle of lab"),
        ("is there a bathroom break during lecture", "breaks during lecture"),
        ("do we get a pause halfway through the recitation", "breaks halfway through the recitation"),
        ("any breaks in march", None),  # days off
        ("any breaks during the semester", None),
        ("any breaks during exam week", None),  # a week of days
        ("is class cancelled during spring break", None),
    ],
)
def test_a_pause_inside_one_sitting(chem, said, subject):
    """A break word, a word of being inside, then one exam or meeting; a span of days is not one."""
    assert pause_inside_asked(chem, said) == subject


def test_a_course_that_rules_on_it_is_left_to_its_rules(chem):
    """Where a rule speaks of leaving for the restroom, the question is the rule's, not 'the page says nothing'."""
    exam = dataclasses.replace(chem.exams[0], rules=("You may leave for the restroom once.",))
    ruled = dataclasses.replace(chem, exams=(exam, *chem.exams[1:]))
    assert pause_inside_asked(ruled, "any breaks during the final exam") is None


@pytest.mark.parametrize(
    ("course_name", "now", "question"),
    [
        ("chem", "2026-02-10 10:00", "any breaks allowed during the final exam"),
        ("chem", "2026-02-10 10:00", "any breaks in the middle of lab?"),
        ("ml", "2024-02-12 10:00", "any breaks during the exam"),
        ("hist", "2024-10-14 10:00", "any breaks between the two halves of the seminar?"),
    ],
)
def test_the_page_says_nothing_of_it(request, course_name, now, question):
    """Not the days without class, not 'No: none Final exam': the page is silent, and where to ask."""
    result, said = reply(request.getfixturevalue(course_name), question, now)
    assert result.answer.kind == "unknown", said
    assert "says nothing about breaks" in said
    assert "Days without class" not in said
