"""How long a kind of class meeting runs, stated and asked back (bot.understand.meetings.meeting_length)."""

from __future__ import annotations

import pytest

from bot.understand.meetings.meeting_length import about_that, stated_minutes
from tests.understand.conftest import course_in, first_line, reply

STAT = "data/stat-187-f24"
HIST = "tests/fixtures/courses/hist-210-a24"


@pytest.mark.parametrize(
    ("question", "minutes"),
    [
        ("studio sessions are 3 hours right", 180),
        ("is lecture 80 minutes", 80),
        ("are labs 2 hrs", 120),
        ("tutorials are an hour right?", 60),
        ("is the seminar an hour and a half", 90),
        ("is there a lecture in the next 3 hours", None),  # a span from now
        ("if im 2 hours late to lab does it count", None),  # lateness
        ("is lecture 50 minutes or 80 minutes", None),  # one length only
        ("is the tutorial a full hour", 60),
        ("are labs two whole hours", 120),
    ],
)
def test_the_one_length_stated(question, minutes):
    assert stated_minutes(question) == minutes


@pytest.mark.parametrize(
    ("folder", "question", "first"),
    [
        (STAT, "is lecture 80 minutes", "Yes"),  # 11:00-12:20
        (STAT, "lectures are an hour right?", "No"),  # 80 minutes: more than a passing period off
        (HIST, "tutorials are an hour right?", "Yes"),  # 50 minutes: what a student calls an hour
        (HIST, "are tutorials 50 mins", "Yes"),
        (HIST, "are tutorials 40 mins", "No"),  # an exact length is compared exactly
        (STAT, "is lecture an hour and a half", "Yes"),  # 80 minutes
        (STAT, "is lecture 2 hours", "No"),
        # a full length: a slot a passing period shorter is not it; a longer one holds all of it
        (HIST, "is tutorial a full hour", "No"),
        (HIST, "im in t2, is tutorial a whole hour?", "No"),
        (STAT, "is lecture a full hour", "Yes: more than that"),
    ],
)
def test_yes_or_no_on_the_length_with_the_real_one(folder, question, first):
    """Yes or No from the kind's weekly meetings, saying how long they run."""
    result, said = reply(course_in(folder), question, "2024-10-14 10:00")
    assert result.parts[0].intent == "meeting_length", said
    assert first_line(said).startswith(first)
    assert "they run" in first_line(said)


def test_a_span_from_now_is_still_the_schedule_then():
    result, _ = reply(course_in(STAT), "is there a lecture in the next 3 hours", "2024-10-14 10:00")
    assert result.parts[0].intent != "meeting_length"


@pytest.mark.parametrize(
    ("stated", "real", "about"),
    [(60, 50, True), (180, 170, True), (90, 80, True), (60, 80, False), (120, 170, False), (45, 50, False)],
)
def test_a_round_length_covers_a_slot_a_passing_period_apart(stated, real, about):
    """ "an hour" is a 50-minute slot, "3 hours" one of 2 h 50 min; an exact length ("45 minutes") is never rounded."""
    assert about_that(stated, real) is about
