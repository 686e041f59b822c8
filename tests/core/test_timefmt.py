"""Day names: a date reads the same every time; a datetime reads as the day of its own zone (equal instants in
two zones can fall on different days)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.core.answer import Stamp, text
from bot.core.timefmt import human_date, relative

NY = ZoneInfo("America/New_York")


def test_a_date_reads_the_same_every_time():
    day = dt.date(2024, 2, 21)
    assert human_date(day) == "Wed Feb 21"
    assert human_date(day) == "Wed Feb 21"
    assert human_date(dt.date(2024, 3, 1)) == "Fri Mar 1"


def test_equal_instants_read_as_the_day_of_their_own_zone():
    late = dt.datetime(2024, 2, 21, 23, 0, tzinfo=NY)
    same_instant = late.astimezone(dt.UTC)
    assert late == same_instant
    assert human_date(late) == "Wed Feb 21"
    assert human_date(same_instant) == "Thu Feb 22"


def test_a_line_drops_empty_strings_only():
    at = dt.datetime(2024, 2, 21, 23, 59, tzinfo=NY)
    assert text("a", "b") == ("a", "b")
    assert text("a", "", Stamp(at), "") == ("a", Stamp(at))
    assert text() == ()


@pytest.mark.parametrize(
    ("offset_seconds", "said"),
    [
        (0, "just now"),
        (-30, "30 seconds ago"),
        (-1, "1 second ago"),
        (30, "in 30 seconds"),
        (0.4, "in 1 second"),
        (-59.9, "59 seconds ago"),
        (-60, "1 minute ago"),
        (3 * 3600, "in 3 hours"),
    ],
)
def test_relative_says_the_seconds_within_a_minute(offset_seconds, said):
    """A moment in the current minute reads as its seconds or 'just now', never a vague 'a few seconds'."""
    now = dt.datetime(2027, 3, 12, 23, 59, 30, tzinfo=ZoneInfo("America/Edmonton"))
    assert relative(now + dt.timedelta(seconds=offset_seconds), now) == said
