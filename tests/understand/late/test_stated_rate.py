"""A late penalty rate the student states, checked against the course's schedule (bot.understand.late.stated_rate)."""

from __future__ import annotations

import dataclasses

import pytest

from bot.answers.late_terms import for_item
from bot.understand.late.stated_rate import (
    asks_penalty_exists,
    penalty_exists_verdict,
    rate_verdict,
    score_rate_verdict,
    stated_rate,
)
from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("is the late penalty 5% a day", (0.05, "day")),
        ("do we lose 10 percent per day", (0.10, "day")),
        ("2% off each hour right?", (0.02, "hour")),
        ("is it 2.5%/hr", (0.025, "hour")),
        ("is the penalty 10% per week", (0.10, "week")),
        ("is the final worth 30%", None),
        ("do i lose 10% if it is a day late", None),
        ("hw1 is 5% of the grade, a day late costs what", None),
    ],
)
def test_a_stated_rate_is_read_with_its_unit(question, found):
    """A percent followed by "a/per/each day|hour|week" is a rate; a percent alone is not."""
    assert stated_rate(question) == found


@pytest.mark.parametrize(
    ("which", "rate", "yes"),
    [
        ("stat", (0.02, "hour"), True),
        ("stat", (0.02, "day"), False),
        ("stat", (0.05, "hour"), False),
        ("course", (0.5, "day"), False),  # fixed steps, no rate per day
        ("hist", (0.1, "day"), True),
    ],
)
def test_the_verdict_is_the_schedules(request, which, rate, yes):
    """Yes only when every step charges that rate per that unit; the schedule is said with it."""
    verdict, said = rate_verdict(request.getfixturevalue(which), *rate)
    assert verdict is yes
    assert "late" in said


@pytest.mark.parametrize(
    ("which", "now", "question", "opening"),
    [
        (CHEM, "2026-03-04T14:00", "is the late penalty 10% a day", "Yes: "),
        (CHEM, "2026-03-04T14:00", "do late lab reports lose 20 percent per day", "No: "),
        ("course", "2024-03-04T10:00", "is the late penalty 10% a day", "No: "),
        ("stat", "2024-10-02T12:00", "so we lose 2% an hour right?", "Yes: "),
        ("stat", "2024-10-02T12:00", "is it 2 percent per day late", "No: "),
        (CHEM, "2026-03-04T14:00", "are there any penalties for late lab reports", "Yes: there is a late penalty"),
        ("course", "2024-03-04T10:00", "is there a penalty on late homework", "Yes: there is a late penalty"),
        ("stat", "2024-10-02T12:00", "is there any late penalty", "Yes: there is a late penalty"),
    ],
)
def test_a_stated_rate_or_a_penalty_asked_gets_one_yes_or_no_from_the_schedule(request, which, now, question, opening):
    """A rate stated, or whether there is a penalty: one Yes or No from the (kind of) work's schedule, never a what-if
    on the next work due ("a day" read as one day late)."""
    course = course_in(which) if "/" in which else request.getfixturevalue(which)
    said = reply(course, question, now)[1]
    assert first_line(said).startswith(opening)
    assert said.count("Yes: ") + said.count("No: ") == 1


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("is there a late penalty for lab reports", True),
        ("are there any penalties for late problem sets", True),
        ("is there any deduction for late work", True),
        ("is there a penalty if i submit late", True),
        ("is late work docked", True),
        ("do late lab reports get penalized", True),
        ("do they dock points for late work", True),
        ("is late work marked down", True),
        ("what is the late penalty", False),
        ("is there a late day policy", False),
        ("is my late lab report docked already, where do i see it", True),
        ("was i docked for attendance", False),
        ("is late work penalized daily", False),  # its unit: the schedule's rate answers
    ],
)
def test_whether_a_penalty_exists_is_asked(question, asks):
    """ "is there a late penalty ...": asked whether late work costs anything at all."""
    assert (asks_penalty_exists(question) is not None) is asks


def test_a_course_without_a_penalty_says_no(stat):
    """Late work the rules do not charge for: No, there is no late penalty."""
    free = dataclasses.replace(stat, late=dataclasses.replace(stat.late, penalty=None))
    yes, said = penalty_exists_verdict(free)
    assert yes is False
    assert said.startswith("there is no late penalty")


def test_work_not_accepted_late_has_no_rate():
    """ "is the late penalty for pre-labs 10% a day" where pre-labs are never accepted late: No, with the rule."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    yes, said = rate_verdict(for_item(chem, chem.assignment("prelab2")), 0.10, "day")
    assert yes is False
    assert "Pre-labs and quizzes are not accepted late." in said
    assert rate_verdict(for_item(chem, chem.assignment("lab2")), 0.10, "day")[0] is True


_PAGE = "Two late tokens; otherwise 10 marks off per day late, and nothing after 5 days."


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is it 10 marks off per day late", True),
        ("is it 5 marks a day off for a late essay", False),
        ("is it 10 points a day", None),
        ("is it 10 marks per hour", None),
        ("is it 10% a day", None),
    ],
)
def test_score_rate_verdict(question: str, verdict: bool | None) -> None:
    """A rate in marks is checked only against the page's rate in the same word and unit."""
    assert score_rate_verdict(question, _PAGE)[0] is verdict
