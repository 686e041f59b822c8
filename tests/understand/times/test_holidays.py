"""A holiday named by a student is its day inside the course's term, never one months before the term begins; a
holiday the course titles is named the ways students name it ("paddys day", "saint brigid")."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.course.model import ScheduleDay
from bot.understand.times.holidays import FLOATING_HOLIDAYS, holiday_in_term, holiday_name_forms
from tests.understand.conftest import course_in, first_line, reply

STAT = "data/stat-187-f24"  # fall 2024
SPRING = "data/10-605-s24"  # spring 2024, from Wed Jan 17


def _rule(name: str):
    return next(rule for pattern, rule in FLOATING_HOLIDAYS.items() if pattern.startswith(name))


@pytest.mark.parametrize(
    ("folder", "holiday", "day"),
    [
        (STAT, r"good\s+friday", "2025-04-18"),  # not Mar 29, 2024, before this fall term
        (STAT, r"memorial\s+day", "2025-05-26"),  # not May 27, 2024
        (STAT, r"black\s+friday", "2024-11-29"),  # inside the term
        (SPRING, r"good\s+friday", "2024-03-29"),
        (SPRING, r"(?:mlk", "2024-01-15"),  # two days before the term begins: still this term's
        (SPRING, r"black\s+friday", "2024-11-29"),  # after the term: the coming one, never last November's
    ],
)
def test_a_floating_holiday_is_the_terms_own(folder, holiday, day):
    """The day inside the term (or just before it), else the first after the term begins."""
    assert holiday_in_term(_rule(holiday), course_in(folder)) == dt.date.fromisoformat(day)


@pytest.mark.parametrize(
    ("names", "forms"),
    [
        (  # a saint's day: "saint" for "st", without the saint, the saint for the day, the everyday short form
            [("st", "patrick", "day")],
            {
                ("saint", "patrick", "day"),
                ("patrick", "day"),
                ("st", "patrick"),
                ("saint", "patrick"),
                ("paddy", "day"),
            },
        ),
        ([("saint", "brigid", "day")], {("st", "brigid", "day"), ("brigid", "day"), ("st", "brigid")}),
        ([("veterans", "day")], set()),  # no saint, no short form: nothing more
    ],
)
def test_the_ways_students_name_a_holiday_the_course_titles(names, forms):
    """Other names for a holiday row's title: each expected form is among them, and a title with no saint gets none."""
    found = set(holiday_name_forms(names))
    assert forms <= found
    assert bool(found) == bool(forms)


def test_a_saints_day_the_course_keeps_is_named_by_its_everyday_forms():
    """ "paddys day", "st paddys", "saint patricks day", "st. patty's day" name the course's own St Patrick's Day row
    (here observed on Thu Mar 14), never March 17 and never a word read as a topic."""
    course = course_in(SPRING)
    row = ScheduleDay(dt.date(2024, 3, 14), "holiday", "St. Patrick's Day (observed)")
    course = replace(course, schedule=tuple(sorted((*course.schedule, row), key=lambda r: r.date)))
    for question in (
        "was there class on paddys day",
        "is there lecture on saint patricks day",
        "was there class on st. patty's day",
        "was there a lecture on st paddys",
    ):
        _, said = reply(course, question, "2024-03-25 10:00")
        assert first_line(said).startswith("No"), question
        assert "Thu Mar 14" in said, question
        assert "Mar 17" not in said, question


@pytest.mark.parametrize(
    ("folder", "question", "now", "day"),
    [
        (SPRING, "is there class on paddys day", "2024-03-01 10:00", "Sun Mar 17"),  # no row of its own: Mar 17
        (SPRING, "any lecture on st. patty's day", "2024-03-01 10:00", "Sun Mar 17"),
        (STAT, "is there class on remembrance day", "2024-11-01 10:00", "Mon Nov 11"),  # the course's Veterans Day
    ],
)
def test_a_holiday_on_the_same_date_everywhere_is_read_by_its_everyday_names(folder, question, now, day):
    """A fixed-date holiday the course has no row for is its date, by its informal names too."""
    _, said = reply(course_in(folder), question, now)
    assert first_line(said).startswith("No")
    assert day in said
