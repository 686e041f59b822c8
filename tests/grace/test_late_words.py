"""Lateness in words never rounds the reason away (hostile5 12: "0.0 h late" for one second)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.grace.late_words import lateness_words


def hours(**parts: float) -> float:
    return dt.timedelta(**parts) / dt.timedelta(hours=1)


@pytest.mark.parametrize(
    ("late", "words"),
    [
        (hours(seconds=1), "1 second"),
        (hours(seconds=59), "59 seconds"),
        (hours(milliseconds=200), "under a second"),
        (hours(hours=24, seconds=1), "24 h 0 min 1 s"),
        (hours(hours=26, minutes=12, seconds=5), "26 h 12 min 5 s"),
        (hours(minutes=5, seconds=30), "5 min 30 s"),
        (hours(hours=30), "30.0 h"),
        (hours(hours=2, minutes=1), "2.0 h"),  # a time typed to the minute keeps the short form
        (hours(minutes=1), "1 minute"),  # hostile14 10: one minute late read "0.0 h late"
        (hours(minutes=2), "2 minutes"),
        (hours(minutes=59), "59 minutes"),
        (hours(minutes=30), "30 minutes"),
        (hours(hours=1), "1.0 h"),
        (hours(minutes=90), "1.5 h"),
    ],
)
def test_lateness_is_said_exactly_where_rounding_would_hide_it(late, words):
    assert lateness_words(late) == words


def test_no_lateness_under_a_minute_reads_as_zero_hours():
    for second in range(1, 60):
        assert "0.0" not in lateness_words(hours(seconds=second))


def test_lateness_under_an_hour_is_said_in_minutes():
    """Every whole minute under an hour reads as minutes, never as hours."""
    for minute in range(1, 60):
        said = lateness_words(hours(minutes=minute))
        assert said == ("1 minute" if minute == 1 else f"{minute} minutes")
