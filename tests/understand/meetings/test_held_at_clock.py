"""What is held on a day, against a time of day the student states (bot.understand.meetings.held_at_clock)."""

from __future__ import annotations

import pytest

from bot.understand.meetings.held_at_clock import held_at_another_time

REVIEW = ["Discussion section 1C, midterm review (Tue Oct 22, 5:00 PM PDT, Quarry Hall 79)"]


@pytest.mark.parametrize(
    ("question", "held", "other"),
    [
        ("is the review session on oct 22 at 5am", REVIEW, True),  # AM, not PM
        ("is the review session on oct 22 at 5pm", REVIEW, False),
        ("is the review session at 5", REVIEW, False),  # no AM or PM: 5 PM it may be
        ("is the review session on oct 22", REVIEW, False),  # no time stated
        ("is the review at midnight", REVIEW, False),  # whose night is meant is the student's to say
        ("is the lecture at 9am", ["Decision trees (Thu Oct 17)"], False),  # a line with no time: not known
    ],
)
def test_a_time_stated_against_what_is_held(question, held, other):
    assert held_at_another_time(question, held) is other
