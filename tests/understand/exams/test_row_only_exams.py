"""Quizzes a course lists only as schedule rows are answered from those rows: never an exam card, never "no exam"."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.course.model import Course
from bot.understand.exams.row_only_exams import row_only_asked, row_only_rows
from tests.understand.conftest import first_line, reply

# Three lecture days of STAT 187 retitled as in-class quizzes (the course has no exam or work called a quiz).
_QUIZ_DAYS = {dt.date(2024, 10, 3): "Quiz 1 (ch. 2)", dt.date(2024, 10, 10): "Quiz 2 (ch. 3)",
              dt.date(2024, 10, 17): "Quiz 3 (ch. 4)"}  # fmt: skip


@pytest.fixture(scope="module")
def quizzed(stat: Course) -> Course:
    rows = tuple(replace(r, title=_QUIZ_DAYS[r.date]) if r.date in _QUIZ_DAYS else r for r in stat.schedule)
    return replace(stat, schedule=rows)


def test_only_rows_never_an_exams_word_are_row_only(stat, quizzed):
    """ "quiz" names the retitled rows; the course's own "midterm" never counts, nor does a course without them."""
    assert [r.title for r in row_only_rows(quizzed)["quiz"]] == list(_QUIZ_DAYS.values())
    assert row_only_rows(stat) == {}


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("is there a quiz this week", ("quiz", "")),
        ("when are the quizzes", ("quiz", "")),
        ("when is quiz 2", None),  # a row by its number: read as that row
        ("when is quiz 2b", ("quiz", "2b")),  # a number and letter no row has
        ("when is the midterm", None),
    ],
)
def test_the_word_and_a_number_no_row_has_are_read(quizzed, question, found):
    """The row-only word asked, and the number after it when no row has that number."""
    got = row_only_asked(quizzed, question)
    assert (got[0], got[2]) == found if found else got is None


@pytest.mark.parametrize(
    ("question", "now", "first"),
    [
        ("is there a quiz this week", "2024-10-07 10:00", "Yes: Quiz 2 (ch. 3) (Thu Oct 10)."),
        ("do we have a quiz this week", "2024-10-21 10:00", "No: no quiz on the schedule this week."),
        ("any quizzes next week?", "2024-10-01 10:00", "Yes: Quiz 2 (ch. 3) (Thu Oct 10)."),
    ],
)
def test_a_quiz_in_a_span_is_answered_from_the_rows(quizzed, question, now, first):
    """Yes with the quiz rows in the span, or No: never "no exam this week" nor an exam's card."""
    _, said = reply(quizzed, question, now)
    assert first_line(said) == first
    assert "Midterm" not in said


def test_the_next_quiz_is_the_next_row(quizzed):
    """ "when is the next quiz": the first quiz row still to come, not the next exam."""
    _, said = reply(quizzed, "when is the next quiz", "2024-10-05 10:00")
    assert "Quiz 2 (ch. 3)" in said
    assert "Quiz 3" not in said
    assert "Midterm" not in said


def test_a_quiz_number_with_a_letter_no_row_has_is_said_to_be_missing(quizzed):
    """ "quiz 2b": not on the schedule, with the rows of its number; never an exam card nor a split "quiz 2"."""
    result, said = reply(quizzed, "when is quiz 2b", "2024-10-05 10:00")
    assert result.answer.kind == "unknown"
    assert "The schedule lists no “quiz 2b”" in said
    assert "Quiz 2 (ch. 3)" in said
    assert "Midterm" not in said
