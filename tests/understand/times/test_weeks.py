"""Which week someone means: a course week number, this/next/last week, or any day in the week."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.errors import UserError
from bot.understand.times.weeks import course_weeks, parse_week, week_number
from tests.conftest import at

NOW = at("2024-02-12 10:00")  # a Monday in week 5


@pytest.mark.parametrize(
    ("typed", "monday"),
    [
        ("1", dt.date(2024, 1, 15)),  # the term starts Wed Jan 17: week 1 is that week, from its Monday
        ("2", dt.date(2024, 1, 22)),
        ("week 3", dt.date(2024, 1, 29)),
        ("w4", dt.date(2024, 2, 5)),
        ("this", dt.date(2024, 2, 12)),
        ("this week", dt.date(2024, 2, 12)),
        ("next", dt.date(2024, 2, 19)),
        ("next week", dt.date(2024, 2, 19)),
        ("last", dt.date(2024, 2, 5)),
        ("Mar 13", dt.date(2024, 3, 11)),  # a Wednesday: its week's Monday
        ("2024-03-11", dt.date(2024, 3, 11)),
    ],
)
def test_weeks_name_their_real_monday(course, typed, monday):
    """Every reading lands on a Monday, of the right week."""
    found = parse_week(typed, NOW, course)
    assert found == monday
    assert found.weekday() == 0


def test_week_numbers_stay_inside_the_term(course):
    """Week 0 and a week past the term are refused with the range; the numbering round-trips."""
    weeks = course_weeks(course)
    assert weeks == 15
    for bad in ("0", str(weeks + 1), "99"):
        with pytest.raises(UserError, match=f"weeks 1 to {weeks}"):
            parse_week(bad, NOW, course)
    assert week_number(course, dt.date(2024, 1, 22)) == 2
    assert week_number(course, dt.date(2023, 12, 30)) is None


@pytest.mark.parametrize("bad", ["blursday", "dec 31 9999", "Jan 1 0001", "x" * 100])
def test_unreadable_weeks_are_refused_with_examples(course, bad):
    """Never a crash, never a guess: the examples of what works."""
    with pytest.raises(UserError, match="as a week"):
        parse_week(bad, NOW, course)
