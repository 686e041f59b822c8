"""An extension's new due time: a day alone takes the assignment's own time of day; out of term or not after the
own due time is refused with the reason (hostile6 4)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.grace.extension_due import due_on_day, extension_refusal, names_midnight
from tests.conftest import at


def test_a_day_alone_takes_the_assignments_own_time_of_day(course):
    """'Feb 23' for an assignment due at 11:59 PM means Feb 23, 11:59 PM in course time, never midnight."""
    item = course.assignment("hw3")
    due = due_on_day(course, item, dt.date(2024, 2, 23))
    assert due.astimezone(course.tz).time() == item.due.astimezone(course.tz).time()
    assert due.astimezone(course.tz).date() == dt.date(2024, 2, 23)


@pytest.mark.parametrize(
    ("moment", "in_force", "reason"),
    [
        ("2027-02-01 10:00", False, "outside"),
        ("2023-12-01 10:00", False, "outside"),
        ("2024-02-01 23:00", False, "must be after"),
        ("2024-02-01 23:00", True, "/gracedays revoke"),
        ("2024-03-10 02:30", False, "does not exist"),
    ],
)
def test_refusals_say_why(course, moment, in_force, reason):
    """Out of term, not after the own due time (pointing at revoke when an extension is in force), or a wall
    time the clocks skip: each refusal names its reason."""
    wall = dt.datetime.fromisoformat(moment).replace(tzinfo=course.tz)
    refusal = extension_refusal(course, course.assignment("hw3"), wall, in_force=in_force)
    assert refusal is not None
    assert reason in refusal


def test_a_time_inside_the_term_after_the_due_time_is_fine(course):
    assert extension_refusal(course, course.assignment("hw3"), at("2024-02-23 23:59"), in_force=False) is None


def test_midnight_said_is_told_apart_from_no_time_given():
    """'Feb 23 12am' or 'midnight' is midnight; 'Feb 23' leaves the time out (the assignment's own)."""
    for said in ("Feb 23 midnight", "feb 23 12am", "Feb 23 12:00 AM", "2024-02-23 00:00", "Feb 23 0:00"):
        assert names_midnight(said), said
    for left_out in ("Feb 23", "2024-02-23", "friday", "Feb 12", "Feb 23 12pm", "Feb 10 10:00"):
        assert not names_midnight(left_out), left_out
