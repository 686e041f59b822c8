"""A clock typed without AM or PM is read inside the course's day: "5:00" is 5 PM where nothing starts before 8 AM."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.understand.times.course_hours import clock_on_course_day, first_hour, other_half_of_day
from bot.understand.times.time_phrases import find_phrases
from tests.conftest import local


def test_the_course_day_starts_with_its_earliest_meeting_office_hour_exam_or_deadline(stat):
    """STAT 187's first start of anything is 8 AM; a course with no times has no day to read against."""
    assert first_hour(stat) == dt.time(8, 0)
    assert first_hour(replace(stat, meetings=(), people=(), exams=(), assignments=())) is None


@pytest.mark.parametrize(
    ("hour", "minute", "read"),
    [
        (5, 0, dt.time(17, 0)),  # before 8 AM: the evening
        (7, 30, dt.time(19, 30)),
        (8, 0, dt.time(8, 0)),  # inside the day as typed
        (11, 15, dt.time(11, 15)),
        (12, 30, dt.time(12, 30)),  # half past noon
        (17, 0, dt.time(17, 0)),  # a 24-hour clock says itself
    ],
)
def test_a_clock_before_the_course_day_is_the_afternoon_or_evening(stat, hour, minute, read):
    """Only a reading before anything of the course starts turns to PM."""
    assert clock_on_course_day(stat, hour, minute) == read


@pytest.mark.parametrize(
    ("text", "time"),
    [("monday 5:00", dt.time(17, 0)), ("monday 05:00", dt.time(5, 0)), ("monday 5:00am", dt.time(5, 0))],
)
def test_a_students_phrase_reads_the_bare_clock_on_the_course_day(stat, text, time):
    """ "5:00" in a student's question is read as 5 PM; "05:00" and "5:00am" are typed as meant."""
    phrases = find_phrases(text, local(stat, "2024-10-01 10:00"), stat, course_day=True)
    assert [p.time for p in phrases if p.time is not None] == [time]


def test_a_staff_time_reads_the_clock_as_typed(stat):
    """Staff times are exact: "monday 5:00" stays the 24-hour 05:00 there (bare hours are refused elsewhere)."""
    phrases = find_phrases("monday 5:00", local(stat, "2024-10-01 10:00"), stat)
    assert [p.time for p in phrases if p.time is not None] == [dt.time(5, 0)]


def test_the_hour_before_a_stated_deadline_and_a_stated_opening_are_part_of_the_course_day(stat):
    """A deadline stated at 8:00 AM opens the day at 7:00 AM; an assumed due time or one after midnight does not."""
    work = stat.assignments[0]
    early = replace(work, due=work.due.astimezone(stat.tz).replace(hour=8, minute=0), due_time_assumed=False)
    assert first_hour(replace(stat, assignments=(early,))) == dt.time(7, 0)
    assert first_hour(replace(stat, assignments=(replace(early, due_time_assumed=True),))) == dt.time(8, 0)
    late_night = replace(early, due=early.due.replace(hour=0, minute=30))
    assert first_hour(replace(stat, assignments=(late_night,))) == dt.time(8, 0)
    assert clock_on_course_day(replace(stat, assignments=(early,)), 7, 30) == dt.time(7, 30)
    assert clock_on_course_day(replace(stat, assignments=(early,)), 6, 30) == dt.time(18, 30)


@pytest.mark.parametrize(
    ("typed", "read", "other"),
    [
        ("may 18 7:30", dt.time(19, 30), dt.time(7, 30)),
        ("may 18 7:30", dt.time(7, 30), dt.time(19, 30)),
        ("at 11:15", dt.time(11, 15), dt.time(23, 15)),
        ("may 18 7:30pm", dt.time(19, 30), None),  # typed with PM
        ("may 18 7:30 a.m.", dt.time(7, 30), None),
        ("may 18 07:30", dt.time(7, 30), None),  # a 24-hour clock
        ("may 18 19:30", dt.time(19, 30), None),
        ("12:30", dt.time(12, 30), None),  # half past noon
        ("may 18", dt.time(0, 0), None),
    ],
)
def test_the_other_half_of_the_day_only_for_a_clock_typed_without_am_or_pm(typed, read, other):
    """ "7:30" may be either half of the day; "7:30pm", "07:30", "19:30" and noon say which."""
    assert other_half_of_day(typed, read) == other
