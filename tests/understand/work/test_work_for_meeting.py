"""'is there a culture report for practical 6 too': whether a kind of work is set on a numbered meeting, from the work
list's titles and notes."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import cache

from bot.course.model import Course
from tests.understand.conftest import course_in, first_line, reply

NOW = "2026-01-14 10:00"


@cache
def _chem_with_experiments() -> Course:
    """CHEM 1310 with each lab report's note naming the experiment it is on, and the last saying one has none."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    notes = {f"lab{n}": f"On Lab {n + 1}. Submitted on Canvas." for n in range(1, 9)}
    notes["lab8"] += " Lab 10 has no lab report: it is examined in the lab practical."
    work = tuple(replace(a, notes=notes[a.id]) if a.id in notes else a for a in chem.assignments)
    return replace(chem, assignments=work)


def test_no_with_the_note_that_says_so() -> None:
    """No item is set on the meeting: No, with the page's own sentence and what each item is for."""
    _, said = reply(_chem_with_experiments(), "is ther a lab report for lab 10 too", NOW)
    assert first_line(said).startswith("No"), said
    assert "Lab 10 has no lab report" in said
    assert "Lab Report 8: Lab 9" in said


def test_yes_with_the_item_set_on_it_and_its_due_moment() -> None:
    """The item whose note names the meeting, and when it is due."""
    result, said = reply(_chem_with_experiments(), "do we have a lab report for lab 3", NOW)
    assert first_line(said).startswith("Yes"), said
    assert "Lab Report 2 is for Lab 3" in said
    assert result.parts[0].intent == "work_for_meeting"


def test_work_not_set_on_meetings_is_left_to_the_other_readers() -> None:
    """Notes that name no meeting of that word, or a word that is no meeting: this reader reads nothing."""
    result, _ = reply(course_in("tests/fixtures/courses/chem-1310-s26"), "is there a lab report for lab 3", NOW)
    assert all(p.intent != "work_for_meeting" for p in result.parts)
    result, _ = reply(_chem_with_experiments(), "is there a lab report for week 3", NOW)
    assert all(p.intent != "work_for_meeting" for p in result.parts)


def test_the_due_moment_is_the_item_s() -> None:
    """Pinned so the data change above is what the answers read."""
    course = _chem_with_experiments()
    assert course.assignment("lab2").due.astimezone(course.tz).date() == dt.date(2026, 2, 9)
