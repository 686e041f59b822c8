"""The part of the day an exam is in, stated in a yes/no question ("mt1 is in the evening ya?", "is the second
midterm on a tuesday evening too"): Yes or No from its start and end (bot.understand.exams.exam_part_of_day)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.exams.exam_part_of_day import _mostly_in, exam_part_choice, exam_part_verdict, names_a_date
from tests.understand.conftest import first_line, reply


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("is the midterm in the evening", True),  # 7:00-9:00 PM
        ("midterm is at night right", True),
        ("is the midterm in the morning", False),
        ("is the midterm on a wednesday evening", True),  # Wed Oct 23
        ("is the midterm on a tuesday evening", False),  # the right part of the day, the wrong weekday
        ("is the final a morning exam", True),  # 8:00-11:00 AM
        ("is the final in the afternoon", False),
    ],
)
def test_the_part_of_the_day_is_read_from_the_exams_times(stat, question, yes):
    exam = stat.exam("final" if "final" in question else "midterm")
    found = exam_part_verdict(stat, exam, None, question)
    assert found is not None
    assert found[0] is yes


@pytest.mark.parametrize(
    "question",
    [
        "is there a review session the evening before the midterm",  # dates something else by the exam
        "is the midterm on oct 23 in the evening",  # a date typed: that day's readings decide
        "is the midterm next wednesday evening",  # a day, not a kind of day
        "is the midterm at 7",  # no part of the day
        "my lab is wednesday night, does it clash with the midterm",  # another thing at that part of the day
    ],
)
def test_other_questions_are_left_alone(stat, question):
    assert exam_part_verdict(stat, stat.exam("midterm"), None, question) is None


def test_a_date_is_told_from_a_weekday():
    assert names_a_date("is it on may 4")
    assert names_a_date("the 14th right")
    assert not names_a_date("is it on a tuesday evening")


@pytest.mark.parametrize(
    ("question", "first"),
    [("midterm is in the evening ya?", "Yes"), ("is the final in the evening", "No")],
)
def test_the_student_sees_the_yes_or_no_with_the_times(stat, question, first):
    _, said = reply(stat, question, "2024-10-01 10:00")
    assert first_line(said).startswith(first), said


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("is the midterm in the morning or evening", "Midterm is in the evening: Wed Oct 23, 7:00 PM–9:00 PM."),
        ("midterm morning or night?", "Midterm is at night: Wed Oct 23, 7:00 PM–9:00 PM."),
    ],
)
def test_a_choice_of_two_parts_is_answered_with_the_one_it_is_in(stat, question, said):
    assert exam_part_choice(stat, stat.exam("midterm"), None, question) == said
    assert exam_part_choice(stat, stat.exam("midterm"), None, "is the midterm in the evening") is None


def test_the_student_sees_no_yes_or_no_to_a_choice(stat):
    """Yes to "morning or evening" says nothing; the part it is in opens the answer."""
    said = reply(stat, "is the midterm in the morning or evening", "2024-10-01 10:00")[1]
    assert first_line(said).startswith("Midterm is in the evening")


@pytest.mark.parametrize(
    ("start", "end", "part", "inside"),
    [
        ((9, 30), (12, 30), "afternoon", False),  # half an hour past noon: a morning exam
        ((9, 30), (12, 30), "morning", True),
        ((11, 0), (15, 0), "afternoon", True),  # most of it after noon
        ((19, 0), (21, 0), "evening", True),
        ((15, 0), (18, 0), "evening", False),  # one hour of three in the evening
    ],
)
def test_an_exam_is_in_the_part_of_the_day_it_starts_in_or_mostly_runs_in(start, end, part, inside):
    """An exam starting before the part of the day asked is in it only when most of it is."""
    assert _mostly_in(dt.time(*start), dt.time(*end), part) is inside
