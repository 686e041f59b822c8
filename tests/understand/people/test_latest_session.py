"""The latest or earliest weekly office-hours session of the week, with whose it is (bot.understand.people)."""

from __future__ import annotations

import datetime as dt

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.people.latest_session import asks_extreme, extreme_session
from tests.conftest import REPO

STAT = load_course(REPO / "data" / "stat-187-f24")
TODAY = dt.date(2024, 10, 14)


def _said(which: str, role: str | None = None) -> str:
    answer = extreme_session(STAT, TODAY, which, role)
    assert answer is not None
    return answer_text(answer, STAT.tz, STAT.at(TODAY, dt.time(10, 0)))


def test_the_latest_session_is_the_one_ending_last_in_its_day():
    said = _said("latest")
    assert "Wednesdays 5:00 PM – 6:30 PM" in said
    assert "Tuesdays 4:00 PM" not in said


def test_the_earliest_session_is_the_one_starting_first_in_its_day():
    assert "Tuesdays 1:00 PM – 2:00 PM" in _said("earliest")


def test_only_latest_or_earliest_asks_for_an_end_of_the_week():
    assert asks_extreme("whats the latest office hours") == "latest"
    assert asks_extreme("earliest oh?") == "earliest"
    assert asks_extreme("when are office hours") is None
