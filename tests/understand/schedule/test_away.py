"""The days someone will be away, from the two days they name: a weekday named second is the one after the first."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.engine import engine_for
from bot.understand.schedule.away import away_span
from tests.conftest import local
from tests.understand.conftest import reply

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("question", "first", "last"),
    [
        ("what would i miss if i leave tuesday the 26th and come back sunday", "2024-03-26", "2024-03-31"),
        ("if i leave on friday and get back tuesday what do i miss", "2024-03-22", "2024-03-26"),
        ("im away from monday until wednesday, what will i miss", "2024-03-25", "2024-03-27"),
    ],
)
def test_an_absence_runs_from_the_first_day_named_to_the_second(course, question, first, last):
    reading = engine_for(course).reader.read(question, local(course, "2024-03-20 10:00"))
    span = away_span(reading)
    assert span is not None
    assert span[:2] == (D(first), D(last))


@pytest.mark.parametrize(
    "question", ["what's on tuesday and thursday", "when is hw5 due", "what would i miss on friday"]
)
def test_no_absence_without_two_days_and_a_word_of_being_away(course, question):
    reading = engine_for(course).reader.read(question, local(course, "2024-03-20 10:00"))
    assert away_span(reading) is None


def test_what_is_due_while_away_is_the_span_away(stat):
    result, shown = reply(
        stat, "is anything due while i'm away if i leave thursday the 21st and come back monday", "2024-11-20T17:15"
    )
    parts = result.as_json()["parts"]
    assert [(p["intent"], p["slots"]["range"]) for p in parts] == [("due_soon", ["2024-11-21", "2024-11-25"])]
    assert "PS7" in shown
    assert "Report" not in shown.split("Next up")[0]


def test_two_kinds_named_are_every_meeting(stat):
    result, _ = reply(
        stat,
        "what lectures or sections would i miss if i leave tuesday the 26th and come back sunday",
        "2024-11-20T17:15",
    )
    assert result.as_json()["parts"][0]["slots"]["kind"] == "class"
