"""Local times the clocks skip or pass twice (bot.core.wall_clock), in any zone, and everywhere a time is entered:
the course data check and the plain-words date reader (/announce add, /late ...); the console's :time is tested
with the console."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.core.errors import UserError
from bot.core.wall_clock import repeated, repeated_note, skipped, skipped_message
from bot.course.loader import CourseDataError, load_course
from bot.understand.times.dates import parse_submission_time
from tests.conftest import at


def _transitions(zone: ZoneInfo, year: int) -> list[tuple[dt.datetime, dt.timedelta]]:
    """Each change of the zone's UTC offset in a year: the first instant after it (UTC), and the jump."""
    out = []
    hour = dt.datetime(year, 1, 1, tzinfo=dt.UTC)
    while hour.year == year:
        later = hour + dt.timedelta(hours=1)
        jump = later.astimezone(zone).utcoffset() - hour.astimezone(zone).utcoffset()
        if jump:
            out.append((later, jump))
        hour = later
    return out


@pytest.mark.parametrize("name", ["America/New_York", "America/Los_Angeles", "Europe/Berlin", "Australia/Sydney"])
def test_every_skipped_and_repeated_half_hour_is_found(name):
    zone = ZoneInfo(name)
    changes = _transitions(zone, 2024)
    assert len(changes) == 2
    for instant, jump in changes:
        local = instant.astimezone(zone).replace(tzinfo=None)
        if jump > dt.timedelta(0):  # spring forward: the wall times just before `local` never happen
            gap = (local - jump / 2).replace(tzinfo=zone)
            assert skipped(gap)
            assert not repeated(gap)
            assert name in skipped_message("x", gap)
        else:  # fall back: the wall times of the hour from `local` on happen twice
            twice = (local - jump / 2).replace(tzinfo=zone)
            assert repeated(twice)
            assert not skipped(twice)
            assert "first one" in repeated_note(twice)
            assert "second one" in repeated_note(twice.replace(fold=1))
        ordinary = (local + dt.timedelta(hours=3)).replace(tzinfo=zone)
        assert not skipped(ordinary)
        assert not repeated(ordinary)


def test_course_data_with_a_skipped_due_time_is_refused(data_copy):
    assignments = data_copy / "assignments.toml"
    assignments.write_text(assignments.read_text().replace("due = 2024-01-29", "due = 2024-03-10T02:30:00", 1))
    with pytest.raises(CourseDataError) as refused:
        load_course(data_copy)
    assert "field 'due': 2024-03-10 02:30 does not exist in America/New_York" in str(refused.value)


@pytest.mark.parametrize("phrase", ["March 10 2:30am", "mar 10 at 2:05 am", "2024-03-10 02:59"])
def test_plain_words_naming_a_skipped_time_are_refused(course, phrase):
    with pytest.raises(UserError, match="does not exist in America/New_York"):
        parse_submission_time(phrase, at("2024-03-09 10:00"), course)
    assert parse_submission_time("March 10 3:30am", at("2024-03-09 10:00"), course).utcoffset() == dt.timedelta(
        hours=-4
    )
