"""A room is named by its whole name, its name without the bracket, or the bracket's short code."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.meetings.room_names import room_names
from tests.understand.conftest import course_in, first_line, reply


def test_the_names_of_a_room():
    """The code in brackets names the room; an aside without a number does not."""
    assert room_names("Kessler Hall 120 (KH-120)") == {"kessler hall 120 kh 120", "kessler hall 120", "kh 120"}
    assert room_names("Annex (basement)") == {"annex basement", "annex"}


@pytest.mark.parametrize(
    ("question", "verdict"),
    [("are seminars in OL-1", "Yes"), ("are seminars in ol 1?", "Yes"), ("are seminars in HB-14", "No")],
)
def test_a_kind_asked_in_a_room_by_its_code(question, verdict):
    """HIST 210 with its rooms coded: 'are seminars in OL-1' is Yes, another code of the course's No."""
    hist = course_in("tests/fixtures/courses/hist-210-a24")
    coded = {"Old Library 1.01": "Old Library 1.01 (OL-1)", "Hume Building G.14": "Hume Building G.14 (HB-14)"}
    meetings = tuple(replace(m, room=coded.get(m.room, m.room)) for m in hist.meetings)
    _, said = reply(replace(hist, meetings=meetings), question, "2024-10-01 10:00")
    assert first_line(said).startswith(verdict), said
