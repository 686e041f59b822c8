"""Where a sitting apart from the scheduled exam is held (bot.understand.exams.sitting_room): not on the page unless a
sentence of the course names a room for it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.core.answer import Answer, text
from bot.course.model import Policy
from bot.understand.exams.sitting_room import sitting_room
from tests.understand.conftest import reply

_CARD = Answer(title="Midterm", lines=(text("Midterm: Wed Oct 23, 7:00 PM, Halvorsen Hall 100"),))


@pytest.mark.parametrize(
    "question",
    [
        "where is the conflict exam for the midterm",
        "what room is the alternate sitting in",
        "which building is the make-up midterm in",
        "wheres the makeup exam",
    ],
)
def test_a_sitting_with_no_room_on_the_page_is_said_to_be_unknown(stat, question):
    """The scheduled exam's card is no answer to where another sitting is held."""
    said = sitting_room(stat, question, _CARD, "ask on Ed")
    assert said.kind == "unknown"
    assert "not on the course page" in str(said.lines[0][0])
    assert "Halvorsen" not in " ".join(str(p) for line in said.lines for p in line)


def test_a_sitting_whose_room_the_page_gives_is_left_alone(stat):
    """ "The make-up is ... in Halvorsen Hall 100": the page names its room, so the answer stands."""
    summary = "The make-up is the next morning at 7:30 AM in Halvorsen Hall 100."
    policy = Policy(id="makeup", title="Make-up exams", summary=summary, quote="", keywords=("make-up",))
    course = replace(stat, policies=(*stat.policies, policy))
    assert sitting_room(course, "where is the make-up exam", _CARD, "ask on Ed") is _CARD


@pytest.mark.parametrize(
    "question",
    ["where is the midterm", "when is the conflict exam", "where do i submit the conflict form", "im late for exam"],
)
def test_other_questions_are_left_alone(stat, question):
    """The scheduled exam's room, a sitting's time, a form: not this question."""
    assert sitting_room(stat, question, _CARD, "ask on Ed") is _CARD


def test_the_whole_engine_says_so_for_a_conflict_sitting(stat):
    """Asked in full on a course whose data lists no other sitting, the answer is honest: the page gives no room
    for the conflict sitting (a course listing one answers from its `[[exam.sitting]]`)."""
    unlisted = replace(stat, exams=tuple(replace(e, sittings=()) for e in stat.exams))
    result, said = reply(unlisted, "where is the conflict exam for the midterm", "2024-10-01 10:00")
    assert result.answer.kind == "unknown"
    assert "not on the course page" in said
    result, said = reply(stat, "where is the conflict exam for the midterm", "2024-10-01 10:00")
    assert result.answer.kind == "unknown"
    assert "doesn't give the room of the alternate sitting" in said


def test_a_sitting_the_data_lists_with_its_room_is_left_alone(stat):
    """[[exam.sitting]] "conflict final" with its room: the sitting's own card says where, never "not on the page"."""
    listed = {"room": "Redwood Hall 2", "name": "conflict midterm", "aliases": ()}
    exams = tuple(
        replace(e, sittings=tuple(replace(s, **listed) for s in e.sittings)) if e.sittings else e for e in stat.exams
    )
    course = replace(stat, exams=exams)
    assert sitting_room(course, "where is the conflict exam for the midterm", _CARD, "ask on Ed") is _CARD
    _, said = reply(course, "where's the conflict midterm held", "2024-10-01 10:00")
    assert "Redwood Hall 2" in said
    _, typed = reply(course, "where's the conflict midtrem held", "2024-10-01 10:00")
    assert "Redwood Hall 2" in typed  # the sitting's name as respelled ("midtrem": "midterm")
