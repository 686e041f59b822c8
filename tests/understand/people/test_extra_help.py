"""Extra help sessions named by their reason (bot.understand.people.extra_help; hostile3 finding 10): found on their day
and before an exam, with their own place, never another meeting's room."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.course.model import OfficeHoursChange
from bot.understand.people.extra_help import extra_help_between, sessions_over_rows
from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"
_DAY = dt.date(2026, 3, 26)  # a Thursday with recitations and labs in other rooms


def _with_session(day: dt.date, reason: str):
    """CHEM 1310 with one more extra session, 6-8 PM in the Bremer Auditorium, on a day and for a reason."""
    course = course_in(CHEM)
    extra = OfficeHoursChange(
        person="junseo-park",
        kind="extra",
        first=day,
        last=day,
        reason=reason,
        start=dt.time(18, 0),
        end=dt.time(20, 0),
        location="Bremer Auditorium",
    )
    return replace(course, oh_changes=(*course.oh_changes, extra))


@pytest.fixture(scope="module")
def chem():
    return _with_session(_DAY, "Doubt-clearing session before Midterm 2")


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


_REVIEW_DAY = dt.date(2026, 4, 22)


@pytest.fixture(scope="module")
def chem_with_review():
    """CHEM 1310 with an extra session named by its reason beside the schedule's own stoichiometry lecture."""
    return _with_session(_REVIEW_DAY, "Stoichiometry problem marathon")


def _rows(course, word):
    """The schedule rows whose title or keywords hold a word."""
    return [r for r in course.schedule if word in " ".join((r.title, *r.keywords)).lower()]


def test_a_session_its_reason_names_better_than_any_row_is_taken(chem_with_review):
    """ "the stoichiometry marathon session": the extra session, not the stoichiometry lecture sharing one word."""
    found = sessions_over_rows(
        chem_with_review,
        dt.date(2026, 1, 1),
        "when is the stoichiometry marathon session",
        _rows(chem_with_review, "stoich"),
    )
    assert len(found) == 1
    assert "Bremer Auditorium" in found[0]


def test_a_row_naming_it_as_well_keeps_the_row(chem_with_review):
    """ "the stoichiometry session": the schedule's "Reaction stoichiometry" names it as well as the session does."""
    rows = _rows(chem_with_review, "stoich")
    assert sessions_over_rows(chem_with_review, dt.date(2026, 1, 1), "when is the stoichiometry session", rows) == []
    assert sessions_over_rows(chem_with_review, dt.date(2026, 1, 1), "when is the stoichiometry marathon", rows) == []


def test_the_named_session_answers_when_and_where(chem_with_review):
    """Asked when and where, the session's own day, time and room, Yes first."""
    _, said = reply(chem_with_review, "is there a stoichiometry marathon session, when and where", "2026-04-01 10:00")
    assert first_line(said).startswith("Yes")
    assert "Wed Apr 22" in said
    assert "6:00 PM" in said
    assert "Bremer Auditorium" in said
