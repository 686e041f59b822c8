"""/due's `within`: a signed or fractional count of days is refused with the hint a student needs, and a day in
another year (or outside the term) is titled with its year, on both courses."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.errors import UserError
from bot.understand.times.dates import parse_window


def _course(which, course, second_course):
    return course if which == "10-605" else second_course


@pytest.mark.parametrize("typed", ["-1", "3.5", "1.5", "+2", "-1 days", "0.5 days", "1,5", "−3"])
@pytest.mark.parametrize(("which", "now"), [("10-605", "2024-03-08 10:00"), ("stat-187", "2024-10-08 10:00")])
def test_impossible_counts_are_refused(course, second_course, which, now, typed):
    """No window counts back or in fractions of a day: a clear refusal, never a date next year."""
    c = _course(which, course, second_course)
    with pytest.raises(UserError) as err:
        parse_window(typed, dt.datetime.fromisoformat(now).replace(tzinfo=c.tz), c)
    assert "a whole number of days like 3" in str(err.value)


@pytest.mark.parametrize(
    ("which", "now", "typed", "label"),
    [
        ("10-605", "2024-03-08 10:00", "march 20", "by Wed Mar 20"),
        ("10-605", "2024-03-08 10:00", "jan 5 2025", "by Sun Jan 5, 2025"),
        ("10-605", "2024-03-08 10:00", "3", "in the next 3 days"),
        ("stat-187", "2024-10-08 10:00", "oct 20", "by Sun Oct 20"),
        ("stat-187", "2024-10-08 10:00", "jan 10 2025", "by Fri Jan 10, 2025"),
    ],
)
def test_a_day_in_another_year_is_titled_with_its_year(course, second_course, which, now, typed, label):
    """This year's term days read as before; a day in another year or outside the term names its year."""
    c = _course(which, course, second_course)
    assert parse_window(typed, dt.datetime.fromisoformat(now).replace(tzinfo=c.tz), c).label == label
