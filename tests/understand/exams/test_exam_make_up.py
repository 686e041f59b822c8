from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.course.model import Course, Exam
from bot.understand.exams.exam_make_up import make_up_of
from tests.understand.conftest import course_in, reply

# Each course with its midterm, and the moment asked (after the midterm, before its make-up).
COURSES = {"data/stat-187-f24": ("midterm", "2024-10-24 10:00"), "data/10-605-s24": ("exam1", "2024-02-27 10:00")}


def _with_make_up(folder: str) -> Course:
    """The course with a make-up sitting of its midterm a week later, in its own room and hour."""
    course = course_in(folder)
    first = course.exam(COURSES[folder][0])
    sitting = Exam(
        id="makeup-sitting",
        title=f"Make-up {first.title.lower()}",
        date=first.date + dt.timedelta(days=7),
        aliases=(f"make-up {first.title.lower()}", "makeup"),
        time=dt.time(8, 30),
        end=dt.time(10, 0),
        location="Zeta Hall 12",
    )
    return replace(course, exams=(*course.exams, sitting))


@pytest.fixture(scope="module", params=sorted(COURSES))
def sat(request) -> tuple[Course, str, str]:
    exam_id, now = COURSES[request.param]
    return _with_make_up(request.param), exam_id, now


@pytest.mark.parametrize(
    "question",
    [
        "when is the makeup for the {name} and where",
        "missed the {name} bc i was sick, what time is the make up",
        "wheres the {name} makeup held",
    ],
)
def test_the_make_up_sitting_of_a_named_exam_is_answered(sat, question):
    course, exam_id, now = sat
    name = course.exam(exam_id).title.lower()
    _, said = reply(course, question.format(name=name), now)
    assert "Zeta Hall 12" in said
    assert "8:30 AM" in said


def test_whether_there_is_a_make_up_is_not_read_as_the_sitting(sat):
    course, exam_id, _ = sat
    assert make_up_of(course, exam_id, "is there a makeup for the midterm") is None
    assert make_up_of(course, exam_id, "when is the midterm") is None
    assert make_up_of(course, exam_id, "when is the midterm makeup") == "makeup-sitting"


@pytest.mark.parametrize("folder", sorted(COURSES))
def test_a_course_without_a_make_up_sitting_keeps_the_exam(folder):
    course = course_in(folder)
    exam_id, _ = COURSES[folder]
    assert make_up_of(course, exam_id, "when is the makeup for the midterm") is None


def test_a_missed_exams_make_up_asked_when_with_none_dated_is_unknown(stat):
    result, said = reply(stat, "if i miss the midterm when would the make up be held", "2024-10-01 10:00")
    assert result.answer.kind == "unknown"
    assert "final exam" in said  # what the page says of missing it stays
    assert "not on the course page" in said
    result, _ = reply(stat, "i missed the midterm, is there a make up", "2024-10-01 10:00")
    assert result.answer.kind == "info"  # not asked when: the page's words on missing it answer
