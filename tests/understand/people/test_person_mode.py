"""A person's own sessions online or in person (bot.understand.people.person_mode), by the weekday asked."""

from __future__ import annotations

import datetime as dt

from bot.understand.people.person_mode import person_online
from tests.understand.conftest import first_line, reply


def test_a_persons_sessions_that_weekday_decide(stat):
    tuesday = dt.date(2024, 11, 26)
    assert person_online(stat, "marco-bellini", tuesday) is True
    assert person_online(stat, "marco-bellini", tuesday + dt.timedelta(days=3)) is None  # nothing that Friday
    assert person_online(stat, "nobody-at-all", tuesday) is None


def test_asked_in_person_of_an_online_session_is_no(stat):
    _, said = reply(stat, "is marco's tuesday session in person?", "2024-11-20 09:15")
    assert first_line(said).startswith("No"), said
