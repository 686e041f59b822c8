"""Coming by without booking, asked in the ways students say it (bot.understand.people.unannounced_visit)."""

from __future__ import annotations

import pytest

from bot.understand.people.unannounced_visit import asks_unannounced


@pytest.mark.parametrize(
    "question",
    [
        "can i just drop by her office",
        "can i stop by without an appointment",
        "is it ok to pop in on thursday",
        "can i just show up",
        "can i walk in whenever",
    ],
)
def test_a_visit_without_booking_is_heard(question):
    assert asks_unannounced(question)


@pytest.mark.parametrize("question", ["can i meet dr feld", "how do i book an appointment", "when is she in"])
def test_a_booked_meeting_is_not(question):
    assert not asks_unannounced(question)
