"""Office hours asked in other everyday words, and staff named with honorifics, on any course."""

from __future__ import annotations

import pytest

from tests.understand.conftest import reply


@pytest.mark.parametrize(
    "question",
    [
        "when are tomasz's doubt clearing hours",
        "tomasz sir doubt clearing session time",
        "when are tomasz's meeting hours",
        "when can i meet tomasz",
    ],
)
def test_a_persons_help_hours_in_other_words(geo, question):
    _, said = reply(geo, question, "2025-03-25 10:00")
    assert said.startswith("Office hours")  # "meet tomasz" reads as a meeting and is answered with his hours
    assert "EB 222" in said
    assert "11:30 AM" in said


def test_meeting_a_lecturers_class_is_still_the_class(geo):
    _, said = reply(geo, "when does solberg's lecture meet", "2025-03-25 10:00")
    assert not said.startswith("Office hours")
