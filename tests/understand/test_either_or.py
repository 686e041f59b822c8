"""An either-or of one thing (bot.understand.either_or): answered once, as the alternative asked last."""

from __future__ import annotations

from tests.understand.conftest import first_line, reply


def test_in_person_or_on_zoom_is_answered_once(course):
    result, said = reply(course, "is the final in person or can we take it on zoom", "2024-04-03 10:00")
    assert len(result.parts) == 1
    assert result.parts[0].slots["in_person"] is False
    assert first_line(said).startswith("No")
    assert "in person" in first_line(said)
