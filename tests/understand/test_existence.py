"""Whether an item exists (bot.understand.existence): No with the series the course has, Yes for one it has."""

from __future__ import annotations

import pytest

from tests.understand.conftest import first_line, reply


@pytest.mark.parametrize(
    ("course_name", "question", "listed"),
    [
        ("course", "is there a hw6", "It has HW1, HW2, HW3, HW4 Part A, HW4 Part B, HW5."),
        ("course", "do we have a homework 9", "no HW9"),
        ("second_course", "is there a problem set 8", "It has PS1"),
        ("geo", "is there a sheet 5", "It has Sheet 1, Sheet 2, Sheet 3, Sheet 4."),
        ("hist", "is there an essay 3", "It has Essay 1, Essay 2."),
    ],
)
def test_an_item_the_course_lacks_is_no_with_its_series(request, course_name, question, listed):
    result, said = reply(request.getfixturevalue(course_name), question, "2024-10-01 10:00")
    assert result.parts[0].intent == "assignment_due"
    assert result.parts[0].slots.get("unknown")
    assert first_line(said).startswith("No: the course page lists no")
    assert listed in said


def test_an_item_the_course_has_is_yes_and_a_due_day_question_is_not_existence(course):
    _, said = reply(course, "is there a hw3", "2024-02-12 10:00")
    assert first_line(said).startswith("Yes: the course has HW3")
    _, said = reply(course, "is there a hw3 due friday", "2024-02-12 10:00")
    assert first_line(said).startswith("No: HW3 is due Wed Feb 21")
