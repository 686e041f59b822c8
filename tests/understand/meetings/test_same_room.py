"""Whether two sections named meet in the same place (bot.understand.meetings.same_room)."""

from __future__ import annotations

import pytest

from bot.understand.meetings.same_room import asks_same_room, same_room_verdict
from tests.understand.conftest import first_line, reply


@pytest.mark.parametrize(
    ("question", "sections", "yes"),
    [
        ("does 1C meet in the same room as 1D", ("1C", "1D"), True),
        ("im in 1A, is that the same place as 1C", ("1A", "1C"), False),
        ("is 1A discussion in the same building as 1B", ("1A", "1B"), True),
    ],
)
def test_two_sections_places_decide(stat, question, sections, yes):
    verdict = same_room_verdict(stat, question, sections, None)
    assert verdict is not None
    assert verdict[0] is yes


def test_not_asked_without_two_sections_or_the_same_place(stat):
    assert not asks_same_room("is 1C in the same room as usual", ("1C",))
    assert not asks_same_room("when do 1A and 1C meet", ("1A", "1C"))
    assert same_room_verdict(stat, "is 1C in the same room as 9Z", ("1C", "9Z"), None) is None  # 9Z has no meeting


def test_the_answer_says_yes_or_no_with_both_places(hist):
    """The Yes or No first, then where each of the two meets."""
    asked = {
        "are tutorial groups T1 and T2 in the same room": "Yes: T1 meets in Hume Building G.14",
        "i am in T3, is it the same room as T1's tutorial": "No: T3 meets in Hume Building 2.03",
    }
    for question, opening in asked.items():
        _, said = reply(hist, question, "2024-10-01 10:00")
        assert first_line(said).startswith(opening), said
