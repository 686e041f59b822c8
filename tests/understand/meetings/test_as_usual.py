"""Whether a meeting on a day is held as usual ("in the normal theatre", "at the regular time", "same room as
usual"): Yes when that day's meetings of the kind have no change, No with the change; nothing said otherwise."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.meetings.as_usual import as_usual_verdict, asks_as_usual


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("is the lecture on oct 15 in the normal theatre", True),
        ("is it at the regular time", True),
        ("same room as usual?", True),
        ("is the lab as normal", True),
        ("is the lecture on oct 15 moved", False),
        ("what is the normal distribution", False),
        ("is it in our normal tute time", True),  # the meeting's own word between
        ("same seminar room as always?", True),
    ],
)
def test_what_asks_whether_it_is_as_usual(question, asks):
    assert asks_as_usual(question) is asks


def test_a_moved_day_is_no_with_where_it_moved(second_course):
    found = as_usual_verdict(second_course, "in the usual room?", dt.date(2024, 10, 15), "lecture", None)
    assert found is not None
    assert found[0] is False
    assert "Bayview Auditorium" in found[1]


def test_a_day_without_change_is_yes_with_the_room(second_course):
    found = as_usual_verdict(second_course, "in the usual room?", dt.date(2024, 10, 22), "lecture", None)
    assert found == (True, "no change on Tue Oct 22: Halvorsen Hall 100.")


@pytest.mark.parametrize(
    ("day", "kind"),
    [
        (None, "lecture"),
        (dt.date(2024, 10, 22), None),
        (dt.date(2024, 10, 22), "class"),
        (dt.date(2024, 10, 19), "lecture"),
    ],
)
def test_no_day_no_kind_or_nothing_that_day_decides_nothing(second_course, day, kind):
    assert as_usual_verdict(second_course, "in the usual room?", day, kind, None) is None


def test_class_on_a_day_one_kind_meets_is_that_kind(geo):
    """ "is class on may 5 in the usual room": the one kind meeting that day (GEO's Monday plenary, moved), and the
    same day's Yes for a day without change; never a verdict over two kinds."""
    moved = as_usual_verdict(geo, "is class on may 5 in the usual room", dt.date(2025, 5, 5), "class", None)
    assert moved is not None
    assert moved[0] is False
    assert "MA 001" in moved[1]
    assert as_usual_verdict(geo, "class in the usual room?", dt.date(2025, 5, 12), "class", None) == (
        True,
        "no change on Mon May 12: H 0104.",
    )


@pytest.mark.parametrize(
    ("question", "day", "yes", "said"),
    [
        ("is lecture moved on oct 15", dt.date(2024, 10, 15), True, "Bayview Auditorium"),
        ("has the oct 22 lecture been rescheduled", dt.date(2024, 10, 22), False, "no change on Tue Oct 22"),
    ],
)
def test_moved_asks_it_the_other_way_round(second_course, question, day, yes, said):
    """ "is lecture moved on oct 17": No when held with no change, Yes with the move."""
    found = as_usual_verdict(second_course, question, day, "lecture", None)
    assert found is not None
    assert found[0] is yes
    assert said in found[1]
