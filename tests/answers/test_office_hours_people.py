"""Who may hold office hours in a few days: the people found through the course's weekday index are exactly those a
walk over every person finds, in the course's order."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.scaled_course import scaled
from bot.answers.office_hours import _people_between
from bot.course.loader import load_course
from tests.conftest import FIXTURES, REPO

_FOLDERS = sorted(p for p in (*(REPO / "data").iterdir(), *(FIXTURES / "courses").iterdir()) if p.is_dir())


@pytest.fixture(scope="module")
def every_course():
    loaded = [load_course(folder) for folder in _FOLDERS]
    return [*loaded, scaled(loaded[0], 5)]


def _walk(course, first: dt.date, last: dt.date) -> list:
    """Every person, kept when they hold a slot on one of the days' weekdays or an extra session somewhere."""
    if (last - first).days >= 6:
        return list(course.people)
    weekdays = {(first + dt.timedelta(days=i)).weekday() for i in range((last - first).days + 1)}
    extra = {c.person for c in course.oh_changes if c.kind == "extra"}
    return [p for p in course.people if p.id in extra or {s.weekday for s in p.office_hours} & weekdays]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.integers(-10, 130), span=st.integers(0, 9))
def test_people_between_is_the_walk(every_course, start, span):
    for course in every_course:
        first = course.term_first + dt.timedelta(days=start)
        last = first + dt.timedelta(days=span)
        assert _people_between(course, first, last) == _walk(course, first, last)
