"""Several exams in one answer (bot.answers.exams.exams_answer): each as its own answer gives it, in term order."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.exams import exam_answer, exams_answer, find_exam
from bot.core.errors import UserError


def test_each_exam_named_is_a_field_in_term_order(second_course):
    now = dt.datetime(2024, 10, 1, 10, tzinfo=second_course.tz)
    answer = exams_answer(second_course, now, ("final", "midterm"))
    assert [f.name for f in answer.fields] == ["Midterm", "Final exam"]
    assert answer.title == "Midterm and Final exam"
    assert answer.fields[1] == exam_answer(second_course, now, "final").fields[0]


def test_one_exam_is_that_exams_answer(second_course):
    now = dt.datetime(2024, 10, 1, 10, tzinfo=second_course.tz)
    assert exams_answer(second_course, now, ("final",)) == exam_answer(second_course, now, "final")


def test_a_name_that_fits_every_exam_asks_which_one_and_a_typo_of_none_is_not_known(course):
    with pytest.raises(UserError, match="Which one") as asked:
        find_exam(course, "exam")
    assert all(e.title in str(asked.value) for e in course.exams)
    with pytest.raises(UserError, match="don't know an exam called 'exam 7'"):
        find_exam(course, "exam 7")
