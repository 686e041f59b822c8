"""What a course computes once when it loads (days off, office-hour changes by person, weekdays held, rows by date,
items by id): the same as reading the rows each time, and a changed course (a reload is a new value) never sees the
old one's."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.scaled_course import scaled
from bot.course.loader import load_course
from bot.course.model import _LOOKUPS, NO_CLASS_KINDS
from tests.conftest import FIXTURES, REPO


def test_indexes_match_the_rows(course, second_course):
    for served in (course, second_course):
        assert served.days_off == {d.date: d.title for d in served.schedule if d.kind in NO_CLASS_KINDS}
        for person in served.people:
            own = tuple(c for c in served.oh_changes if c.person in ("*", person.id))
            assert served.oh_changes_by_person[person.id] == own
            assert served.oh_weekdays[person.id] == {s.weekday for s in person.office_hours}
        assert served.oh_extra_people == {c.person for c in served.oh_changes if c.kind == "extra"}


def test_a_changed_course_computes_its_own(course):
    assert course.days_off  # computed on the original
    extra = dataclasses.replace(course.schedule[0], date=dt.date(2024, 4, 1), kind="holiday", title="A new holiday")
    changed = dataclasses.replace(course, schedule=(*course.schedule, extra))
    assert changed.days_off[dt.date(2024, 4, 1)] == "A new holiday"
    assert dt.date(2024, 4, 1) not in course.days_off


# ------------------------------------------------------- lookups by date and id, against the scans they replace

_FOLDERS = sorted([*(REPO / "data").iterdir(), *(FIXTURES / "courses").iterdir()])


@pytest.fixture(scope="module")
def every_course():
    """Every bundled and fixture course, and 10-605 seven times over (rows sharing dates, names and ids)."""
    loaded = [load_course(folder) for folder in _FOLDERS if folder.is_dir()]
    return [*loaded, scaled(loaded[0], 7)]


def _days(course, offsets):
    return [course.term_first + dt.timedelta(days=d) for d in offsets]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(offsets=st.lists(st.integers(-40, 160), min_size=2, max_size=6))
def test_schedule_by_date_is_the_scan(every_course, offsets):
    for served in every_course:
        days = _days(served, offsets)
        for day in days:
            assert served.days_on(day) == tuple(r for r in served.schedule if r.date == day)
            assert served.exams_by_date.get(day, ()) == tuple(e for e in served.exams if e.date == day)
            due = tuple(a for a in served.assignments if a.due.astimezone(served.tz).date() == day)
            assert served.due_by_date.get(day, ()) == due
        first, last = days[0], days[1]
        assert served.schedule_between(first, last) == tuple(r for r in served.schedule if first <= r.date <= last)


def test_schedule_between_keeps_data_order_when_rows_are_not_in_date_order(course):
    shuffled = dataclasses.replace(course, schedule=tuple(reversed(course.schedule)))
    first, last = course.schedule[3].date, course.schedule[-3].date
    assert shuffled.schedule_between(first, last) == tuple(r for r in shuffled.schedule if first <= r.date <= last)


def test_office_hours_people_by_weekday_is_the_scan(every_course):
    for served in every_course:
        for weekday in range(7):
            held = tuple(i for i, p in enumerate(served.people) if weekday in {s.weekday for s in p.office_hours})
            assert served.oh_people_by_weekday.get(weekday, ()) == held
        extra = {i for i, p in enumerate(served.people) if p.id in served.oh_extra_people}
        assert served.oh_extra_indexes == extra


def test_lookups_by_id_are_the_first_in_data_order(every_course):
    for served in every_course:
        for find, items in (
            (served.assignment, served.assignments),
            (served.exam, served.exams),
            (served.person, served.people),
            (served.policy, served.policies),
            (served.meeting_kind, served.meeting_kinds),
        ):
            for item in items:
                assert find(item.id) is next(x for x in items if x.id == item.id)
            assert find("no-such-id") is None


def test_precompute_builds_every_lookup_before_any_question(course):
    fresh = dataclasses.replace(course)  # a new value: nothing computed yet
    assert not any(name in vars(fresh) for name in _LOOKUPS)
    fresh.precompute()
    assert all(name in vars(fresh) for name in _LOOKUPS)
    assert "schedule_by_date" in _LOOKUPS


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(offsets=st.lists(st.integers(-40, 160), min_size=2, max_size=2), hours=st.integers(0, 23))
def test_due_after_is_the_sorted_scan(every_course, offsets, hours):
    for served in every_course:
        first, last = (served.at(day, dt.time(hours, 59)) for day in _days(served, offsets))
        after = sorted((a for a in served.assignments if first < a.due), key=lambda a: (a.due, a.id))
        assert served.due_after(first) == tuple(after)
        within = [a for a in after if a.due <= last]
        assert served.due_after(first, last) == tuple(within)  # empty when last is before first


def test_due_after_counts_an_assignment_due_at_that_very_moment_as_not_after(course):
    item = course.assignments[0]
    assert item not in course.due_after(item.due)
    assert item in course.due_after(item.due - dt.timedelta(seconds=1), item.due)


def test_schedule_on_is_the_scan_in_data_order(course):
    shuffled = dataclasses.replace(course, schedule=tuple(reversed(course.schedule)))
    days = {course.schedule[3].date, course.schedule[-3].date, course.schedule[0].date - dt.timedelta(days=400)}
    assert shuffled.schedule_on(days) == tuple(r for r in shuffled.schedule if r.date in days)
    assert shuffled.schedule_on(()) == ()


def test_the_forum_and_submission_site_are_the_scan_and_a_changed_course_finds_its_own(every_course, course):
    for served in every_course:
        assert served.forum == next((p for p in served.platforms if p.role == "forum"), None)
        assert served.submission_site == next((p for p in served.platforms if p.role == "submission"), None)
    assert course.forum is not None
    unforumed = dataclasses.replace(course, platforms=tuple(p for p in course.platforms if p.role != "forum"))
    assert unforumed.forum is None
    assert course.forum is not None
