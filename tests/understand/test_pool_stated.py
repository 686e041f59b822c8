"""What a student says of their own late pool: none used, none left, some used; in each course's own words."""

from __future__ import annotations

import pytest

from bot.course.loader import load_course
from bot.understand.pool_stated import pool_stated
from tests.conftest import FIXTURES

HIST = load_course(FIXTURES / "courses" / "hist-210-a24")
GEO = load_course(FIXTURES / "courses" / "geo-2210-s25")


@pytest.mark.parametrize(
    "question",
    [
        "if i hand essay 1 in friday at 3pm without a token how much do i lose",
        "what if essay 2 is a day late and i don't use a late token",
        "essay 1 three hours late, not using my token, what happens",
    ],
)
def test_without_a_unit_is_none_used(question: str) -> None:
    told = pool_stated(HIST, question)
    assert told is not None
    assert told.left == 0
    assert "Without using any late tokens" in told.said


@pytest.mark.parametrize(
    "question",
    [
        "ive already burned all 4 grace days (rip). if hw4 part b goes in tuesday what happens",
        "i've used up all my grace days, what if hw5 is 10 hours late",
        "no grace days left and hw4b would be 30 hours late",
    ],
)
def test_all_used_is_none_left(course, question: str) -> None:
    told = pool_stated(course, question)
    assert told is not None
    assert told.left == 0
    assert "0 grace days left" in told.said


def test_some_used_leaves_the_rest(course) -> None:
    told = pool_stated(course, "i already used 3 grace days, what if hw5 is a day late")
    assert told is not None
    assert told.left == 1


def test_a_pool_in_hours() -> None:
    told = pool_stated(GEO, "i've blown all my flex hours, what if sheet 2 is 10 hours late")
    assert told is not None
    assert told.left == 0


def test_nothing_said_of_the_pool(course, second_course) -> None:
    assert pool_stated(course, "what if hw4b is 10 hours late") is None
    assert pool_stated(second_course, "without a slip day what if ps3 is 2 hours late") is None  # no pool there
