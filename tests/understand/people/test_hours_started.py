"""Whether someone's weekly hours have begun: not before the first session the page gives them."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.course.model import OfficeHours, Person
from bot.understand.people.hours_started import asks_if_started, hours_start


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("does dr lee have office hours yet", True),
        ("have her consultations started", True),
        ("is sam already doing drop-in hours", True),
        ("when are dr lee's office hours", False),
    ],
)
def test_asks_if_started(question, asked):
    assert asks_if_started(question) is asked


def _person(*firsts: dt.date) -> Person:
    slots = tuple(
        OfficeHours(weekday=1, start=dt.time(15), end=dt.time(16), first=f, last=dt.date(2030, 6, 1)) for f in firsts
    )
    return Person(id="lee", name="Dr Lee", role="instructor", office_hours=slots)


def test_hours_starting_later_give_their_first_session():
    """Hours "from Saturday" held on Tuesdays start on the Tuesday after; hours already begun give no day."""
    today = dt.date(2030, 2, 12)
    assert hours_start(_person(dt.date(2030, 2, 16)), today) == dt.date(2030, 2, 19)
    assert hours_start(_person(dt.date(2030, 1, 8)), today) is None
    assert hours_start(_person(dt.date(2030, 1, 8), dt.date(2030, 3, 5)), today) is None
    assert hours_start(_person(), today) is None
