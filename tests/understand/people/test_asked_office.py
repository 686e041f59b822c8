"""A person's office asked is said to be off the page when the answer gives no room; office hours are not an office."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, text
from bot.understand.people.asked_office import asks_office, unlisted_office


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what's lucia's office number", True),
        ("where is dr b's office", True),
        ("wheres the prof's office", True),
        ("which room is the instructor's office in", True),
        ("office # for the ta?", True),
        ("where can i find her office", True),
        ("where are quiroga's office hours", False),
        ("where is the office hour on friday", False),
        ("what's the ta's office phone number", False),  # a phone number (asked_phone)
        ("when are office hours", False),
    ],
)
def test_asks_office(question, asked):
    assert asks_office(question) is asked


def test_an_office_without_a_room_is_not_given():
    card = Answer(title="Lucía Benítez", lines=(text("She sees students by appointment."),))
    said = unlisted_office("what's lucia's office number", card, "ask on the forum")
    assert said.kind == "unknown"
    assert said.lines[0][0].startswith("The course page doesn't give that office; ask on the forum.")
    placed = Answer(title="Priya Raman", lines=(text("Mondays 3:00 PM · Halvorsen Hall 405"),))
    assert unlisted_office("which room is priya's office", placed, "ask") is placed
    assert unlisted_office("where are priya's office hours", card, "ask") is card
