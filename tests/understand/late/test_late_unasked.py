"""A what-if on a pool used only on request says what the lateness costs without asking for the pool."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.course.loader import load_course
from bot.understand.late.late_unasked import unasked_line

HIST = "tests/fixtures/courses/hist-210-a24"


def _essay(course):
    return next(a for a in course.assignments if a.kind == "homework")


def test_a_request_pool_says_the_cost_without_asking():
    course = load_course(HIST)
    essay = _essay(course)
    said = unasked_line(course, essay, essay.due + dt.timedelta(hours=20), 2)
    assert said is not None
    assert said.startswith("Without asking for late tokens: 10% penalty")


def test_nothing_when_the_pool_does_not_cover_it_or_is_used_for_you():
    course = load_course(HIST)
    essay = _essay(course)
    assert unasked_line(course, essay, essay.due - dt.timedelta(hours=1), 2) is None  # on time
    assert unasked_line(course, essay, essay.due + dt.timedelta(hours=20), 0) is None  # none left to ask for
    auto = replace(course, late=replace(course.late, pool=replace(course.late.pool, applied="auto")))
    assert unasked_line(auto, essay, essay.due + dt.timedelta(hours=20), 2) is None
