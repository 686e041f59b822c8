"""Who plays a part the page describes without naming anyone (bot.understand.about_course.unnamed_person)."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, text
from bot.understand.about_course.unnamed_person import unnamed_person

ORALS = Answer(title="Oral exams", lines=(text("Each student is graded by two examiners with the posted rubric."),))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who is the second examiner for the oral exams", True),
        ("who are the examiners", True),
        ("when are the oral exams", False),  # no one asked for
        ("who grades the oral exams", False),  # asked as a verb: the grading reader's
    ],
)
def test_a_part_no_one_is_named_for(second_course, question, said):
    assert (unnamed_person(second_course, question, ORALS) is not None) is said


def test_a_member_of_staff_named_beside_the_part(second_course):
    person = second_course.people[0]
    named = Answer(title="Oral exams", lines=(text(f"The examiners are {person.name} and a second reader."),))
    assert unnamed_person(second_course, "who is the second examiner", named) is None
