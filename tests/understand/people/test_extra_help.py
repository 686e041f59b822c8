"""Extra help sessions named by their reason (bot.understand.people.extra_help; hostile3 finding 10): found on their day
and before an exam, with their own place, never another meeting's room."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.course.model import OfficeHoursChange
from bot.understand.people.extra_help import extra_help_between
from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"
_DAY = dt.date(2026, 3, 26)  # a Thursday with recitations and labs in other rooms


@pytest.fixture(scope="module")
def chem():
    course = course_in(CHEM)
    doubts = OfficeHoursChange(
        person="junseo-park",
        kind="extra",
        first=_DAY,
        last=_DAY,
        reason="Doubt-clearing session before Midterm 2",
        start=dt.time(18, 0),
        end=dt.time(20, 0),
        location="Bremer Auditorium",
    )
    return replace(course, oh_changes=(*course.oh_changes, doubts))


def test_a_session_is_found_by_the_words_of_its_reason(chem):
    found = extra_help_between(chem, _DAY, _DAY, "is jun-seo's doubt session on march 26")
    assert len(found) == 1
    assert "Bremer Auditorium" in found[0]
    assert "6:00 PM" in found[0]


def test_words_its_reason_shares_with_everything_else_do_not_find_it(chem):
    # "before", "midterm", "session" and the day name no session of their own
    assert extra_help_between(chem, _DAY, _DAY, "is there a session before midterm 2 on thursday") == []
    assert extra_help_between(chem, _DAY, _DAY, "is there a recitation on march 26") == []
    # the extra "before Midterm 1" office hours of the course itself name nothing but their exam
    term = (dt.date(2026, 1, 1), dt.date(2026, 5, 1))
    assert extra_help_between(course_in(CHEM), *term, "are there extra office hours before mt1") == []


def test_a_room_asked_of_the_session_is_never_confirmed_wrongly(chem):
    """Its own room, never a Yes for another room (read as office hours, it lists that day's sessions with rooms)."""
    _, wrong = reply(chem, "is the doubt session on march 26 in kessler hall 120", "2026-03-04 14:00")
    assert not first_line(wrong).startswith("Yes")
    assert "Bremer Auditorium (Doubt-clearing session before Midterm 2)" in wrong
    _, right = reply(chem, "is the doubt session on march 26 in bremer auditorium", "2026-03-04 14:00")
    assert not first_line(right).startswith("No")
    assert "Bremer Auditorium" in right


def test_the_session_is_found_before_the_exam_it_prepares_for(chem):
    _, said = reply(chem, "is there a doubt session before midterm 2", "2026-03-04 14:00")
    assert first_line(said).startswith("Yes:")
    assert "Thu Mar 26, 6:00 PM CDT – 8:00 PM CDT · Bremer Auditorium (Doubt-clearing session before Midterm 2)" in said
