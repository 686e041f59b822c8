"""'is my next lab in B-12': a numbered room the student believes a thing is in, checked against the card's place."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, text
from bot.understand.yes_no.stated_room import room_stated, room_verdict

PLACES = ("Hollis Hall 204", "Computer Lab B-12 (Hollis Hall)", "Computer Lab B-14 (Hollis Hall)", "Auditorium")
LAB = Answer(title="Next lab", lines=(text("Tue Oct 12 · Computer Lab B-12 (Hollis Hall)"), text("Section 3.")))


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("im in 3, is my next lab in B-12", (True, "Computer Lab B-12 (Hollis Hall).")),
        ("im in 3, is my next lab in b-14?", (False, "Computer Lab B-12 (Hollis Hall), not b-14.")),
        ("my next lab is in room 310 right", (False, "Computer Lab B-12 (Hollis Hall), not room 310.")),
        ("is the lab in hollis 204 tomorrow", (False, "Computer Lab B-12 (Hollis Hall), not hollis 204.")),
    ],
)
def test_the_room_believed_is_checked_against_the_lead(question, verdict):
    assert room_verdict(question, LAB, PLACES) == verdict


@pytest.mark.parametrize(
    "question",
    [
        "im in 231, is my next lab on friday",  # the student's own group, not a room
        "is the next lab in 2 days",  # a number that is no room
        "is the next lab in the computer lab",  # no number: a name said many ways
        "the next lab isn't in b-12 right",  # a "not" reads both ways
        "is the lab in b-12 or b-14",  # two rooms
    ],
)
def test_no_numbered_room_stated_is_left_alone(question):
    assert room_stated(question, PLACES) is None or room_verdict(question, LAB, PLACES) is None


def test_a_lead_showing_no_place_or_several_decides_nothing():
    nowhere = Answer(title="Next lab", lines=(text("Tue Oct 12: Lab 4"),))
    assert room_verdict("is my next lab in b-14", nowhere, PLACES) is None
    two = Answer(title="Exam", lines=(text("Hollis Hall 204 or Auditorium"),))
    assert room_verdict("is the exam in room 204", two, PLACES) is None
