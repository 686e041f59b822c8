"""Class time asked of an exam, apart from a room named after a kind of class (bot.understand.exams.during_class)."""

from __future__ import annotations

import pytest

from bot.understand.answering import replies
from bot.understand.exams.during_class import asks_during_class
from bot.understand.words.class_time import CLASS_TIME, class_time_words
from tests.understand.conftest import course_in, reply


@pytest.mark.parametrize(
    ("tokens", "asked"),
    [
        ("is the midterm during class", "class"),
        ("is the final in lecture", "class"),
        ("is exam 1 during our usual class time", "class"),
        ("is the final during one of the lecture slots", "class"),
        ("is the midterm in the lecture hall", None),
        ("is midterm 1 in the lecture theatre", None),
        ("is the exam in our class room", None),
        ("when is the midterm", None),
        # another meeting: in general words, or a kind of the course met by sections
        ("is exam 1 in the review session", "meeting"),
        ("is exam 1 during recitation", "meeting"),
        ("is the lab exam in the normal teaching lab", "meeting"),
        # a meeting's number after "in" is the student's own section, not a time
        ("im in rec 2 where do i take the second midterm", None),
        ("is the midterm in the recitation room", None),
    ],
)
def test_class_time_another_meeting_or_a_place(tokens, asked):
    """ "in" asks class time unless a room's noun follows it; "during" always does; another meeting is no class time."""
    assert asks_during_class(tokens.split(), CLASS_TIME, ("recitation", "rec", "teaching lab", "lab")) == asked


def test_class_time_in_the_course_own_words():
    """A kind held for the whole class says class time by its own name; a kind met by sections never does."""
    words = class_time_words(course_in("tests/fixtures/courses/geo-2210-s25"))
    assert ("plenary",) in words
    assert ("practical",) not in words
    assert asks_during_class(["is", "the", "midterm", "during", "plenary"], words) == "class"


@pytest.mark.parametrize(
    ("folder", "question", "now"),
    [
        ("data/stat-187-f24", "is the midterm in the lecture hall", "2024-10-07 10:00"),
        ("tests/fixtures/courses/chem-1310-s26", "is midterm 1 in the lecture hall", "2026-02-10 10:00"),
    ],
)
def test_a_room_question_never_gets_a_class_time_no(folder, question, now):
    """An exam held in rooms by section, one of them the lecture hall: never "No: outside class time"."""
    _result, said = reply(course_in(folder), question, now)
    assert "class time" not in said.splitlines()[2], said
    assert replies.NOT_ON_PAGE not in said.splitlines()[2], said


@pytest.mark.parametrize(
    ("folder", "question", "now", "first"),
    [
        # exams in class time: another meeting is not the class time, so no Yes
        ("data/10-605-s24", "is exam 1 during recitation", "2024-02-12 10:00", "I can't tell you that for sure"),
        ("data/10-605-s24", "is exam 1 in the review session", "2024-02-12 10:00", "I can't tell you that for sure"),
        ("data/10-605-s24", "is exam 1 in lecture", "2024-02-12 10:00", "Yes"),
        # an evening exam is outside every class meeting
        ("data/stat-187-f24", "is the midterm during discussion", "2024-10-07 10:00", "No"),
    ],
)
def test_another_meeting_is_answered_only_by_an_exam_outside_class_time(folder, question, now, first):
    """Yes only of class time; No of any meeting when the exam is outside class time."""
    _result, said = reply(course_in(folder), question, now)
    assert said.splitlines()[2].startswith(first), said
