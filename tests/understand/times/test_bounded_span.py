"""A span bounded at both ends by the course's breaks, exams, months or now: read from the data, so any course's
breaks and exams bound it; the first end counts from its start, a break or exam ending it stops the day before."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.understand.conftest import course_in, reply

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("folder", "now", "question", "first", "last"),
    [
        (
            "data/10-605-s24",
            "2024-02-20 10:00",
            "deadlines between spring break and the end of april",
            "2024-03-04",
            "2024-04-30",
        ),
        ("data/10-605-s24", "2024-02-20 10:00", "whats due from exam 1 to spring break", "2024-02-26", "2024-03-03"),
        (
            "data/stat-187-f24",
            "2024-10-01 10:00",
            "what's due between the midterm and thanksgiving",
            "2024-10-23",
            "2024-11-26",
        ),
        (
            "data/stat-187-f24",
            "2024-10-01 10:00",
            "anything due between now and the midterm",
            "2024-10-01",
            "2024-10-22",
        ),
        # "the end of" a break: from its last day, however many words name it
        (
            "data/10-605-s24",
            "2024-02-20 10:00",
            "whats due between the end of the spring break and exam 2",
            "2024-03-08",
            "2024-04-23",
        ),
        (
            "data/stat-187-f24",
            "2024-10-01 10:00",
            "anything due from the end of thanksgiving break to the final",
            "2024-11-29",
            "2024-12-11",
        ),
    ],
)
def test_both_ends_named_bound_the_deadlines(folder, now, question, first, last):
    """The deadlines asked are those from the first end up to the second, whichever way each end is named."""
    result, _ = reply(course_in(folder), question, now)
    part = result.parts[0]
    assert part.intent == "due_soon"
    assert tuple(part.slots["range"]) == (D(first), D(last))


@pytest.mark.parametrize(
    ("folder", "now", "question"),
    [
        ("data/10-605-s24", "2024-02-20 10:00", "what's on between spring break and exam 2"),
        ("data/stat-187-f24", "2024-10-01 10:00", "the schedule from the midterm until thanksgiving break"),
    ],
)
def test_an_exam_bounding_a_span_is_not_what_is_asked(folder, now, question):
    """ "the schedule between <exam> and <break>": the schedule of the span, not the exam's card."""
    result, _ = reply(course_in(folder), question, now)
    assert result.parts[0].intent == "schedule_range"
    assert result.parts[0].slots["label"].startswith("between ")


@pytest.mark.parametrize(
    ("folder", "now", "question", "first", "last"),
    [
        (
            "data/10-605-s24",
            "2024-02-20 10:00",
            "anything due after spring break but before exam 2",
            "2024-03-09",
            "2024-04-23",
        ),
        (
            "data/10-605-s24",
            "2024-02-20 10:00",
            "what's due before exam 2 and after spring break",
            "2024-03-09",
            "2024-04-23",
        ),
        (
            "data/stat-187-f24",
            "2024-11-20 10:00",
            "what was due after the midterm but before thanksgiving",
            "2024-10-24",
            "2024-11-26",
        ),
        (
            "data/stat-187-f24",
            "2024-10-01 10:00",
            "anything due after oct 5 but before the midterm",
            "2024-10-06",
            "2024-10-22",
        ),
    ],
)
def test_an_end_named_after_and_one_named_before_bound_the_deadlines(folder, now, question, first, last):
    """ "after spring break but before exam 2", either way round: the days strictly between the two ends, a span
    already past included (what was due then)."""
    result, _ = reply(course_in(folder), question, now)
    part = result.parts[0]
    assert part.intent == "due_soon"
    assert tuple(part.slots["range"]) == (D(first), D(last))
