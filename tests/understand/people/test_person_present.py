"""Whether a person is on campus or around on a day counts every meeting they hold then, not only their office hours
(bot.understand.people.person_present)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.people.person_present import asks_presence, meetings_held, presence_said
from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"
STAT = "data/stat-187-f24"


@pytest.mark.parametrize(
    ("question", "presence"),
    [
        ("is dr okafor on campus friday", True),
        ("will okafor be around tomorrow", True),
        ("is okafor in on friday", False),  # a bare "in" is in her office: her office hours
        ("is okafor's office hour on campus friday", False),  # the hours named
        ("does okafor have oh friday", False),
    ],
)
def test_presence_is_asked_without_naming_the_help_hours(question, presence):
    """Being on campus or around is asked; a question naming the office hours asks of them alone."""
    assert asks_presence(course_in(CHEM), question) is presence


def test_the_meetings_a_person_is_named_for_that_day():
    """Dr. Okafor lectures on Fridays: that lecture, said with its time and room."""
    chem = course_in(CHEM)
    friday = dt.date(2026, 2, 13)
    held = meetings_held(chem, "dana-okafor", friday, friday)
    assert [o.kind for o in held] == ["lecture"]
    assert presence_said(chem, held) == "Lecture Fri Feb 13, 9:05 AM – 9:55 AM in Kessler Hall 120"
    assert meetings_held(chem, "dana-okafor", friday + dt.timedelta(1), friday + dt.timedelta(1)) == []


@pytest.mark.parametrize(
    ("folder", "question", "now", "first"),
    [
        (CHEM, "is dr okafor on campus friday", "2026-02-10 10:00", "Yes: Dana Okafor has Lecture Fri Feb 13"),
        (CHEM, "does okafor have office hours friday", "2026-02-10 10:00", "No: no office hours then"),
        (STAT, "will priya be around on wednesday", "2024-10-14 10:00", "Yes: Priya Raman has Discussion"),
    ],
)
def test_a_person_around_on_a_day_of_their_classes_is_a_yes(folder, question, now, first):
    """Around on a day they teach: Yes with the meeting, though they hold no office hours then."""
    _, shown = reply(course_in(folder), question, now)
    assert first_line(shown).startswith(first), shown
