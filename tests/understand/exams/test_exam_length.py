"""An exam's length stated in a yes/no question (bot.understand.exams.exam_length): from its times, or its rules
quoted."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.exams.exam_length import exam_length_verdict, rule_length, stated_minutes
from tests.understand.conftest import first_line, reply


@pytest.mark.parametrize(
    ("question", "minutes"),
    [
        ("is the final 2 hours", 120),
        ("is the midterm 90 mins", 90),
        ("is it an hour and a half", 90),
        ("is the exam three hours long", 180),
        ("is the final in 2 hours", None),  # a time from now
        ("will the midterm be over within 2 hours", None),
        ("is the final at 2", None),
        ("is the exam 2 hours from now", None),
    ],
)
def test_the_length_stated_is_read(question, minutes):
    assert stated_minutes(question) == minutes


def test_the_length_is_checked_against_the_exams_times(stat):
    final = stat.exam("final")
    assert exam_length_verdict(stat, final, None, "is the final 3 hours")[0] is True
    assert exam_length_verdict(stat, final, None, "is the final 2 hours")[0] is False


def test_rules_on_the_length_are_quoted_without_a_yes_or_no(stat):
    final = replace(stat.exam("final"), rules=("The exam is 2 hours plus 10 minutes' reading time.",))
    yes, why = exam_length_verdict(stat, final, None, "is the final 2 hours")
    assert yes is None
    assert "reading time" in why


@pytest.mark.parametrize(
    ("which", "question", "now", "first"),
    [
        ("stat", "is the midterm two hours", "2024-10-01 10:00", "Yes"),
        ("hist", "is the final exam 2 hours", "2024-10-23 13:00", "No"),
    ],
)
def test_a_length_is_never_read_as_the_next_hours(request, which, question, now, first):
    _, said = reply(request.getfixturevalue(which), question, now)
    assert first_line(said).startswith(first), said
    assert "in the next" not in said


@pytest.mark.parametrize(
    ("which", "question", "now"),
    [
        ("course", "is exam 1 2 hours", "2024-02-19 10:00"),  # its times are not on the page
        ("geo", "is the klausur 2 hours", "2025-05-01 10:00"),
    ],
)
def test_a_length_without_times_is_not_on_the_page(request, which, question, now):
    _, said = reply(request.getfixturevalue(which), question, now)
    assert not first_line(said).startswith(("Yes", "No")), said
    assert "not on the course page" in said
    assert "in the next" not in said


@pytest.mark.parametrize(
    ("rule", "first"),
    [
        ("No entry after the first 30 minutes, and no leaving in the first 30 minutes.", "No"),
        ("3 hours plus 15 minutes' reading time.", "From the course page"),
    ],
)
def test_a_rule_on_coming_or_going_is_no_length(stat, rule, first):
    """Minutes in a rule on leaving or coming in say nothing of the exam's length: its times still decide."""
    final = replace(stat.exam("final"), rules=(*stat.exam("final").rules, rule))
    course = replace(stat, exams=tuple(final if e.id == "final" else e for e in stat.exams))
    decided = exam_length_verdict(course, final, None, "is the final 2 hours")
    assert decided is not None
    said = "No" if decided[0] is False else decided[1]
    assert said.startswith(first), decided


@pytest.mark.parametrize(
    ("rule", "minutes"),
    [
        ("Each oral exam lasts 20 minutes: about 5 minutes on your project and 15 on the readings.", 20),
        ("The exam is 90 minutes long.", 90),
        ("The practical takes two hours.", 120),
        ("The exam lasts 2 hours plus 10 minutes' reading time.", None),  # something added: no one length
        ("The final takes 3 hours and 15 minutes.", None),
        ("Come 10 minutes before your slot.", None),
    ],
)
def test_a_length_a_rule_states_plainly_is_read(rule, minutes):
    assert rule_length(rule) == minutes


def test_one_plain_length_in_the_rules_decides(stat):
    """ "is the oral like 30 min long" of "Each oral exam lasts 20 minutes: ...": No, quoting that rule only."""
    final = replace(
        stat.exam("final"), rules=("Each exam lasts 20 minutes: 5 on your project.", "Come 10 minutes early.")
    )
    yes, why = exam_length_verdict(stat, final, None, "is the final like 30 min long?")
    assert yes is False
    assert "20 minutes" in why
    assert "Come 10" not in why
    assert exam_length_verdict(stat, final, None, "is the final 20 minutes")[0] is True
