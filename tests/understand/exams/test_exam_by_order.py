"""An exam asked by a number or an order on a course whose exams have names is the one at that place by date, and
the answer says how it was read (bot.understand.exams.exam_by_order)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.exams.exam_by_order import exam_by_order
from tests.understand.conftest import course_in, reply

STAT = "data/stat-187-f24"
GEO = "tests/fixtures/courses/geo-2210-s25"
CHEM = "tests/fixtures/courses/chem-1310-s26"
ML = "data/10-605-s24"


@pytest.mark.parametrize(
    ("folder", "question", "exam"),
    [
        (STAT, "exam 2 room", "final"),
        (STAT, "when is the first exam", "midterm"),
        (STAT, "test #2 when?", "final"),
        (GEO, "where's exam 1", "maptest"),
        (GEO, "the 2nd exam, what do i bring", "klausur"),
        (CHEM, "where is exam 3", "final"),  # numbered midterms, but no "3" among the titles
        (STAT, "exam 3 room", None),  # beyond the exams: no such exam, said elsewhere
        (STAT, "midterm 2 room", None),  # not a word every exam answers to
        (CHEM, "exam 2 room", None),  # "Midterm 2": the titles answer to it
        (ML, "exam 2 room", None),  # "Exam 2" is a title
        (STAT, "is ps2 due before the exam", None),  # no number asked
    ],
)
def test_the_exam_at_that_place_by_date(folder: str, question: str, exam: str | None) -> None:
    """The place in date order decides, only where no title or work answers to the number."""
    taken = exam_by_order(course_in(folder), question)
    assert (taken.exam.id if taken else None) == exam


@pytest.mark.parametrize(
    ("folder", "now", "question", "shown", "absent"),
    [
        (STAT, "2024-10-01 10:00", "exam 2 room", ["second exam by date", "Final exam", "Redwood Hall 1"], "Bayview"),
        (STAT, "2024-10-01 10:00", "is the second exam in redwood hall", ["Yes", "Final exam"], "Bayview"),
        (GEO, "2025-04-10 10:00", "when is exam 1", ["first exam by date", "Map test", "Mon May 12"], ""),
    ],
)
def test_the_answer_says_how_it_was_read(folder: str, now: str, question: str, shown: list, absent: str) -> None:
    """Never the first exam silently: the answer names the exam taken and the others, then answers for it."""
    _, said = reply(course_in(folder), question, now)
    for fact in shown:
        assert fact in said, said
    assert not absent or absent not in said, said


def test_the_exams_are_ordered_once_per_course(monkeypatch):
    """A second question on the same course sorts no exam again: the order and titles are kept per course."""
    import bot.understand.exams.exam_by_order as module

    stat = replace(course_in(STAT))  # a course object of its own: nothing kept for it yet
    calls: list[str] = []
    real = module._titled
    monkeypatch.setattr(module, "_titled", lambda exam: calls.append(exam.id) or real(exam))
    assert exam_by_order(stat, "exam 2 room") is not None
    read = len(calls)
    assert exam_by_order(stat, "when is the second test") is not None
    assert read
    assert len(calls) == read


def test_the_one_exam_of_a_course_needs_no_order_said(hist):
    """ "the first exam" on a course with one exam is that exam: no reading to tell apart, none said."""
    assert exam_by_order(hist, "when is the first exam") is None
