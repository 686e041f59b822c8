"""Where a meeting is held, asked of one whose room the page does not give: said so, with where to ask."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.meetings.room_unlisted import asks_where
from tests.understand.conftest import reply


def _without_room(course, meeting_id):
    meetings = tuple(replace(m, room="", online="") if m.id == meeting_id else m for m in course.meetings)
    return replace(course, meetings=meetings)


@pytest.mark.parametrize("question", ["where is the t3 tutorial", "what room is the t3 tutorial in"])
def test_a_tutorial_group_with_no_room_is_said_to_be_not_on_the_page(hist, question):
    course = _without_room(hist, "tut-t3")
    result, said = reply(course, question, "2024-10-09 10:00")
    assert result.answer.kind == "unknown"
    assert "not on the course page" in said
    other, said = reply(course, question.replace("3", "1"), "2024-10-09 10:00")
    assert other.answer.kind == "info"
    assert "not on the course page" not in said


@pytest.mark.parametrize("question", ["where is the practical for group nord", "which room is practical nord in"])
def test_a_practical_group_with_no_room_is_said_to_be_not_on_the_page(geo, question):
    result, said = reply(_without_room(geo, "prac-nord"), question, "2025-04-16 10:00")
    assert result.answer.kind == "unknown"
    assert "not on the course page" in said


@pytest.mark.parametrize(
    ("question", "where"),
    [("what room is it in", True), ("where's the lab", True), ("when is the lab", False), ("who runs it", False)],
)
def test_asks_where(question, where):
    assert asks_where(question) is where


@pytest.mark.parametrize("question", ["wheres the room for lecture", "where is lecture held"])
def test_a_kind_the_page_gives_no_meetings_for_says_the_room_first(course, question):
    """On a page with no lecture times or rooms at all, "where is lecture" opens with the room being unknown."""
    result, said = reply(course, question, "2024-02-14 10:00")
    assert result.answer.kind == "unknown"
    assert said.index("Which room lecture meets in is not on the course page") < said.index("The time is not")
