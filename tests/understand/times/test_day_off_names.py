"""A day off the schedule titles in full is named the shorter ways students name it: without the word for a day off
it ends in, and by a short head word joined to the rest by a particle; never by a season or an everyday word."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.course.model import ScheduleDay
from bot.understand.times.day_off_names import short_day_off_names
from tests.understand.conftest import course_in, first_line, reply

STAT = "data/stat-187-f24"  # fall 2024, lectures Tue/Thu 11:00


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("obon festival holidays", [("obon", "festival"), ("obon", "holidays")]),
        ("holi ka utsav holidays", [("holi", "ka", "utsav"), ("holi",), ("holi", "holidays"), ("utsav", "holidays")]),
        ("tet ka nguyen", [("tet",)]),
        ("spring break", []),  # a bare season names no day off
        ("mid semester break", []),
        ("dia de la madre", []),  # "day", not the holiday's name
        ("good friday", []),
        ("reading week", []),
        ("new years day", []),
        ("holidays", []),
    ],
)
def test_short_names(title, names):
    """The shorter names of a title, each a name of its own words."""
    assert short_day_off_names(tuple(title.split())) == names


@pytest.mark.parametrize(
    ("title", "others", "clipped"),
    [
        ("lantern and moon festival break", [], [("lantern", "break")]),
        ("lantern and moon festival break", ["lantern walk holiday"], []),  # another day off holds "lantern"
        ("lantern and moon festival break", ["lantern parade"], [("lantern", "break")]),  # no day off, no matter
        ("mid semester study break", [], []),  # everyday words tell no break apart
        ("obon festival holidays", [], [("obon", "holidays")]),
    ],
)
def test_a_long_title_by_one_word_of_its_own(title, others, clipped):
    """A long title's own word with its word for a day off ("the lantern break"), unless another day off shares it."""
    names = short_day_off_names(tuple(title.split()), [tuple(o.split()) for o in others])
    assert [n for n in names if len(n) == 2 and n[-1] == title.split()[-1]] == clipped


def _with_festivals():
    """STAT 187 with one festival kept twice in the term, apart: in October and in November."""
    stat = course_in(STAT)
    rows = [
        ScheduleDay(day, "holiday", f"Holi ka {which} holidays (campus closed)")
        for day, which in (
            (dt.date(2024, 10, 22), "Purnima"),
            (dt.date(2024, 10, 24), "Purnima"),
            (dt.date(2024, 11, 19), "Dhulandi"),
        )
    ]
    return replace(stat, schedule=tuple(sorted((*stat.schedule, *rows), key=lambda r: r.date)))


@pytest.mark.parametrize(
    ("question", "now", "said"),
    [
        ("is there lecture during holi", "2024-10-14 10:00", "Holi ka Purnima holidays"),  # the coming one
        ("is there lecture during holi", "2024-10-28 10:00", "Holi ka Dhulandi holidays"),  # the first is over
        ("was there lecture during holi", "2024-10-28 10:00", "Holi ka Purnima holidays"),  # the one begun
        ("is there class over the holi ka purnima", "2024-10-14 10:00", "Holi ka Purnima holidays"),
    ],
)
def test_a_festival_by_its_short_name_is_the_one_meant(question, now, said):
    """A short name two days off share is the one to come (or, asked in the past, the latest begun): No, with its
    own name."""
    _, text = reply(_with_festivals(), question, now)
    assert first_line(text).startswith("No"), text
    assert said in text, text
