"""Leaving or coming in at a moment the student states, against the exam rule's window: Yes or No from the two
numbers, no verdict without both (bot.understand.exams.stated_window)."""

from __future__ import annotations

import pytest

from bot.understand.exams.stated_window import stated_at, window_verdict

BOTH = ["No entry after the first 30 minutes, and no leaving in the first 30 minutes."]
ENDS = ["You may not leave in the first 30 minutes or the last 15 minutes."]
EARLIEST = ["You may leave the hall at the earliest 45 minutes after the exam starts."]
ADMITTED = ["Students who arrive more than 20 minutes late will not be admitted."]


@pytest.mark.parametrize(
    ("question", "way", "minutes"),
    [
        ("can i leave the final after 20 mins if im done", "leave", 20),
        ("can i walk out an hour in", "leave", 60),
        ("ok to go after half an hour", "leave", 30),
        ("can i leave 20 minutes early", "leave", None),  # counted from the end, not from the start
        ("can i leave the 3 hour exam", "leave", None),
        ("if im 10 min late can i get in", "enter", 10),
        ("what if im late by 40 minutes", "enter", 40),
        ("what if i am late by 40 minutes", "enter", 40),  # "am" is no amount
        ("if im 45min late", "enter", 45),
        ("can i come 15 minutes after it starts", "enter", 15),
        ("can i leave after 20 mins or after 40 mins", "leave", None),  # two moments: none decided
    ],
)
def test_the_moment_the_student_states(question, way, minutes):
    """Only a moment counted from the start is read; none, or two, give nothing."""
    assert stated_at(question, way) == minutes


@pytest.mark.parametrize(
    ("rules", "question", "way", "length", "verdict"),
    [
        (BOTH, "can i leave after 20 mins", "leave", 180, False),
        (BOTH, "can i leave after 45 minutes", "leave", 180, True),
        (BOTH, "if im 20 min late can i still get in", "enter", 180, True),
        (BOTH, "if im 40 min late can i still get in", "enter", 180, False),
        (BOTH, "if im 30 min late can i still get in", "enter", 180, None),  # the rule's own edge
        (ENDS, "can i leave after 40 minutes", "leave", 120, True),
        (ENDS, "can i leave after 110 minutes", "leave", 120, False),  # in the last 15
        (ENDS, "can i leave after 40 minutes", "leave", None, None),  # the last 15 of an unknown length
        (EARLIEST, "can i leave after half an hour", "leave", 120, False),
        (EARLIEST, "can i leave an hour in", "leave", 120, True),
        (ADMITTED, "if im 10 min late can i get in", "enter", 120, True),
        (ADMITTED, "can i leave after 10 minutes", "leave", 120, None),  # the rule speaks of entry only
        (BOTH, "can i leave the exam early", "leave", 180, None),  # no moment stated
    ],
)
def test_the_verdict_from_the_rules_window(rules, question, way, length, verdict):
    """Yes inside the window the rule allows, No outside it, nothing where a number is missing on either side."""
    decided = window_verdict(rules, question, way, length)
    assert (decided[0] if decided else None) == verdict
