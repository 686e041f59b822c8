"""'first journal is due sunday night right': Yes or No from the one day the answer shows something due."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.core.answer import Answer, Stamp, text
from bot.understand.yes_no.stated_weekday import stated_weekday, weekday_verdict

TZ = ZoneInfo("Europe/Berlin")
DUE = dt.datetime(2027, 3, 27, 23, 59, tzinfo=TZ)  # a Saturday
ANSWER = Answer(title="First deadline", lines=(text("Journal 1: ", Stamp(DUE), " (", Stamp(DUE, "R"), ")"),))


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "first journal instalment is due sunday night right",
            (False, "it is due Sat Mar 27, a Saturday, not a Sunday."),
        ),
        ("is the first journal due on a saturday?", (True, "it is due Sat Mar 27, a Saturday.")),
        ("first one's due sat right", (True, "it is due Sat Mar 27, a Saturday.")),
    ],
)
def test_the_day_shown_decides(question, verdict):
    assert weekday_verdict(question, ANSWER) == verdict


def test_a_date_a_bound_or_two_days_is_no_day_stated():
    assert stated_weekday("is it due friday mar 26") is None
    assert stated_weekday("is it due before friday") is None
    assert stated_weekday("is it due friday or saturday") is None
    assert stated_weekday("is the lab on friday") is None  # nothing said to be due


def test_times_on_two_days_or_just_after_midnight_decide_nothing():
    released = dt.datetime(2027, 3, 20, 9, 0, tzinfo=TZ)
    two = Answer(title="Journal 1", lines=(text("Due ", Stamp(DUE)), text("Released ", Stamp(released))))
    assert weekday_verdict("is journal 1 due saturday", two) is None
    midnight = Answer(title="Journal 1", lines=(text("Due ", Stamp(DUE + dt.timedelta(minutes=1))),))
    assert weekday_verdict("is journal 1 due saturday", midnight) is None


@pytest.mark.parametrize(
    "question",
    [
        "so it isnt due saturday?",
        "it's not due on saturday right",
        "is it due saturday at midnight",
        "due sat at noon?",
    ],
)
def test_a_not_or_a_clock_time_is_no_day_stated(question):
    """A "not" reads Yes both ways; "saturday at midnight" asks a time the day alone does not settle."""
    assert stated_weekday(question) is None
    assert weekday_verdict(question, ANSWER) is None
