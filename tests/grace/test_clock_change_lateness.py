"""Lateness across a clock change is elapsed real time between the deadline and the hand-in, in the course's zone,
whichever way the clocks move: in a what-if (/late and /ask), in a what-if answer's words, and in a tally computed
from an imported export's submission times."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.answers.grace import late_answer_for
from bot.core.render_text import answer_text
from bot.course.model import Course
from bot.grace.engine import compute_tally, what_if
from bot.grace.gradescope import parse_export
from bot.understand.times.dates import parse_submission_time
from tests.understand.conftest import course_in

# course, assignment, its due time and a hand-in (course time, as typed to /late), and the real hours between them
CASES = [
    # the clocks go back an hour (PDT -> PST, Sun Nov 3 2024, 2 AM): 34 h on the wall clock, 35 h elapsed
    ("data/stat-187-f24", "ps5", "2024-11-01 17:00", "Nov 3 3:00am", 35.0),
    # a deadline just before it and a hand-in just after: 12:59 AM PDT to 2:30 AM PST is 2 h 31 min, not 1 h 31
    ("data/stat-187-f24", "ps5", "2024-11-03 00:59", "Nov 3 2:30am", 2 + 31 / 60),
    # the clocks go forward (CST -> CDT, Sun Mar 8 2026, 2 AM): 1:59 AM to 3:01 AM is 2 minutes, not 62
    ("tests/fixtures/courses/chem-1310-s26", "ps3", "2026-03-08 01:59", "Mar 8 3:01am", 2 / 60),
    ("tests/fixtures/courses/chem-1310-s26", "ps3", "2026-03-07 23:00", "Mar 9 11:00pm", 47.0),
    # Europe/London goes back (BST -> GMT, Sun Oct 27 2024, 2 AM)
    ("tests/fixtures/courses/hist-210-a24", "essay1", "2024-10-26 23:00", "Oct 27 2:30am", 4.5),
]


def _due_at(folder: str, assignment: str, due: str) -> Course:
    """The course with the assignment due at that moment (course time)."""
    course = course_in(folder)
    moment = dt.datetime.fromisoformat(due).replace(tzinfo=course.tz)
    items = tuple(replace(a, due=moment) if a.id == assignment else a for a in course.assignments)
    return replace(course, assignments=items)


def _handed_in(course: Course, assignment: str, typed: str) -> dt.datetime:
    """The hand-in as /late reads what was typed, a day before the deadline."""
    return parse_submission_time(typed, course.assignment(assignment).due - dt.timedelta(days=1), course)


@pytest.mark.parametrize(("folder", "assignment", "due", "typed", "hours"), CASES)
def test_a_what_if_counts_elapsed_hours(folder, assignment, due, typed, hours):
    """/late and a what-if asked in /ask: the hours late are the real hours between the deadline and the hand-in."""
    course = _due_at(folder, assignment, due)
    at = _handed_in(course, assignment, typed)
    assert what_if(course, assignment, at, course.grace.total).late_hours == pytest.approx(hours)


@pytest.mark.parametrize(("folder", "assignment", "due", "typed", "hours"), CASES)
def test_the_charge_is_the_one_of_the_elapsed_lateness(folder, assignment, due, typed, hours):
    """The status and credit charged are those of that many real hours late, as if no clock had changed."""
    course = _due_at(folder, assignment, due)
    at = _handed_in(course, assignment, typed)
    same = course.assignment(assignment).due.astimezone(dt.UTC) + dt.timedelta(hours=hours)
    asked, real = what_if(course, assignment, at, 1.0), what_if(course, assignment, same, 1.0)
    assert (asked.status, asked.credit, asked.grace_days) == (real.status, real.credit, real.grace_days)


@pytest.mark.parametrize(("folder", "assignment", "due", "typed", "hours"), CASES)
def test_an_imported_submission_time_counts_elapsed_hours(folder, assignment, due, typed, hours):
    """A tally from an export whose lateness cell is blank: computed from its submission time, with its offset."""
    course = _due_at(folder, assignment, due)
    at = _handed_in(course, assignment, typed)
    title = course.assignment(assignment).title
    offset = at.strftime("%z")
    csv = (
        f"First Name,Last Name,SID,Email,Sections,{title},{title} - Max Points,{title} - Submission Time,"
        f"{title} - Lateness (H:M:S)\n"
        f"Ada,Lovelace,1,ada@example.edu,,9,10,{at:%Y-%m-%d %H:%M:%S} {offset},\n"
    )
    data = parse_export(course, csv)
    tally = compute_tally(course, data.students[0].submissions)
    outcome = next(o for o in tally.outcomes if o.assignment_id == assignment)
    assert outcome.late_hours == pytest.approx(hours)


def test_a_what_if_answer_says_the_elapsed_hours():
    """ "That is 35.0 h late": the words of the what-if are the real hours too."""
    course = _due_at("data/stat-187-f24", "ps5", "2024-11-01 17:00")
    at = _handed_in(course, "ps5", "Nov 3 3:00am")
    said = answer_text(late_answer_for(course, "ps5", at, 0, known=False), course.tz, at)
    assert "35.0 h late" in said, said
