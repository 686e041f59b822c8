"""Whether a class meeting is on at this moment (bot.understand.meetings.meeting_now), on the invented second course:
lectures Tue and Thu 11:00-12:20, discussion sections on other days."""

from __future__ import annotations

import pytest

from bot.course.loader import load_course
from bot.understand.meetings.meeting_now import meeting_now, meeting_now_asked
from tests.conftest import SECOND_DATA, local


@pytest.fixture(scope="module")
def course():
    return load_course(SECOND_DATA)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("is there class right now", True),
        ("are we in lecture rn?", False),  # "rn" is respelled "right now" before this is read
        ("are we in lecture right now?", True),
        ("is class currently on", True),
        ("is discussion happening now", True),
        ("is there class now that the strike is over", False),  # a clause, not this moment
        ("is lecture cancelled now", False),  # whether it is cancelled is asked, not whether it is on
        ("where is class now", False),
        ("is there class today", False),
    ],
)
def test_this_moment_asked(question, asked):
    assert meeting_now_asked(question) is asked


def test_the_lecture_on_now_and_when_it_ends(course):
    on, said = meeting_now(course, local(course, "2024-09-10 11:20"), "lecture", None)
    assert on
    assert "until 12:20 PM" in said


def test_none_on_names_the_next_one(course):
    on, said = meeting_now(course, local(course, "2024-09-10 10:20"), "lecture", None)
    assert not on
    assert said.startswith("no lecture right now; the next is Lecture today at 11:00 AM")
    on, said = meeting_now(course, local(course, "2024-09-10 21:00"), "lecture", None)
    assert not on
    assert "Thu Sep 12 at 11:00 AM" in said
