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
        ("anything due before the next workshop", dt.date(2024, 10, 29)),  # before it: the day before
        ("what do i hand in by the next workshop", dt.date(2024, 10, 30)),
    ],
)
def test_a_span_ends_at_the_next_meeting_of_a_kind(question, last):
    found = _span(HIST, question, "2024-10-24 10:00")
    assert found is not None
    assert (found[0], found[1]) == (dt.date(2024, 10, 24), last)


@pytest.mark.parametrize(
    ("folder", "question"),
    [
        (HIST, "whats due before the first workshop"),  # the first of the term is past: no span
        (HIST, "whats due before the workshop"),  # neither the first nor the next
        (HIST, "whats due before the next tutorial"),  # today's first section's tutorial is the next: nothing before
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
    assert found[1] == dt.date(2024, 11, 4)  # the day before Tue Nov 5
    assert "in November" in found[2]
