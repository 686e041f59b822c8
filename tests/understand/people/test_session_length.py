"""A session's length asked against the person's weekly ones: Yes with the longer (or shorter) session, else No."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.office_hours import sessions_between
from bot.course.loader import load_course
from bot.understand.people.session_length import asked_length, unusual_length
from tests.conftest import REPO
from tests.understand.conftest import first_line, reply


def chem():
    return load_course(REPO / "tests/fixtures/courses/chem-1310-s26")


@pytest.mark.parametrize(
    ("question", "way"),
    [
        ("are her hours longer the week of the midterm", "longer"),
        ("is his office hour extend on friday", "longer"),  # as read: "extended" respelled
        ("are consults shortened in week 5", "shorter"),
        ("is it cut short on monday", "shorter"),
        ("are they longer or shorter next week", None),  # which of the two, no Yes or No on one
        ("how long are office hours", None),
    ],
)
def test_asked_length(question, way):
    assert asked_length(question) == way


def test_only_sessions_beyond_the_persons_weekly_length_count():
    """Okafor's extra two-hour session stands out against her 75- and 60-minute weekly ones; none is shorter."""
    course = chem()
    okafor = course.person("dana-okafor")
    week = sessions_between(course, dt.date(2026, 2, 16), dt.date(2026, 2, 20), person=okafor)
    longer, compared = unusual_length(week, "longer")
    assert [s.start.date() for s in longer] == [dt.date(2026, 2, 18)]
    assert len(compared) == len(week)
    assert unusual_length(week, "shorter")[0] == []


@pytest.mark.parametrize(
    ("question", "opens", "said"),
    [
        ("are okafor's office hours longer the week of midterm 1", "Yes", "2 hours against 1 h 15 min usually"),
        ("are okafor's office hours shorter the week of midterm 1", "No", "none shorter"),
        ("are okafor's office hours longer this week", "No", "none longer"),
    ],
)
def test_the_answer_opens_with_the_length_verdict(question, opens, said):
    _, text_ = reply(chem(), question, "2026-02-10 10:00")
    assert first_line(text_).startswith(opens)
    assert said in text_
