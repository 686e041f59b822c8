"""Planning at the calendar's edges (year 1 and 9999): nothing raises, the odd item is reported, the rest is planned."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.announce.edges import (
    END_OF_TIME,
    DateOutOfRange,
    bound_after,
    day_shifted,
    in_zone,
    local_day,
    order_key,
    shifted,
)
from bot.announce.planner import AnnounceConfig, catch_up, planned
from bot.store.staff_posts import StaffPost
from tests.conftest import NY, at, plain

TOKYO = ZoneInfo("Asia/Tokyo")
LAST_NY = dt.datetime(9999, 12, 31, 23, 0, tzinfo=NY)  # 10000-01-01 04:00 UTC: cannot be converted to UTC
FIRST_TOKYO = dt.datetime(1, 1, 1, 3, 0, tzinfo=TOKYO)  # before 0001-01-01 00:00 UTC
FOREVER = dt.datetime.max.replace(tzinfo=dt.UTC)  # a plan's end that leaves nothing out


def test_shifted_is_exact_elapsed_time_and_refuses_the_edges():
    """A shift is elapsed time across DST; past the edges it raises DateOutOfRange, never OverflowError."""
    assert shifted(at("2024-03-11 23:59"), -dt.timedelta(hours=48)) == at("2024-03-09 22:59")
    for moment, delta in ((LAST_NY, -dt.timedelta(hours=2)), (FIRST_TOKYO, dt.timedelta(0))):
        with pytest.raises(DateOutOfRange):
            shifted(moment, delta)
    with pytest.raises(DateOutOfRange):
        shifted(dt.datetime(1, 1, 1, 5, tzinfo=dt.UTC), -dt.timedelta(days=1))
    with pytest.raises(DateOutOfRange):
        day_shifted(dt.date(1, 1, 3), -7)
    assert day_shifted(dt.date(9999, 12, 24), 7) == dt.date(9999, 12, 31)


def test_bounds_and_days_at_the_edges():
    """An upper bound past year 9999 is END_OF_TIME (convertible to any zone); local days clamp at the edges."""
    assert bound_after(LAST_NY, dt.timedelta(days=1)) == END_OF_TIME
    assert bound_after(dt.datetime(9999, 12, 29, tzinfo=dt.UTC), dt.timedelta(days=5)) == END_OF_TIME
    assert in_zone(END_OF_TIME, TOKYO) == END_OF_TIME
    assert in_zone(END_OF_TIME, NY).year == 9999
    assert bound_after(at("2024-02-01 00:00"), dt.timedelta(days=1)) == at("2024-02-02 00:00")
    assert local_day(LAST_NY, dt.UTC) == dt.date.max
    assert local_day(FIRST_TOKYO, dt.UTC) == dt.date.min
    assert sorted([LAST_NY, FIRST_TOKYO, at("2024-01-01 00:00")], key=order_key) == [
        FIRST_TOKYO,
        at("2024-01-01 00:00"),
        LAST_NY,
    ]


@given(st.datetimes(timezones=st.sampled_from([NY, TOKYO, dt.UTC])), st.timedeltas())
def test_edge_arithmetic_never_overflows(moment, delta):
    """Any aware instant and any shift: a value or DateOutOfRange, never OverflowError; bounds never raise."""
    try:
        moved = shifted(moment, delta)
    except DateOutOfRange:
        pass
    else:
        assert order_key(moved) - order_key(moment) == delta
    assert bound_after(moment, abs(delta)) >= min(moment, END_OF_TIME) or moment > END_OF_TIME
    local_day(moment, NY)
    order_key(moment)


def test_a_far_future_staff_post_plans_without_stopping_anything(course):
    """A post stored for 9999-12-31 (before the bounds existed) plans, ends never, and the rest is planned too."""
    posts = [
        StaffPost(
            id=1,
            guild_id=1,
            at=dt.datetime(9999, 12, 31, tzinfo=NY),
            message="far",
            author_id=1,
            created_at=at("2024-02-01 09:00"),
        ),
        StaffPost(id=2, guild_id=1, at=LAST_NY, message="edge", author_id=1, created_at=at("2024-02-01 09:00")),
        StaffPost(
            id=3, guild_id=1, at=at("2024-02-12 09:00"), message="soon", author_id=1, created_at=at("2024-02-01 09:00")
        ),
    ]
    report = planned(course, AnnounceConfig(), at("2024-02-01 00:00"), FOREVER, staff_posts=posts)
    assert report.problems == []
    keys = [i.key for i in report.items]
    assert keys.index("staff:3") < keys.index("staff:1")
    assert "staff:2" not in keys  # after the last instant UTC can hold: no window reaches it
    assert [i.relevant_until for i in report.items if i.key == "staff:1"] == [END_OF_TIME]
    post, _ = catch_up(report.items, at("2024-02-12 09:30"))
    assert "staff:3" in [i.key for i in post]


def test_items_that_cannot_be_planned_are_reported_one_by_one(course):
    """An exam on Jan 3 of year 1 loses only its week-ahead reminder; a deadline at the very end of 9999 loses
    only the reminders that cannot be computed; a broken published entry is reported; everything else plans."""
    exam1 = replace(course.exams[0], date=dt.date(1, 1, 3))
    hw1 = replace(course.assignments[0], due=LAST_NY, release=dt.date(9999, 12, 31))
    edge = replace(course, exams=(exam1, *course.exams[1:]), assignments=(hw1, *course.assignments[1:]))
    published = {"hw2": dt.datetime(9999, 12, 31, 12, tzinfo=NY), "hw3": at("2024-03-01 12:00")}
    start = dt.datetime(1, 1, 1, tzinfo=dt.UTC)
    report = planned(edge, AnnounceConfig(), start, FOREVER, published=published)
    problems = {p.key: p.reason for p in report.problems}
    assert {"exam:exam1:7d", "conflict-form:exam1", "regrade:hw2"} <= set(problems)
    assert {k for k in problems if k.startswith("deadline:hw1:")} == {
        "deadline:hw1:2880m",
        "deadline:hw1:1440m",
        "deadline:hw1:120m",
    }
    assert all("outside the years 1-9999" in reason for reason in problems.values())
    keys = {plain(i.key) for i in report.items}
    assert {"exam:exam1:1d:channel", "exam:exam1:0d:channel", "release:hw1:out:channel"} <= keys
    assert {"regrade:hw3:open:channel", "deadline:hw2:120m:channel", "exam:exam2:7d:channel"} <= keys


def test_an_unexpected_error_in_one_source_is_reported_not_raised(course):
    """A data row the planner trips over (a cancellation naming nobody) is one problem; its siblings still plan."""
    change = replace(course.oh_changes[0], person="nobody-by-that-id", kind="cancel")
    broken = replace(course, oh_changes=(change, *course.oh_changes[1:]))
    report = planned(broken, AnnounceConfig(kinds=frozenset({"oh_change"})), *TERM)
    (problem,) = report.problems
    assert problem.key.startswith("oh-cancel:nobody-by-that-id:")
    assert "could not be planned" in problem.reason
    assert len(report.items) == len([c for c in course.oh_changes if c.kind == "cancel"]) - 1


TERM = (at("2024-01-01 00:00"), at("2024-06-01 00:00"))
