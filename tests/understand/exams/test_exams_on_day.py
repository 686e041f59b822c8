"""Whether exams are held on a day, no exam named: Yes with that day's exam; No with what the day is and when the
exams are; a question about something else decides nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.exams.exams_on_day import exams_on_day_verdict


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
