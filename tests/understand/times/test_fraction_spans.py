"""Spans said with a half or a decimal, and the lateness the date reader takes from them whole."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.times.fraction_spans import fraction_span
from bot.understand.times.time_phrases import find_phrases
from tests.conftest import local
from tests.understand.conftest import course_in


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("a day and a half", 36),
        ("two and a half days", 60),
        ("half a day", 12),
        ("2.5 hours", 2.5),
        ("a week and a half", 252),
        ("3 days", None),
        ("version 1.5", None),
    ],
)
def test_a_half_or_a_decimal_is_its_span(said, hours):
    """Halves and decimals of hours, days and weeks; a whole count or a bare number is no such span."""
    assert fraction_span(said) == (None if hours is None else dt.timedelta(hours=hours))


@pytest.mark.parametrize(
    ("question", "hours"),
    [
        ("i turned ps2 in a day and a half late", 36),
        ("if it goes in half an hour late", 0.5),
        ("hw3 was 1.5 days late", 36),
        ("two and a half days past the deadline", 60),
        ("4 hours late", 4),
    ],
)
def test_lateness_said_with_a_fraction_is_read_whole(question, hours):
    """ "a day and a half late" is 36 hours late, not "a day" with a stray half; "1.5 days" is not "5 days"."""
    course = course_in("data/stat-187-f24")
    phrases = find_phrases(question, local(course, "2024-10-01 10:00"), course)
    late = [p for p in phrases if p.kind == "lateness"]
    assert [p.late for p in late] == [dt.timedelta(hours=hours)]
