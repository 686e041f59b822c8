from __future__ import annotations

import pytest

from bot.understand.schedule.other_numbered import other_numbered
from tests.understand.conftest import course_in, first_line, reply


@pytest.mark.parametrize(
    ("question", "titles", "other"),
    [
        ("will there be a practice exam for exam 2", ["Practice Exam 1 Solutions"], "Exam 2"),
        ("practice exam for exam 2 like the one for exam 1?", ["Practice Exam 1 Solutions"], "Exam 2"),
        ("is there a practice exam for exam 1", ["Practice Exam 1 Solutions"], None),
        ("is there a review for quiz 3", ["Review", "Lecture"], None),  # no other quiz is named: nothing to say
        ("hw 3 solutions recitation", ["Homework 3 Solutions"], None),
    ],
)
def test_a_numbered_name_held_only_by_another_number(question, titles, other):
    assert other_numbered(question, titles) == other


def test_a_row_for_another_exam_does_not_say_yes():
    course = course_in("data/10-605-s24")
    result, said = reply(course, "is there gonna be a practice exam for exam 2 too", "2024-04-03 16:00")
    assert not first_line(said).startswith(("Yes", "No")), said
    assert result.answer.kind == "unknown"
