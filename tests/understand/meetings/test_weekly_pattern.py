"""A weekday asked as every week's ("is group c's lab on thursdays"): Yes or No from the weekly meetings, never from
the coming date alone, with the days that weekday is not held (bot.understand.meetings.weekly_pattern)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot.understand.meetings.weekly_pattern import weekly_meeting_verdict
from tests.understand.conftest import first_line, reply

TODAY = dt.date(2024, 10, 1)


@pytest.mark.parametrize(
    ("question", "kind", "section", "yes"),
    [
        ("is discussion 1c on wednesdays", "discussion", "1C", True),
        ("is 1c discussion on thursdays", "discussion", "1C", False),
        ("does section 1e meet every thursday", None, "1E", True),
        ("is lecture on tuesdays", "lecture", None, True),
        ("is lecture every friday", "lecture", None, False),
    ],
)
def test_the_weekly_meetings_decide(stat, question, kind, section, yes):
    found = weekly_meeting_verdict(stat, question, kind, section, TODAY)
    assert found is not None
    assert found[0] is yes


def test_a_day_the_weekday_is_not_held_is_named_beside_the_yes(stat):
    """Thanksgiving week: the Wednesday discussion is not held, named, and the Yes still stands."""
    yes, said = weekly_meeting_verdict(stat, "is 1c on wednesdays", "discussion", "1C", TODAY)
    assert yes is True
    assert "Not held on Wed Nov 27" in said


@pytest.mark.parametrize(
    ("question", "kind", "section", "part"),
    [
        ("is discussion 1c on wednesday", "discussion", "1C", ""),  # the coming one, not every week's
        ("is discussion on wednesdays", "discussion", None, ""),  # held by section: whose is not said
        ("is 1c on wednesdays oct 16", "discussion", "1C", ""),  # a date typed
        ("my group is on wednesdays, is there discussion on oct 16", "discussion", "1C", "is there discussion"),
    ],
)
def test_other_questions_are_left_alone(stat, question, kind, section, part):
    assert weekly_meeting_verdict(stat, question, kind, section, TODAY, part) is None


def test_the_student_sees_the_weekly_yes_not_the_coming_days_no(stat):
    _, said = reply(stat, "is 1c discussion on wednesdays", "2024-11-25 10:00")
    assert first_line(said).startswith("Yes"), said


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("are the archive visits all on weekdays", None),  # no one weekday named
        ("are all the archive visits on tuesdays", False),
        ("are the archive visits every tuesday", None),  # each week's tuesday: rows on some days do not settle it
    ],
)
def test_a_kind_held_on_listed_days_asked_of_all(hist, question, yes):
    """ "are the visits all on fridays": every schedule row of a kind with no weekly meeting, on that weekday or not."""
    found = weekly_meeting_verdict(hist, question, "visit", None, TODAY)
    assert (found[0] if found else None) is yes
    if found:
        assert "Wed Oct 16" in found[1]


def test_every_row_on_the_weekday_asked_is_a_yes(hist):
    tuesday_only = dataclasses.replace(
        hist, schedule=tuple(r for r in hist.schedule if r.kind != "visit" or r.date.weekday() == 1)
    )
    yes, said = weekly_meeting_verdict(tuesday_only, "are they all on tuesdays", "visit", None, TODAY)
    assert yes
    assert "Tue Oct 15" in said
