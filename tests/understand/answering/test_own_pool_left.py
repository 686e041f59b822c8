"""'How many grace days do I have left' asked where the front end reads the asker's record (/ask in a server): their
own tally as /gracedays me shows it, privately; with no record linked, that and how to link one; where no record is
read (the question set, `coursebot ask`), the rule and where the tally is shown, as before."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.answer import Answer
from bot.core.render_text import answer_text
from bot.grace.asker_record import AskerRecord
from bot.grace.engine import AssignmentOutcome, Tally
from bot.understand.engine import read_question
from tests.understand.conftest import course_in

# a course, a moment in its term, and questions of the asker's own pool in other words than the course's
ASKED = [
    ("data/10-605-s24", "2024-03-20T10:00", ("how many late days do i have left", "slip days remaining?")),
    ("tests/fixtures/courses/hist-210-a24", "2024-11-20T10:00", ("how many tokens have i used", "tokens left?")),
    ("tests/fixtures/courses/chem-1310-s26", "2026-03-04T10:00", ("how many grace days have i got left",)),
]
CASES = [(folder, now, q) for folder, now, questions in ASKED for q in questions]


def said(folder: str, now: str, question: str, record: AskerRecord | None) -> tuple[Answer, str]:
    """The answer and its text, asked at `now` (course time) with what the front end found for the asker."""
    course = course_in(folder)
    clock = dt.datetime.fromisoformat(now).replace(tzinfo=course.tz)
    result = read_question(course, question, clock, record=record)
    return result.answer, answer_text(result.answer, course.tz, clock)


@pytest.mark.parametrize(("folder", "now", "question"), CASES)
def test_a_linked_record_gives_the_askers_own_tally_privately(folder, now, question):
    """Used and left from the asker's own record, each assignment's outcome, only the asker sees it."""
    course = course_in(folder)
    item = course.assignments[0]
    outcome = AssignmentOutcome(item.id, item.title, 10.0, 1.0, 1.0, "grace")
    record = AskerRecord(Tally(used=1, left=course.grace.total - 1, outcomes=(outcome,)))
    answer, text = said(folder, now, question, record)
    assert answer.ephemeral, text
    assert f"1 of {course.late.pool.words(course.late.pool.total)} used" in text, text
    assert item.title in text
    assert "is private" not in text


@pytest.mark.parametrize(("folder", "now", "question"), CASES)
def test_no_record_linked_says_so_and_how_to_link_one(folder, now, question):
    """No record linked to the asker: never the rule's total as if it were theirs; /link, privately."""
    answer, text = said(folder, now, question, AskerRecord(None))
    assert answer.ephemeral, text
    assert "isn't linked" in text, text
    assert "/link" in text
    assert " used, " not in text


@pytest.mark.parametrize(("folder", "now", "question"), CASES)
def test_where_no_record_is_read_the_rule_and_where_the_tally_is(folder, now, question):
    """The question set and `coursebot ask` read no record: the rule, and /gracedays me for the tally."""
    _, text = said(folder, now, question, None)
    assert "/gracedays me" in text, text
    assert "isn't linked" not in text


# another person's pool, in other words than the course's, on two courses
OTHERS = [
    (
        "data/10-605-s24",
        "2024-03-20T10:00",
        ("how many slip days does priya have left", "has my teammate used any late days"),
    ),
    ("tests/fixtures/courses/hist-210-a24", "2024-11-20T10:00", ("how many tokens has my friend used",)),
]
OTHER_CASES = [(folder, now, q) for folder, now, questions in OTHERS for q in questions]


def _spent(course) -> AskerRecord:
    item = course.assignments[0]
    return AskerRecord(
        Tally(
            used=1,
            left=course.grace.total - 1,
            outcomes=(AssignmentOutcome(item.id, item.title, 10.0, 1.0, 1.0, "grace"),),
        )
    )


@pytest.mark.parametrize(("folder", "now", "question"), OTHER_CASES)
def test_someone_elses_pool_never_shows_the_askers_own_tally(folder, now, question):
    """Asked of a name, a partner or a friend: the rule and that each tally is private, never the asker's numbers."""
    course = course_in(folder)
    _, text = said(folder, now, question, _spent(course))
    assert " used, " not in text, text
    assert course.assignments[0].title not in text
    assert "private to them" in text
    assert "/link" not in text


@pytest.mark.parametrize(("folder", "now", "question"), [*OTHER_CASES, *CASES])
def test_staff_are_pointed_to_the_student_look_up_not_to_link(folder, now, question):
    """A staff asker with no record of their own, of anyone's pool: /gracedays student, never /link."""
    _, text = said(folder, now, question, AskerRecord(None, staff=True))
    assert "/gracedays student" in text, text
    assert "/link" not in text
    assert "isn't linked" not in text


@pytest.mark.parametrize(("folder", "now", "question"), CASES)
def test_a_pending_link_request_is_said_as_gracedays_me_says_it(folder, now, question):
    """No record yet but a /link request waiting: that it waits (the same sentence as /gracedays me)."""
    _, text = said(folder, now, question, AskerRecord(None, "ada@example.edu"))
    assert "Your request to link ada@example.edu is waiting for staff approval" in text, text


# "did i use one on <item>", in other words, with whether the record shows days used on it
USED_ON = [
    ("data/10-605-s24", "2024-03-20T10:00", "have i burned any slip days on {short} yet"),
    ("tests/fixtures/courses/hist-210-a24", "2024-11-20T10:00", "did i spend a token on {short}"),
]


@pytest.mark.parametrize(("folder", "now", "question"), USED_ON)
@pytest.mark.parametrize("used", [1.0, 0.0])
def test_did_i_use_one_on_an_item_is_yes_or_no_from_the_record(folder, now, question, used):
    """Yes or No first from the record's outcome for that item, then the tally with its footer; no rule card whose
    "with N left" is not the student's N."""
    course = course_in(folder)
    item = next(a for a in course.assignments if a.grace_days)
    status = "grace" if used else "on-time"
    outcome = AssignmentOutcome(item.id, item.title, 10.0 if used else 0.0, used, 1.0, status)
    record = AskerRecord(Tally(used=used, left=course.grace.total - used, outcomes=(outcome,)))
    answer, text = said(folder, now, question.format(short=item.short.lower()), record)
    first = text.splitlines()[2]
    assert first.startswith("Yes" if used else "No"), text
    assert item.short in first
    assert "From the latest grades import" in text
    assert " left, work in by " not in text
    assert answer.ephemeral
