"""Whether an exam is held where a kind of class usually meets (bot.understand.exams.exam_usual_room): Yes or No from
both rooms, no verdict where either is not one room."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.exams.exam_usual_room import usual_room_verdict
from tests.understand.conftest import first_line, reply


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("is the final in our normal lecture room", "No: Final exam is in Redwood Hall 1"),
        ("will the final be in the usual lecture hall", "No"),
        ("is the midterm in the usual lecture hall", ""),  # rooms by section: no one room to compare
    ],
)
def test_the_exams_room_against_the_kinds_weekly_room(stat, question, first):
    """Both rooms from the data; no Yes or No where the exam has rooms by section."""
    _, said = reply(stat, question, "2024-10-01 10:00")
    assert first_line(said).startswith(first), said
    if not first:
        assert not first_line(said).startswith(("Yes", "No")), said


def test_the_same_room_is_yes(stat):
    """An exam held in the lecture room: Yes, both rooms named."""
    final = replace(stat.exam("final"), location="Halvorsen Hall 100")
    course = replace(stat, exams=tuple(final if e.id == "final" else e for e in stat.exams))
    decided = usual_room_verdict(course, final, "is the final in the usual lecture room", "lecture", None)
    assert decided == (True, "Final exam is in Halvorsen Hall 100; lectures meet in Halvorsen Hall 100.")


@pytest.mark.parametrize(
    "question",
    ["is the lecture in its usual room on the day of the final", "is the final in hall 2", "where is the final"],
)
def test_a_question_not_opening_on_the_exam_or_not_asking_usual_is_not_read(stat, question):
    """The class's own room on exam day, a room named, or where: not this reader's."""
    assert usual_room_verdict(stat, stat.exam("final"), question, "lecture", None) is None
