"""Whether exams are held on a day, no exam named: Yes with that day's exam; No with what the day is and when the
exams are; a question about something else decides nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.exams.exams_on_day import exam_asked_at_a_time, exams_on_day_verdict, sitting_on


@pytest.mark.parametrize(
    ("question", "day", "yes", "said"),
    [
        ("are exams held on oct 23", dt.date(2024, 10, 23), True, "Midterm"),
        ("is there an exam on nov 11", dt.date(2024, 11, 11), False, "Veterans Day"),
        ("are there any tests on nov 12", dt.date(2024, 11, 12), False, "Final exam: Thu Dec 12"),
    ],
)
def test_the_exam_list_decides(stat, question, day, yes, said):
    found = exams_on_day_verdict(stat, question, day)
    assert found is not None
    assert found[0] is yes
    assert said in found[1]


def test_a_question_of_something_else_is_not_decided(stat):
    assert exams_on_day_verdict(stat, "what does the exam on oct 23 cover", dt.date(2024, 10, 23)) is None


def test_a_test_only_the_schedule_lists_that_day_is_left_to_its_rows(stat):
    """A "Quiz 2" row on a day no exam of the list is held: no No from the exam list."""
    import dataclasses

    from bot.course.model import ScheduleDay

    day = dt.date(2024, 11, 12)
    course = dataclasses.replace(stat, schedule=(*stat.schedule, ScheduleDay(date=day, kind="lecture", title="Quiz 2")))
    assert exams_on_day_verdict(course, "is there an exam on nov 12", day) is None


def test_a_holiday_that_says_no_examinations_is_no_test(stat):
    """ "Farmers' Day (public holiday; no examinations)": a day without class, so the exam list decides: No."""
    import dataclasses

    from bot.course.model import ScheduleDay

    day = dt.date(2024, 11, 12)
    row = ScheduleDay(date=day, kind="holiday", title="Founders' Day (public holiday; no examinations)")
    course = dataclasses.replace(stat, schedule=(*stat.schedule, row))
    found = exams_on_day_verdict(course, "are exams held on nov 12", day)
    assert found is not None
    assert found[0] is False


@pytest.mark.parametrize(
    "question",
    [
        "are exams held on oct 23 at 10am",  # the midterm that day is in the evening
        "is there an exam on oct 23 in the morning",
        "is there an exam on oct 24 or oct 23",  # another day asked as well
    ],
)
def test_a_time_of_day_or_another_day_asked_as_well_is_not_decided(stat, question):
    assert exams_on_day_verdict(stat, question, dt.date(2024, 10, 23)) is None
    assert exams_on_day_verdict(stat, question, dt.date(2024, 10, 24)) is None


def test_the_yes_says_the_students_own_word(stat):
    """ "is there a test on oct 23": the Yes names a test, so it answers what was asked."""
    found = exams_on_day_verdict(stat, "is there a test on oct 23", dt.date(2024, 10, 23))
    assert found == (True, "the test on Wed Oct 23: Midterm.")


def test_the_one_exam_of_a_day_asked_at_a_time_of_day(stat):
    """ "are exams held on oct 23 at 10am": the midterm's times answer, not the day alone."""
    day = dt.date(2024, 10, 23)
    assert exam_asked_at_a_time(stat, "are exams held on oct 23 at 10am", day) == stat.exam("midterm")
    assert exam_asked_at_a_time(stat, "are exams held on oct 23", day) is None  # no time asked
    assert exam_asked_at_a_time(stat, "are exams held on oct 24 at 10am", dt.date(2024, 10, 24)) is None  # none then


def test_a_day_only_another_sitting_is_on_names_that_sitting(stat):
    """The midterm's alternate sitting moved to Fri Oct 25: that day holds the alternate sitting, not everyone's
    midterm."""
    import dataclasses

    midterm = stat.exam("midterm")
    moved = dataclasses.replace(midterm.sittings[0], date=dt.date(2024, 10, 25))
    exams = tuple(dataclasses.replace(e, sittings=(moved,)) if e is midterm else e for e in stat.exams)
    course = dataclasses.replace(stat, exams=exams)
    day = dt.date(2024, 10, 25)
    assert sitting_on(course.exam("midterm"), day) == moved
    assert exams_on_day_verdict(course, "is there an exam on oct 25", day) == (
        True,
        "the exam on Fri Oct 25: Midterm (alternate sitting).",
    )
