"""A section's meeting time stated in a yes/no question ("is group b tutorial at 4:15"): Yes or No from the section's
own weekly meetings (bot.understand.meetings.section_clock)."""

from __future__ import annotations

import pytest

from bot.understand.meetings.section_clock import section_clock_verdict
from tests.understand.conftest import first_line, reply


@pytest.mark.parametrize(
    ("section", "question", "yes"),
    [
        ("1C", "is section 1c at 12", True),  # Wednesdays 12:00-12:50 PM
        ("1C", "is 1c at 12:00 pm", True),
        ("1C", "is 1c at 2", False),
        ("1C", "does 1c finish at 12:50", True),  # the end, asked with "finish"
        ("1E", "is 1e at 9", True),  # no am or pm: either half of the day
    ],
)
def test_the_time_stated_is_checked_against_the_sections_meetings(stat, section, question, yes):
    found = section_clock_verdict(stat, section, question)
    assert found is not None
    assert found[0] is yes
    assert "Wednesdays" in found[1] or "Thursdays" in found[1]


@pytest.mark.parametrize("question", ["is 1c before 9", "is 1c from 12 to 1", "is 1c on wednesday"])
def test_a_bound_two_times_or_no_time_are_left_alone(stat, question):
    assert section_clock_verdict(stat, "1C", question) is None


def test_the_student_sees_yes_with_the_sections_times(stat):
    _, said = reply(stat, "is section 1c at 12", "2024-10-01 10:00")
    assert first_line(said).startswith("Yes"), said
    assert "12:00 PM" in first_line(said)
