"""Staff times typed as an offset from now ("in 2 weeks at 9am", "in a month") are read in the course's wall
clock: the same day of the month, the time as typed, across a daylight-saving change; inexact ones are refused."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.errors import UserError
from bot.understand.times.dates import DateRefused, parse_submission_time
from bot.understand.times.offsets import OffsetRefused, add_months

# (course, now in course time, typed, expected in course time): New York springs forward on Mar 10, 2024;
# Los Angeles falls back on Nov 3, 2024.
READ = [
    ("10-605", "2024-03-01 10:00", "in 2 weeks at 9am", "2024-03-15 09:00"),
    ("10-605", "2024-03-01 10:00", "9am in 2 weeks", "2024-03-15 09:00"),
    ("10-605", "2024-03-01 10:00", "in 14 days", "2024-03-15 10:00"),
    ("10-605", "2024-03-01 10:00", "2 weeks from now at 5pm", "2024-03-15 17:00"),
    ("10-605", "2024-03-01 10:00", "in 3 months at 9am", "2024-06-01 09:00"),
    ("10-605", "2024-03-01 10:00", "in two months at 11:59pm", "2024-05-01 23:59"),
    ("10-605", "2024-02-12 10:00", "in a month", "2024-03-12 10:00"),
    ("10-605", "2024-02-12 10:00", "in 1 year", "2025-02-12 10:00"),
    ("10-605", "2024-02-12 10:00", "in 6 months", "2024-08-12 10:00"),
    ("10-605", "2024-02-12 10:00", "in 2 weeks and 3 days", "2024-02-29 10:00"),
    ("10-605", "2024-02-12 10:00", "a week from tomorrow at noon", "2024-02-20 12:00"),
    ("10-605", "2024-01-31 10:00", "in a month", "2024-02-29 10:00"),  # clamped to the month's end
    ("10-605", "2024-01-31 10:00", "in 3 months at 9am", "2024-04-30 09:00"),
    ("10-605", "2024-03-09 12:00", "in 24 hours", "2024-03-10 13:00"),  # elapsed: 24 real hours over the jump
    ("10-605", "2024-03-09 12:00", "in 1 day", "2024-03-10 12:00"),  # a calendar day: the same time of day
    ("10-605", "2024-03-09 12:00", "in 90 minutes", "2024-03-09 13:30"),
    ("stat-187", "2024-10-28 10:00", "in 2 weeks at 11:59pm", "2024-11-11 23:59"),
    ("stat-187", "2024-10-28 10:00", "in 1 week", "2024-11-04 10:00"),
    ("stat-187", "2024-10-28 10:00", "in a month at 8:30am", "2024-11-28 08:30"),
    ("stat-187", "2024-11-02 12:00", "in 24 hours", "2024-11-03 11:00"),
    ("stat-187", "2024-11-02 12:00", "in 2 days at 9am", "2024-11-04 09:00"),
]


def _course(name, course, second_course):
    return course if name == "10-605" else second_course


def _local(c, text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=c.tz)


@pytest.mark.parametrize(("which", "now", "typed", "expected"), READ)
def test_offsets_are_read_in_the_course_wall_clock(course, second_course, which, now, typed, expected):
    """The date moves by whole days or months (the time of day kept as typed); hours are elapsed time."""
    c = _course(which, course, second_course)
    got = parse_submission_time(typed, _local(c, now), c)
    assert got.astimezone(c.tz) == _local(c, expected)
    assert got.astimezone(c.tz).replace(tzinfo=None) == dt.datetime.fromisoformat(expected)


REFUSED = [
    ("in 1.5 weeks", "exactly"),
    ("in 2.5 months", "exactly"),
    ("in 2 weeks on friday", "can't tell exactly"),
    ("in 2 weeks in the morning", "can't tell exactly"),
    ("in 3 hours at 9am", "gives both a time of day and a number of hours"),
    ("in a few days", ""),
    ("next month at 9am", "not one day"),
    ("next week at 9am", "not one day"),
    ("next year", "not one day"),
    ("april 9am", "not one day"),
    ("in 99999999999 hours", "too far from now"),
    ("in 9999999999999 days", "too far from now"),
]


@pytest.mark.parametrize(("typed", "said"), REFUSED)
@pytest.mark.parametrize("which", ["10-605", "stat-187"])
def test_offsets_that_cannot_be_read_exactly_are_refused(course, second_course, which, typed, said):
    """An inexact or contradictory phrase is refused with a hint, never read as a guess."""
    c = _course(which, course, second_course)
    with pytest.raises(UserError) as err:
        parse_submission_time(typed, _local(c, "2024-02-12 10:00"), c)
    assert said in str(err.value)


def test_refusals_are_user_errors():
    """Both refusals reach the student as the bot's own message (UserError), not an apology."""
    assert issubclass(OffsetRefused, UserError)
    assert issubclass(DateRefused, UserError)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        ("2024-01-31", 1, "2024-02-29"),
        ("2023-01-31", 1, "2023-02-28"),
        ("2024-03-31", 1, "2024-04-30"),
        ("2024-11-15", 2, "2025-01-15"),
        ("2024-02-29", 12, "2025-02-28"),
        ("2024-05-12", 0, "2024-05-12"),
    ],
)
def test_add_months_keeps_the_day_of_month_clamped_to_the_month_end(day, months, expected):
    """The same day of the month, or the month's last day when it has no such day."""
    assert add_months(dt.date.fromisoformat(day), months) == dt.date.fromisoformat(expected)
