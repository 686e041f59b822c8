"""Late work across a clock change: lateness is real hours (24 to a late day), and every answer whose result a clock
change inside the late window moves says so with the other reading: the /late and /ask what-if, the cutoff /deadline
shows and the last time /ask gives."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.answers.clock_change import clock_shift, cutoff_note, lateness_note
from bot.answers.deadlines import deadline_detail
from bot.answers.grace import late_answer_for
from bot.answers.late_windows import late_answer
from bot.core.render_text import answer_text
from bot.course.late_policy import Penalty, PenaltyStep
from bot.course.model import Course
from bot.course.windows import latest_accepted
from tests.understand.conftest import course_in

# course, assignment, its due time, a hand-in (course time), and the day the clocks change between them
CASES = [
    ("data/stat-187-f24", "ps5", "2024-11-01 23:59", "2024-11-03 23:30", "Sun Nov 3", "back"),  # PDT -> PST
    ("tests/fixtures/courses/chem-1310-s26", "ps3", "2026-03-06 22:00", "2026-03-09 21:30", "Sun Mar 8", "forward"),
    ("tests/fixtures/courses/hist-210-a24", "essay1", "2024-10-25 23:59", "2024-10-27 23:30", "Sun Oct 27", "back"),
]


def _due_at(folder: str, assignment: str, due: str) -> Course:
    course = course_in(folder)
    moment = dt.datetime.fromisoformat(due).replace(tzinfo=course.tz)
    items = tuple(replace(a, due=moment) if a.id == assignment else a for a in course.assignments)
    return replace(course, assignments=items)


def _at(course: Course, text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=course.tz)


@pytest.mark.parametrize(("folder", "assignment", "due", "handed", "day", "way"), CASES)
def test_a_what_if_across_a_change_names_the_rule_and_the_wall_clock_reading(folder, assignment, due, handed, day, way):
    """/late (and /ask, which answers with the same what-if): the clocks' move, its day, both readings."""
    course = _due_at(folder, assignment, due)
    at = _at(course, handed)
    said = answer_text(late_answer_for(course, assignment, at, 0, known=False), course.tz, at)
    assert f"The clocks go {way} an hour on {day}, in between" in said, said
    assert "counted in real hours, 24 to a late day" in said
    assert "by the wall clock it reads" in said


def test_a_change_that_moves_the_days_says_both_counts():
    """Due Fri 11:59 PM, in Sun 11:30 PM after the clocks went back: 48.5 h, 3 days counted, 2 on the calendar."""
    course = _due_at("data/stat-187-f24", "ps5", "2024-11-01 23:59")
    note = lateness_note(course.tz, course.assignment("ps5").due, _at(course, "2024-11-03 23:30"))
    assert note is not None
    assert "(48.5 h)" in note
    assert "reads 47.5 h, which would be 2 days late instead of 3 days" in note


@pytest.mark.parametrize(
    ("due", "handed"),
    [
        ("2024-10-20 23:59", "2024-10-22 01:00"),  # no change between
        ("2024-11-01 23:59", "2024-11-01 23:00"),  # on time
        ("2024-11-04 23:59", "2024-11-06 02:00"),  # after the change
    ],
)
def test_no_note_without_a_change_in_the_late_window(due, handed):
    course = course_in("data/stat-187-f24")
    assert lateness_note(course.tz, _at(course, due), _at(course, handed)) is None


def test_the_shift_and_its_day_are_found_between_two_instants():
    """Back an hour on Nov 3 2024 in Los Angeles; none over a span with no change."""
    course = course_in("data/stat-187-f24")
    assert clock_shift(course.tz, _at(course, "2024-11-01 12:00"), _at(course, "2024-11-05 12:00")) == (
        dt.timedelta(hours=-1),
        dt.date(2024, 11, 3),
    )
    assert clock_shift(course.tz, _at(course, "2024-11-04 12:00"), _at(course, "2024-11-05 12:00")) is None


def test_the_cutoff_shown_says_it_is_counted_in_real_hours_across_the_change():
    """/deadline: "Nothing is accepted after …" names the hours and the clock change when one falls inside."""
    course = course_in("data/stat-187-f24")
    found = [a for a in course.assignments if latest_accepted(course, a) not in (None, a.due)]
    assert found
    item = found[0]
    last = latest_accepted(course, item)
    hours = (last - item.due) / dt.timedelta(hours=1)
    due = dt.datetime.combine(dt.date(2024, 11, 3), dt.time(1, 30), course.tz) - dt.timedelta(hours=hours / 2)
    moved = replace(course, assignments=tuple(replace(a, due=due) if a is item else a for a in course.assignments))
    said = answer_text(deadline_detail(moved, item.id, due - dt.timedelta(days=1)), moved.tz, due)
    assert "after the due time in real hours: the clocks go back an hour on Sun Nov 3" in said, said
    assert cutoff_note(course.tz, due + dt.timedelta(days=5), due + dt.timedelta(days=6)) is None


@pytest.mark.parametrize(("folder", "assignment", "due", "handed", "day", "way"), CASES)
def test_the_late_timeline_across_a_change_says_how_its_times_read(folder, assignment, due, handed, day, way):
    """ "how late can I hand it in" (/ask): the timeline's times, counted in real hours, and which way they read."""
    course = _due_at(folder, assignment, due)
    said = answer_text(late_answer(course, assignment, _at(course, due)), course.tz, _at(course, due))
    earlier = "earlier" if way == "back" else "later"
    assert f"the clocks go {way} an hour on {day}, so those after it read an hour {earlier}" in said, said


def test_no_timeline_note_far_from_a_change():
    course = _due_at("data/stat-187-f24", "ps5", "2024-10-11 17:00")
    at = _at(course, "2024-10-11 17:00")
    said = answer_text(late_answer(course, "ps5", at), course.tz, at)
    assert "clocks" not in said, said


def _per_hour(course: Course, rate: float) -> Course:
    """The course with a penalty of `rate` per started hour late, no pool and no cutoff."""
    late = replace(course.late, pool=None, cutoff=None, rules=(), penalty=Penalty((PenaltyStep(None, rate=rate),)))
    return replace(course, late=late)


# course (a per-hour penalty, or the course's own), assignment, due, hand-in, each reading's result (real, wall)
COSTS = [
    ("data/stat-187-f24", None, "ps5", "2024-11-02 20:00", "2024-11-03 20:30", "52% penalty", "50% penalty"),
    ("data/stat-187-f24", None, "ps5", "2024-11-01 23:59", "2024-11-03 23:30", "not accepted", "96% penalty"),
    ("data/stat-187-f24", None, "ps5", "2024-11-03 00:59", "2024-11-03 02:10", "6% penalty", "4% penalty"),
    ("tests/fixtures/courses/chem-1310-s26", 0.01, "ps3", "2026-03-07 20:00", "2026-03-08 20:30", "24% ", "25% "),
    ("tests/fixtures/courses/hist-210-a24", None, "essay1", "2024-10-25 23:59", "2024-10-27 23:30", "30% ", "20% "),
]


@pytest.mark.parametrize(("folder", "rate", "assignment", "due", "handed", "real", "wall"), COSTS)
def test_each_reading_across_a_change_gives_its_penalty(folder, rate, assignment, due, handed, real, wall):
    """/late what-if across a clock change: what the real hours cost (what counts) and what the wall clock's reading
    would cost, per hour or per day, when they differ."""
    course = _due_at(folder, assignment, due)
    course = _per_hour(course, rate) if rate else course
    at = _at(course, handed)
    said = answer_text(late_answer_for(course, assignment, at, 0, known=False), course.tz, at)
    assert f"In real hours → {real}" in said, said
    assert f"; by the wall clock → {wall}" in said, said


def test_no_penalties_in_the_note_when_both_readings_cost_the_same():
    """Both readings of a per-day penalty fall on the same day: the note gives the hours alone."""
    course = _due_at("tests/fixtures/courses/chem-1310-s26", "ps3", "2026-03-06 22:00")
    at = _at(course, "2026-03-09 21:30")
    said = answer_text(late_answer_for(course, "ps3", at, 0, known=False), course.tz, at)
    assert "by the wall clock it reads 71.5 h." in said, said
    assert "In real hours →" not in said
