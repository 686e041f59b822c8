"""Where and when a kind of meeting is held over a span named through a period: each way it is held then (the usual
weekly meeting, with the days that differ named, and each changed day with its reason)."""

from __future__ import annotations

import datetime as dt

from bot.core.render_text import answer_text
from bot.understand.engine import read_question
from bot.understand.meetings.meetings_in_span import meetings_in_span
from tests.conftest import local
from tests.understand.conftest import course_in, reply


def _said(course, answer) -> str:
    return answer_text(answer, course.tz, local(course, "2025-03-17T10:00"))


def test_the_usual_meeting_and_the_moved_day_are_both_said(geo):
    answer = meetings_in_span(geo, dt.date(2025, 4, 26), geo.term_last, "after Easter break", "plenary", None)
    said = _said(geo, answer)
    usual, moved = said.splitlines()[2:4]
    assert "Mondays" in usual
    assert "H 0104" in usual
    assert "except Mon May 5" in usual
    assert "Mon May 5" in moved
    assert "MA 001" in moved
    assert "Senate meeting" in moved
    assert answer.title == "Plenary sessions after Easter break"


def test_an_extra_meeting_in_the_span_is_its_own_line(geo):
    answer = meetings_in_span(geo, dt.date(2025, 3, 31), dt.date(2025, 4, 6), "this week", "practical", "Nord")
    said = _said(geo, answer)
    assert "Tempelhof field site" in said
    assert "GPS field exercise" in said


def test_no_kind_or_no_meeting_gives_none(geo):
    assert meetings_in_span(geo, geo.term_first, geo.term_last, "this term", None, None) is None
    assert meetings_in_span(geo, geo.term_first, geo.term_last, "this term", "class", None) is None
    assert meetings_in_span(geo, dt.date(2025, 4, 14), dt.date(2025, 4, 14), "on Easter break", "plenary", None) is None


def test_a_room_asked_after_a_period_reads_the_span(geo):
    """ "what room is the plenary in after easter": the room then (the moved day too), not the usual room alone."""
    clock = local(geo, "2025-03-17T10:00")
    result = read_question(geo, "what room is the plenary in after easter", clock)
    said = answer_text(result.answer, geo.tz, clock)
    assert [p.intent for p in result.parts] == ["course_fact"]
    assert "MA 001" in said


def test_a_kind_over_a_named_week_lists_that_weeks_meetings_with_their_zone():
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    result, said = reply(chem, "labs this week: times and rooms pls", "2026-02-10 10:00")
    assert [p.intent for p in result.parts] == ["course_fact"], said
    assert "Wed Feb 11, 1:00 PM CST" in said
    assert "Thu Feb 12, 6:00 PM CST" in said
