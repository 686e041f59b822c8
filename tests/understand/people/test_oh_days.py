"""When a student can come to office hours, read from what they say (bot.understand.people.oh_days)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.people.oh_days import can_make

# Mon Apr 1 2024 is a Monday: the weekday of each day is its offset.
MONDAY = dt.datetime(2024, 4, 1, tzinfo=dt.UTC)


def _at(weekday: int, hour: int) -> dt.datetime:
    return MONDAY + dt.timedelta(days=weekday, hours=hour)


@pytest.mark.parametrize(
    ("question", "days"),
    [
        ("thursday and friday are the only days i can make it, who has office hours", {3, 4}),
        ("i can only go on tuesdays, who can i see", {1}),
        ("which TAs hold office hours on monday or wednesday", {0, 2}),
    ],
)
def test_the_days_a_student_can_make(question, days):
    able = can_make(question)
    assert able is not None
    assert {d for d in range(7) if able.allows(_at(d, 10))} == days


def test_days_ruled_out_whole_or_in_part():
    whole = can_make("i have class all day monday through wednesday, any office hours")
    assert {d for d in range(7) if whole.allows(_at(d, 15))} == {3, 4, 5, 6}
    mornings = can_make("which tas have oh on days other than tue/thu mornings")
    assert not mornings.allows(_at(1, 9))
    assert mornings.allows(_at(1, 14))  # a Tuesday afternoon is fine
    assert mornings.allows(_at(2, 9))
    assert mornings.label == "not on Tuesday or Thursday mornings"


def test_only_some_days_or_a_part_of_any_day():
    able = can_make("i work monday to wednesday afternoons, so i can basically only do thursday or evenings")
    assert able.allows(_at(3, 10))
    assert able.allows(_at(1, 18))  # an evening of a working day
    assert not able.allows(_at(1, 15))
    assert able.label == "on Thursdays or in the evening"


@pytest.mark.parametrize(
    "question",
    ["when are office hours on monday", "who has office hours", "is there office hours friday", ""],
)
def test_one_day_asked_is_no_constraint(question):
    # one day named is the day asked about: the handler's own reading of it answers
    assert can_make(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "my lab runs tuesday and wednesday afternoons so those are out. which office hours can i get to",
        "tuesday and wednesday afternoons don't work for me, any office hours",
    ],
)
def test_days_said_to_be_out(question):
    able = can_make(question)
    assert not able.allows(_at(1, 15))
    assert not able.allows(_at(2, 13))
    assert able.allows(_at(1, 10))
    assert able.allows(_at(3, 15))
