"""The one member of staff who runs a section (bot.understand.meetings.section_person), and "their" read as that
person."""

from __future__ import annotations

import pytest

from bot.understand.meetings.section_person import section_person
from tests.understand.conftest import course_in, reply

HIST = "tests/fixtures/courses/hist-210-a24"
STAT = "data/stat-187-f24"


@pytest.mark.parametrize(
    ("folder", "section", "role", "who"),
    [
        (STAT, "1C", "gsi", "marco-bellini"),  # listed for the section
        (STAT, "1C", None, "marco-bellini"),
        (HIST, "T2", "tutor", "tomas-reyes"),  # on the section's meeting
        (HIST, "T2", "convenor", None),  # nobody of the role asked runs it: nobody, not whoever does
    ],
)
def test_the_one_person_who_runs_a_section(folder, section, role, who):
    assert section_person(course_in(folder), section, role) == who


def test_a_section_without_staff_has_nobody():
    assert section_person(course_in(STAT), "no-such-section", None) is None


@pytest.mark.parametrize(
    ("folder", "question", "now", "said"),
    [
        (
            STAT,
            "who's the gsi for discussion 1c and when are their office hours",
            "2024-10-14 10:00",
            "Tuesdays 4:00 PM",
        ),
        (HIST, "who takes tutorial t2 and when are her office hours", "2024-10-14 10:00", "Tuesdays 11:00 AM"),
    ],
)
def test_their_office_hours_after_a_sections_staff_are_that_persons(folder, question, now, said):
    """ "who is the tutor for group 3 and when is their office hour": the second part is that tutor's hours."""
    result, answer = reply(course_in(folder), question, now)
    assert result.parts[-1].slots.get("person"), answer
    assert said in answer
