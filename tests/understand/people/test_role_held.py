"""Whether the course has someone of a role ("is there a tutor i can ask stuff to"): Yes with the people of that
role, from the course's own staff list; a role word before a noun or a day asks of something else."""

from __future__ import annotations

import pytest

from bot.course.model import Course
from bot.understand.people.role_held import asks_for_role
from bot.understand.words.normalize import words
from tests.understand.conftest import course_in, first_line, reply


@pytest.fixture(scope="module")
def chem() -> Course:
    return course_in("tests/fixtures/courses/chem-1310-s26")


@pytest.mark.parametrize(
    ("question", "role", "asks"),
    [
        ("is there a tutor i can ask stuff to", "tutor", True),
        ("are there any tas who can help", "tas", True),
        ("do we have a coordinator", "coordinator", True),
        ("is there like a gsi for this course", "gsi", True),
        ("is there a ta session this week", "ta", False),  # a session, not the ta
        ("who is the tutor", "tutor", False),  # asked who, not whether
        ("is the tutor nice", "tutor", False),
    ],
)
def test_whether_there_is_someone_of_a_role_is_asked(question, role, asks):
    tokens = words(question)
    start = tokens.index(role)
    assert asks_for_role(tokens, start, start + 1) is asks


def test_a_day_asks_of_that_day():
    tokens = words("is there a ta in the lab on friday")
    assert not asks_for_role(tokens, 3, 4, timed=True)


@pytest.mark.parametrize(
    ("which", "now", "question", "names"),
    [
        ("chem", "2026-02-20 10:00", "is there a ta i can ask about lab stuff", ["Hannah Lindqvist"]),
        ("chem", "2026-02-20 10:00", "do we have a lab coordinator to talk to", ["Marcus Feld"]),
        ("stat", "2024-10-01 10:00", "is there a gsi i could go to with questions", []),
    ],
)
def test_yes_with_the_people_of_the_role_on_two_courses(request, which, now, question, names):
    """Yes first, naming the people who hold the role (never a policy card sharing a word with the question)."""
    said = reply(request.getfixturevalue(which), question, now)[1]
    assert first_line(said).startswith("Yes")
    assert all(n in said for n in names)
