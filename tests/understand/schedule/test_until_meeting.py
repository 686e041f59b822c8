"""A span of days that ends at the first or the next meeting of a kind: today up to that meeting's day."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.engine import engine_for
from bot.understand.schedule.until_meeting import span_until_meeting
from tests.conftest import local
from tests.understand.conftest import course_in

HIST = "tests/fixtures/courses/hist-210-a24"  # source workshops on Wednesdays; tutorials per section
STAT = "data/stat-187-f24"


def _span(folder: str, question: str, now: str):
    course = course_in(folder)
    clock = local(course, now)
    return span_until_meeting(course, engine_for(course).reader.read(question, clock), clock)


@pytest.mark.parametrize(
    ("question", "last"),
    [
        ("whats due between now and the next source workshop", dt.date(2024, 10, 30)),
        ("anything due before the next workshop", dt.date(2024, 10, 30)),
        ("what do i hand in by the next workshop", dt.date(2024, 10, 30)),
    ],
)
def test_a_span_ends_at_the_next_meeting_of_a_kind(question, last):
    found = _span(HIST, question, "2024-10-24 10:00")
    assert found is not None
    assert (found[0], found[1]) == (dt.date(2024, 10, 24), last)
    assert found[3] == local(course_in(HIST), "2024-10-30 15:00")  # the workshop's start ends the span


def test_a_meeting_already_begun_ends_no_span():
    """Asked during the meeting, the next one is the one after it, never the one under way."""
    found = _span(HIST, "whats due before the next workshop", "2024-10-30 15:30")
    assert found is not None
    assert found[1] == dt.date(2024, 11, 6)


@pytest.mark.parametrize(
    ("folder", "question"),
    [
        (HIST, "whats due before the first workshop"),  # the first of the term is past: no span
        (HIST, "whats due before the workshop"),  # neither the first nor the next
    ],
)
def test_no_span_without_one_meeting_to_end_it(folder, question):
    assert _span(folder, question, "2024-10-24 10:00") is None


def test_sections_meeting_apart_end_the_span_at_the_first_and_say_so():
    """ "whats due before the next discussion" where each section meets on its own day: up to the first section's
    day, said as that (not the next deadline whatever its day)."""
    found = _span(STAT, "whats due between now and the next discussion", "2024-09-10 10:00")
    assert found is not None
    assert (found[0], found[1]) == (dt.date(2024, 9, 10), dt.date(2024, 9, 11))
    assert "the first section meets Wed Sep 11" in found[2]


def test_a_month_named_picks_its_first_meeting():
    """ "the first lecture in november": the month's first, not the term's (long past)."""
    found = _span(STAT, "whats due before the first lecture in november", "2024-09-10 10:00")
    assert found is not None
    assert found[1] == dt.date(2024, 11, 5)  # Tue Nov 5's lecture, whose start ends the span
    assert "in November" in found[2]


def test_sections_apart_with_no_section_known_end_at_the_first_sections_start():
    """ "before the next tutorial" at 10:00 with a section meeting at 11:00 that day: up to 11:00, said as the first
    section's."""
    found = _span(HIST, "whats due before the next tutorial", "2024-10-24 10:00")
    assert found is not None
    assert found[3] == local(course_in(HIST), "2024-10-24 11:00")
    assert "the first section meets" in found[2]


def test_the_students_own_section_ends_the_span():
    """With the student's section known, "before the next tutorial" ends at that section's next tutorial."""
    course = course_in(HIST)
    clock = local(course, "2024-10-24 10:00")  # a Thursday: T1 has met at 9:00, T3 meets on Friday
    reading = engine_for(course).reader.read("whats due before the next tutorial", clock)
    own = span_until_meeting(course, reading, clock, "T3")
    assert own is not None
    assert own[1] == dt.date(2024, 10, 25)
    later = span_until_meeting(course, reading, clock, "T1")
    assert later is not None
    assert later[1] == dt.date(2024, 10, 31)
