"""A holiday named by a student is its day inside the course's term, never one months before the term begins."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.times.holidays import FLOATING_HOLIDAYS, holiday_in_term
from tests.understand.conftest import course_in

STAT = "data/stat-187-f24"  # fall 2024
SPRING = "data/10-605-s24"  # spring 2024, from Wed Jan 17


def _rule(name: str):
    return next(rule for pattern, rule in FLOATING_HOLIDAYS.items() if pattern.startswith(name))


@pytest.mark.parametrize(
    ("folder", "holiday", "day"),
    [
        (STAT, r"good\s+friday", "2025-04-18"),  # not Mar 29, 2024, before this fall term
        (STAT, r"memorial\s+day", "2025-05-26"),  # not May 27, 2024
        (STAT, r"black\s+friday", "2024-11-29"),  # inside the term
        (SPRING, r"good\s+friday", "2024-03-29"),
        (SPRING, r"(?:mlk", "2024-01-15"),  # two days before the term begins: still this term's
        (SPRING, r"black\s+friday", "2024-11-29"),  # after the term: the coming one, never last November's
    ],
)
def test_a_floating_holiday_is_the_terms_own(folder, holiday, day):
    """The day inside the term (or just before it), else the first after the term begins."""
    assert holiday_in_term(_rule(holiday), course_in(folder)) == dt.date.fromisoformat(day)
