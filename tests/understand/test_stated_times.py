"""Stated times across a change of clocks and in a named zone: Yes or No from the data, local times kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.course.loader import load_course
from bot.understand.stated_times import stated_meeting_verdict, stated_time_verdict
from bot.understand.zones import asks_clock_change, zone_stated

STAT = load_course(Path(__file__).resolve().parents[2] / "data" / "stat-187-f24")
NOW = STAT.at(dt.date(2024, 10, 9), dt.time(10, 0))
PS6 = [STAT.assignment("ps6")]


def test_due_time_after_the_change_is_local() -> None:
    """PS6 stays due at 5 PM, in PST after the clocks change."""
    yes, said = stated_time_verdict(STAT, "is ps6 still due at 5 pm pacific after the clocks change", PS6, dt.time(17))
    assert yes
    assert "5:00 PM PST" in said
    assert "local" in said


def test_a_different_stated_time_is_no_with_the_real_one() -> None:
    yes, said = stated_time_verdict(STAT, "is ps6 due at 6pm after the time change", PS6, dt.time(18))
    assert not yes
    assert "5:00 PM PST" in said


def test_a_named_zone_is_compared_in_that_zone() -> None:
    """ "5pm eastern" is 2 PM Pacific: No; "8pm eastern" is the same instant: Yes."""
    assert not stated_time_verdict(STAT, "is ps6 due at 5pm eastern", PS6, dt.time(17))[0]
    assert stated_time_verdict(STAT, "is ps6 due at 8pm eastern", PS6, dt.time(20))[0]


def test_meetings_after_the_change() -> None:
    """Lectures at 11 stay at 11 (PST); "at 9" is No."""
    found = stated_meeting_verdict(STAT, "lectures still at 11 after daylight saving ends", NOW, "lecture", None)
    assert found is not None
    assert found[0]
    assert "11:00 AM PST" in str(found[1])
    found = stated_meeting_verdict(STAT, "lectures still at 9 after daylight saving ends", NOW, "lecture", None)
    assert found is not None
    assert not found[0]


def test_words_for_clock_changes_and_zones() -> None:
    assert asks_clock_change("once daylight savings ends")
    assert asks_clock_change("after the clocks change")
    assert not asks_clock_change("is hw3 due at 5pm")
    assert zone_stated("due at 5 pm pacific").key == "America/Los_Angeles"
    assert zone_stated("is it due at 5pm") is None


def test_some_meetings_at_the_time_is_neither_yes_nor_no() -> None:
    """Sections at several times: "at 2" is true of some, so no Yes or No."""
    found = stated_meeting_verdict(STAT, "do sections still start at 2 after the time change", NOW, "discussion", None)
    assert found is None
