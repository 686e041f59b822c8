"""Day names: a date reads the same every time; a datetime reads as the day of its own zone (equal instants in
two zones can fall on different days)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.core.answer import Stamp, text
from bot.core.timefmt import human_date

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
