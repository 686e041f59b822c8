"""Questions about GEO's group 'Süd' (data key 'Sued') are answered with the name students know."""

from __future__ import annotations

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.engine import read_question
from tests.conftest import FIXTURES, local


@pytest.fixture(scope="module")
def geo():
    return load_course(FIXTURES / "courses" / "geo-2210-s25")


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("which room is the map test in for group south", "Room for Practical group Süd: H 0110."),
        ("is the field log s for everyone", "Field log S is for Practical group Süd"),
        ("whats due next week for group süd", "Field log S (Practical group Süd only)"),
        ("which sections have the map test in H 0110", "Map test on Mon May 12: Practical group Süd."),
        ("do süd students do field log N", "Field log N for Practical group Süd"),
        ("what's on thursday the 8th", "Field practical (Practical group Süd)"),
    ],
)
def test_answers_about_group_sued_say_sued_by_its_name(geo, question, says):
    """Exam rooms, who does a piece of work, what is due for a group, a day's meetings: 'Süd', never 'Sued'."""
    now = local(geo, "2025-05-05 10:00")
    said = answer_text(read_question(geo, question, now).answer, geo.tz, now)
    assert says in said, said
    assert "Sued" not in said, said
