"""A time of day stated against a person's weekly office hours (bot.understand.people.hours_at_clock)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.course.model import OfficeHours
from bot.understand.people.hours_at_clock import hours_at_clock
from bot.understand.work.stated_times import stated_clock

TUESDAY_2_TO_4 = (OfficeHours(1, dt.time(14), dt.time(16), dt.date(2026, 9, 1), dt.date(2026, 12, 1)),)


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("are her office hours at 2am", False),  # AM, not PM
        ("are her office hours at 2pm", True),
        ("does she have office hours at 3", True),  # no AM or PM: either, and 3 PM is in them
        ("does she have office hours at 5pm", False),
        ("office hours at 4pm?", False),  # the end is not in them
    ],
)
def test_a_clock_stated_is_held_against_the_slots(question, held):
    """Yes only when a slot runs at the time stated; the slots are said either way."""
    found = hours_at_clock(stated_clock(question), TUESDAY_2_TO_4)
    assert found == (held, "Tuesdays 2:00 PM – 4:00 PM.")


def test_no_slots_or_midnight_give_no_verdict():
    assert hours_at_clock(stated_clock("office hours at 2pm"), ()) is None
    assert hours_at_clock(stated_clock("office hours at midnight"), TUESDAY_2_TO_4) is None
