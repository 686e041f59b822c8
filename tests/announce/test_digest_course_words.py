"""The daily post and the help-hours posts say what the course calls its office hours, and give a class each section
holds at its own time with each section's time and room."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot.announce.planner import SECTIONS_LISTED, AnnounceConfig, digest_answer, plan
from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.course.model import HelpHours, ScheduleDay
from tests.conftest import FIXTURES, local

CONSULTATIONS = HelpHours("Consultation", "Consultations")


def _with_row(course, row: ScheduleDay):
    return dataclasses.replace(course, schedule=tuple(sorted((*course.schedule, row), key=lambda d: d.date)))


@pytest.fixture(scope="module")
def chem():
    return load_course(FIXTURES / "courses" / "chem-1310-s26")


def test_a_class_each_section_holds_at_its_own_time_lists_each_sections_time_and_room(chem):
    """CHEM 1310's recitation sections meet on Tuesdays at their own times: a recitation row that day is not a bare
    'Class' line without a time, but names each section with its time and room."""
    row = ScheduleDay(dt.date(2026, 1, 20), "recitation", "Recitation 1: dimensional analysis", kind_name="Recitation")
    course = _with_row(chem, row)
    held = [o for o in course.meetings if o.kind == "recitation"]
    assert 1 < len(held) <= SECTIONS_LISTED
    said = answer_text(digest_answer(course, row.date, AnnounceConfig()), course.tz, local(course, "2026-01-20 07:00"))
    line = next(li for li in said.splitlines() if "Recitation 1" in li)
    for meeting in held:
        label = course.meeting_label(meeting.kind, meeting.section)
        assert f"{label} {meeting.start:%-I:%M %p}" in line.replace(" CST", "")
        assert meeting.where in line


def test_a_class_held_by_more_sections_than_a_post_lists_says_each_holds_it_at_its_own_time(second_course, monkeypatch):
    """STAT 187's four Wednesday discussion sections are listed; past the post's limit, the line says each section
    meets at its own time rather than growing without end."""
    row = ScheduleDay(dt.date(2024, 10, 16), "discussion", "Discussion 7: bootstrap", kind_name="Discussion section")
    course = _with_row(second_course, row)
    said = answer_text(digest_answer(course, row.date, AnnounceConfig()), course.tz, local(course, "2024-10-16 07:00"))
    line = next(li for li in said.splitlines() if "Discussion 7" in li)
    assert "Discussion section 1A 9:00 AM PDT – 9:50 AM PDT (Halvorsen Hall 70)" in line
    monkeypatch.setattr("bot.announce.planner.SECTIONS_LISTED", 3)
    said = answer_text(digest_answer(course, row.date, AnnounceConfig()), course.tz, local(course, "2024-10-16 07:00"))
    line = next(li for li in said.splitlines() if "Discussion 7" in li)
    assert line.endswith("· each section at its own time")
    assert "1A" not in line


def test_help_hours_posts_use_the_courses_word(second_course):
    """A course whose page says "Consultations": the daily post and the cancellation notices say it too."""
    course = dataclasses.replace(second_course, help_hours=CONSULTATIONS)
    cancelled = plan(course, AnnounceConfig(kinds=frozenset({"oh_change"})), *_term(course))
    assert cancelled
    for item in cancelled:
        said = answer_text(item.answer, course.tz, item.at)
        assert "Consultations cancelled" in said
        assert "office hours" not in said.lower()
    days = [
        d for d in _days(course) if (a := digest_answer(course, d, AnnounceConfig())) and "Consultations:" in str(a)
    ]
    assert days, "no daily post lists a consultation"
    said = answer_text(digest_answer(course, days[0], AnnounceConfig()), course.tz, local(course, f"{days[0]} 07:00"))
    assert "Office hours" not in said


def _term(course):
    return local(course, f"{course.term_first} 00:00"), local(course, f"{course.term_last} 23:59")


def _days(course):
    day = course.term_first
    while day <= course.term_last:
        yield day
        day += dt.timedelta(days=1)
