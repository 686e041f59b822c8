"""A break the schedule calls a week (bot.course.break_weeks): its rows on some days cancel the kinds it names on
the week's other days too (every kind when it names none); a break not called a week cancels only its own days."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot.course.loader import load_course
from bot.course.model import ScheduleDay
from bot.course.occurrences import occurrences_between
from tests.conftest import FIXTURES

READING_MONDAY = dt.date(2024, 10, 28)  # HIST 210's "Reading week (no seminars)" row


@pytest.fixture(scope="module")
def hist():
    return load_course(FIXTURES / "courses" / "hist-210-a24")


def _retitled(course, title: str):
    """The course with its reading-week row under another title."""
    rows = tuple(dataclasses.replace(r, title=title) if r.date == READING_MONDAY else r for r in course.schedule)
    return dataclasses.replace(course, schedule=rows)


def _held(course) -> dict[str, bool]:
    """Each meeting of the reading week, by id, and whether it is held."""
    week = occurrences_between(course, READING_MONDAY, READING_MONDAY + dt.timedelta(days=6), include_cancelled=True)
    return {o.meeting.id: not o.cancelled for o in week}


def test_a_week_that_names_its_kinds_cancels_only_those(hist):
    held = _held(hist)  # "Reading week (no seminars)": the Monday seminar only
    assert held["seminar"] is False
    assert held["workshop"] is True
    assert held["tut-t1"] is True


def test_a_week_that_names_no_kind_cancels_every_meeting_that_week(hist):
    held = _held(_retitled(hist, "Reading Week"))
    assert not any(held.values()), held
    week = occurrences_between(hist, READING_MONDAY, READING_MONDAY + dt.timedelta(days=6))
    assert {o.meeting.id for o in week} >= {"workshop"}  # the data as given still holds it


def test_a_week_that_names_two_kinds_cancels_both_and_holds_the_rest(hist):
    held = _held(_retitled(hist, "Reading week: no seminars or workshops"))
    assert held["seminar"] is False
    assert held["workshop"] is False
    assert held["tut-t1"] is True
    assert held["tut-t2"] is True


def test_the_cancelled_meeting_says_which_week(hist):
    course = _retitled(hist, "Reading Week")
    workshop = next(
        o
        for o in occurrences_between(
            course, READING_MONDAY, READING_MONDAY + dt.timedelta(days=6), include_cancelled=True
        )
        if o.meeting.id == "workshop"
    )
    assert workshop.note == "no class: Reading Week"


@pytest.mark.parametrize("title", ["Week 5: no seminar", "No seminar (instructor away)", "Weekend workshop cancelled"])
def test_a_row_that_is_not_a_break_week_cancels_only_its_day(hist, title):
    held = _held(_retitled(hist, title))
    assert held["seminar"] is False
    assert held["workshop"] is True
    assert held["tut-t1"] is True


def _with_row(course, row):
    """The course with one more schedule row, in date order."""
    return dataclasses.replace(course, schedule=tuple(sorted((*course.schedule, row), key=lambda r: r.date)))


def test_a_kind_the_schedule_still_holds_that_week_is_not_cancelled(hist):
    """A break called a week that does not fill it ("Showa Day (Golden Week)" beside class days): a kind with its
    own class row in that week meets as usual; the kinds without one are still off."""
    workshop_day = READING_MONDAY + dt.timedelta(days=2)
    row = ScheduleDay(workshop_day, "workshop", "Workshop: archives visit")
    held = _held(_with_row(_retitled(hist, "Golden Week: no classes"), row))
    assert held["seminar"] is False  # the break's own day
    assert held["workshop"] is True  # the schedule holds it that week
    assert held["tut-t1"] is False  # no tutorial row that week: the week's break still covers it
