"""Extra help sessions: only the one-off sessions the page adds, Yes/No decided by the page."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.course.model import HelpHours, OfficeHoursChange
from bot.understand.people.extra_sessions import asks_extra, asks_whether, extra_sessions
from tests.conftest import REPO, local
from tests.understand.conftest import first_line, reply


def chem():
    return load_course(REPO / "tests/fixtures/courses/chem-1310-s26")


def test_asks_extra():
    assert asks_extra("any extra office hours before the midterm")
    assert asks_extra("are there additional help sessions")
    assert not asks_extra("when are office hours before the midterm")


def test_only_the_added_sessions_are_listed():
    course = chem()
    now = local(course, "2026-02-10 10:00")
    answer = extra_sessions(course, now, dt.date(2026, 2, 10), dt.date(2026, 2, 18), "before Midterm 1", True)
    said = answer_text(answer, course.tz, now)
    assert said.splitlines()[2].startswith("Yes")
    assert "Wed Feb 18" in said
    assert "Mon Feb 16" not in said  # a weekly session is not an extra one


def test_none_added_is_no(stat):
    now = local(stat, "2024-10-14 10:00")
    answer = extra_sessions(stat, now, dt.date(2024, 10, 14), dt.date(2024, 10, 22), "before Midterm", True)
    said = answer_text(answer, stat.tz, now)
    assert said.splitlines()[2].startswith("No")
    assert "no extra office hours" in said


def test_asks_whether():
    assert asks_whether("are there any extra doubt sessions")
    assert asks_whether("any extra office hours before the final")
    assert not asks_whether("when are the extra office hours")


def test_extra_sessions_asked_with_no_day_are_every_one_still_to_come():
    course = chem()
    for question in ("any extra office hours coming up", "are there extra office hours?"):
        result, said = reply(course, question, "2026-02-10 10:00")
        assert [p.intent for p in result.parts] == ["office_hours"]
        assert first_line(said).startswith("Yes")
        assert "Wed Feb 18" in said
        assert "Wed Apr 1" in said
        assert "Mon Feb 16" not in said  # a weekly session is not an extra one
    _, said = reply(course, "any extra office hours coming up", "2026-04-20 10:00")
    assert first_line(said).startswith("No")


def test_an_extra_session_in_the_courses_word_for_office_hours_is_a_plain_yes(second_course):
    """ "is there an extra office hour before the exam" answered by extra sessions under the course's own name for
    them: the sessions asked about are the ones found, so the Yes stands."""
    extra = OfficeHoursChange(
        person=second_course.people[0].id,
        kind="extra",
        first=dt.date(2024, 10, 21),
        last=dt.date(2024, 10, 21),
        reason="before the midterm",
        start=dt.time(14),
        end=dt.time(15),
        location="Quarry Hall 79",
    )
    hours = HelpHours(name="Consultation", plural="Consultations", aliases=("office hours",))
    course = replace(second_course, oh_changes=(*second_course.oh_changes, extra), help_hours=hours)
    for question in (
        "is there an extra office hour before the midterm",
        "are there extra office hours before the midterm",
    ):
        _, said = reply(course, question, "2024-10-14 10:00")
        assert first_line(said).startswith("Yes"), said
        assert "Mon Oct 21" in said


def test_a_named_persons_extra_sessions_before_an_exam_are_theirs_only():
    """A person named with a span ("is okafor running an extra one before midterm 1"): their added sessions, Yes;
    another person's, the page adding none for them, No."""
    course = chem()
    _, said = reply(course, "is okafor running extra office hours before midterm 1", "2026-02-10 10:00")
    assert first_line(said).startswith("Yes")
    assert "Wed Feb 18" in said
    assert "Mon Feb 16" not in said  # her weekly session is not an extra one
    _, said = reply(course, "is hannah running extra office hours before midterm 1", "2026-02-10 10:00")
    assert first_line(said).startswith("No")
    assert "Dana Okafor" not in said  # another person's extra session is not hers
