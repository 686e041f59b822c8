"""A what-if asked in plain words (hostile12 6) is computed from the asker's own grace record when the front end
passes it, as /late is; with no record linked it says so; when the front end could not look, it says what it
assumed and where the record is read, and never claims that no record is linked."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.late_terms import status_words
from bot.core.render_text import answer_text
from bot.course.windows import grace_applies
from bot.grace.asker_record import AskerRecord
from bot.grace.engine import AssignmentOutcome, Tally, what_if
from bot.understand.engine import read_question
from tests.understand.conftest import course_in

COURSES = ("data/10-605-s24", "tests/fixtures/courses/hist-210-a24", "tests/fixtures/courses/chem-1310-s26")


def asked(folder: str, record: AskerRecord | None):
    """'what happens if <the last work the pool covers> is 10 hours late', three days before it is due."""
    course = course_in(folder)
    item = [a for a in course.assignments if grace_applies(course, a)][-1]
    now = item.due - dt.timedelta(days=3)
    result = read_question(course, f"what happens if {item.short} is 10 hours late", now, record=record)
    late = item.due.astimezone(dt.UTC) + dt.timedelta(hours=10)
    return course, item, late, result.answer, answer_text(result.answer, course.tz, now)


@pytest.mark.parametrize("folder", COURSES)
def test_a_linked_record_with_nothing_left_gives_the_outcome_late_gives(folder):
    """Nothing left in the record: the answer counts on nothing, privately, and never assumes all are left."""
    course = course_in(folder)
    spent = AskerRecord(Tally(used=course.grace.total, left=0, outcomes=()))
    course, item, late, answer, said = asked(folder, spent)
    pool = course.late.pool
    assert f"You have 0 {pool.plural} left (from the latest import)." in said
    assert status_words(course, what_if(course, item.id, late, 0)) in said
    assert status_words(course, what_if(course, item.id, late, course.grace.total)) not in said
    assert "Assuming" not in said
    assert answer.ephemeral


@pytest.mark.parametrize("folder", COURSES)
def test_units_already_spent_on_the_work_asked_of_count_as_available(folder):
    """As /late: what the record spent on this very work is what the what-if may spend again."""
    course = course_in(folder)
    item = [a for a in course.assignments if grace_applies(course, a)][-1]
    outcome = AssignmentOutcome(item.id, item.title, 10.0, 1.0, 1.0, "grace")
    record = AskerRecord(Tally(used=course.grace.total, left=0, outcomes=(outcome,)))
    *_, said = asked(folder, record)
    assert f"You have 1 {course.late.pool.name} left (from the latest import)." in said


@pytest.mark.parametrize(
    ("record", "basis", "never"),
    [
        (AskerRecord(None), "I have no imported record linked to you.", "isn't read here"),
        (None, "your own record isn't read here (/late or /gracedays me use it).", "no imported record linked"),
    ],
    ids=["looked, none linked", "could not look"],
)
@pytest.mark.parametrize("folder", COURSES)
def test_without_a_record_the_answer_says_why_it_assumes_all_are_left(folder, record, basis, never):
    course, item, late, _, said = asked(folder, record)
    assert f"Assuming all {course.late.pool.words(course.grace.total)} are left: {basis}" in said
    assert never not in said
    assert status_words(course, what_if(course, item.id, late, course.grace.total)) in said
