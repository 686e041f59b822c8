"""Whether a kind of work is due on one weekday: Yes with its day and time, or No with the items that are not."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.work.stated_times import stated_clock
from bot.understand.work.usual_weekday import clock_fits, weekday_named, weekday_pattern
from tests.conftest import at
from tests.understand.conftest import first_line, reply


@pytest.mark.parametrize(
    ("words", "day"),
    [({"are", "fridays"}, 4), ({"due", "monday"}, 0), ({"due", "late"}, None), ({"monday", "friday"}, None)],
)
def test_one_weekday_named_bare_or_plural(words, day):
    """ "fridays" and "friday" name Friday; two weekdays or none name none."""
    assert weekday_named(words) == day


@pytest.mark.parametrize(
    ("ids", "weekday", "yes", "said"),
    [
        (("hw2", "hw3", "hw5"), 2, True, "homeworks are due on Wednesdays"),
        (
            ("hw1", "hw2", "hw3", "hw4b", "hw5"),
            2,
            False,
            "HW1 (Mon Jan 29), HW4 Part B (Mon Mar 18) are not due on a Wednesday",
        ),
        (("hw1", "hw4b"), 4, False, "homeworks are due on Mondays"),
        (("hw1", "hw2"), 4, False, "none of the homeworks is due on a Friday. They are due on Mondays: HW1; Wed"),
    ],
)
def test_every_item_on_the_weekday_or_those_that_are_not(course, ids, weekday, yes, said):
    """Yes only when every item is due on that weekday; else No naming the items off it with their dates."""
    items = [course.assignment(i) for i in ids]
    found = weekday_pattern(items, weekday, "homeworks", course.tz, at("2024-01-10 10:00"))
    assert found is not None
    assert found[0] is yes
    assert said in found[1]


def test_one_item_is_no_pattern(course):
    """A single item's own deadline answers: no weekday pattern from one item."""
    assert weekday_pattern([course.assignment("hw1")], 0, "homeworks", course.tz) is None


@pytest.mark.parametrize(
    ("question", "yes", "said"),
    [
        ("is homework always due on wednesdays", False, "HW1 (Mon Jan 29)"),
        ("are all the homeworks due on mondays", False, "not all"),
    ],
)
def test_a_kind_always_due_on_a_weekday_is_answered_yes_or_no(course, question, yes, said):
    """ "is homework always due on wednesdays": No first, with the ones due on another day and their dates."""
    _, answer = reply(course, question, "2024-02-12 10:00")
    assert first_line(answer).startswith("Yes" if yes else "No")
    assert said in answer


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("are homeworks due at midnight on wednesdays", True),  # 11:59 PM is midnight as students mean it
        ("are homeworks due at 11:59 pm on wednesdays", True),
        ("are homeworks due at 5pm on wednesdays", False),  # the day is right, the time is not
        ("are homeworks due on wednesdays", True),
    ],
)
def test_a_time_stated_with_the_weekday_must_be_theirs_too(course, question, yes):
    """ "due at 5pm on wednesdays" where they are due at 11:59 PM: No, with their day and time."""
    items = [course.assignment(i) for i in ("hw2", "hw3", "hw5")]
    found = weekday_pattern(items, 2, "homeworks", course.tz, at("2024-01-10 10:00"), clock=stated_clock(question))
    assert found is not None
    assert found[0] is yes
    assert "Wednesdays at 11:59 PM" in found[1]


def test_midnight_fits_the_last_minute_of_the_day_and_the_first():
    """Midnight is 11:59 PM or 12:00 AM; noon is noon only."""
    midnight, noon = stated_clock("at midnight"), stated_clock("at noon")
    assert clock_fits(midnight, dt.time(23, 59))
    assert clock_fits(midnight, dt.time(0))
    assert not clock_fits(midnight, dt.time(20))
    assert not clock_fits(noon, dt.time(0))
