"""Lateness said with a half or a decimal, read as the span it means."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.late.late_amount import fractional_lateness


@pytest.mark.parametrize(
    ("question", "hours"),
    [
        ("how many slip days would ps6 a day and a half late cost", 36),
        ("ps6 1.5 days late", 36),
        ("two and a half hours late", 2.5),
        ("half an hour late", 0.5),
        ("an hour and a half late", 1.5),
        ("3 days late", None),
        ("hw 2.5 late", None),
    ],
)
def test_a_fraction_of_a_unit_is_its_span(question, hours):
    """A half or a decimal of hours, days or weeks; whole counts and bare numbers are left to the date reader."""
    expected = None if hours is None else dt.timedelta(hours=hours)
    assert fractional_lateness(question) == expected
