"""A thing one piece of work's notes hand in with it ("submits the peer review form by the same deadline") is due
when that work is: the question asking when it is due reads as that work's deadline."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.engine import read_question
from bot.understand.work.handed_in_with import _things
from tests.conftest import local
from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"
NOW = "2026-02-10 10:00"
_NOTES = "On Sapling Learning. Each student also submits the error analysis worksheet on Canvas by the same deadline."


def _chem_with_notes():
    chem = course_in(CHEM)
    items = tuple(replace(a, notes=_NOTES) if a.id == "ps4" else a for a in chem.assignments)
    return replace(chem, assignments=items)


def test_the_things_notes_hand_in_are_read_once_per_course():
    """The thing of two words or more a verb of handing in takes; one word ("it") or a work's own name is none."""
    assert _things(_chem_with_notes()) == ((("error", "analysis", "worksheet"), "ps4"),)
    assert _things(course_in(CHEM)) == ()


@pytest.mark.parametrize(
    "question",
    [
        "when is the error analysis worksheet due",
        "whens the error analysis worksheet deadline",
        "error analysis worksheet due date?",
    ],
)
def test_a_thing_handed_in_with_work_is_due_with_it(question):
    course = _chem_with_notes()
    result, said = reply(course, question, NOW)
    part = result.parts[0]
    assert (part.intent, part.slots.get("assignments")) == ("assignment_due", ("ps4",)), result.as_json()
    assert "Sun Feb 15" in said


def test_without_a_deadline_asked_it_is_not_read_so():
    """ "what is the error analysis worksheet": no deadline asked, the older readings stand."""
    course = _chem_with_notes()
    result = read_question(course, "what goes in the error analysis worksheet", local(course, NOW))
    assert all(p.intent != "assignment_due" for p in result.parts)
