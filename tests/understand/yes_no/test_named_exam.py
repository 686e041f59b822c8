"""'is there a final exam': Yes when the course lists an exam by that very name, with which one and when."""

from __future__ import annotations

import datetime as dt

from bot.course.model import Exam
from bot.understand.yes_no.named_exam import exam_exists_verdict, named_exams

EXAM2 = Exam(id="exam2", title="Exam 2", date=dt.date(2024, 4, 24), aliases=("second exam", "final exam", "final"))
EXAM1 = Exam(id="exam1", title="Exam 1", date=dt.date(2024, 2, 26), aliases=("midterm",))


def test_an_exam_by_its_name_is_yes():
    assert exam_exists_verdict("is there a final exam", [EXAM1, EXAM2]) == (True, "Exam 2, Wed Apr 24.")
    assert named_exams("do we have a midterm in this course?", [EXAM1, EXAM2]) == [EXAM1]


def test_a_question_asking_more_than_the_exam_decides_nothing():
    """A review session or a day asks of something else than whether the exam exists."""
    assert exam_exists_verdict("is there a final exam review session", [EXAM1, EXAM2]) is None
    assert exam_exists_verdict("is there a midterm on friday", [EXAM1, EXAM2]) is None


def test_an_exam_by_no_name_of_the_list_decides_nothing():
    assert exam_exists_verdict("is there a quiz", [EXAM1, EXAM2]) is None
    assert exam_exists_verdict("when is the final exam", [EXAM1, EXAM2]) is None


ORAL = Exam(id="oral-a", title="Final oral exam (Group A)", date=dt.date(2024, 5, 10))
LAB = Exam(id="lab", title="Lab practical exam", date=dt.date(2024, 4, 2))


def test_an_exam_whose_title_holds_every_word_asked_is_yes():
    """No exam is called "final exam", but the final oral exam's title holds both words."""
    assert exam_exists_verdict("is there a final exam", [EXAM1, ORAL]) == (
        True,
        "Final oral exam (Group A), Fri May 10.",
    )


def test_one_word_in_a_title_is_not_the_exam_asked():
    """ "is there a lab" asks of lab meetings, not of the lab practical exam."""
    assert exam_exists_verdict("is there a lab", [LAB]) is None
    assert exam_exists_verdict("is there a written exam", [LAB]) is None
