"""What a student says of their own late pool: none used, none left, some used; in each course's own words."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.course.loader import load_course
from bot.understand.late.pool_stated import pool_stated
from tests.conftest import FIXTURES
from tests.understand.conftest import first_line, reply

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


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("i used 2 grace days on hw1 and 1 on hw2, what if hw5 is a day late", 1),
        ("i used 1 grace day on hw1, 1 on hw2 and 1 on hw3, what if hw5 is a day late", 1),
        ("i used 1 grace day on hw1 and 2 days later hw2 was due", 3),  # a span told, not units spent
        ("i used 2 grace days on hw1 and hw5 is 1 day late", 2),
    ],
)
def test_units_spent_on_several_pieces_add_up(course, question: str, left: int) -> None:
    """ "2 on hw1 and 1 on hw2": each count spent on other work after the first is spent too."""
    told = pool_stated(course, question)
    assert told is not None
    assert told.left == left


def test_a_pool_in_hours() -> None:
    told = pool_stated(GEO, "i've blown all my flex hours, what if sheet 2 is 10 hours late")
    assert told is not None
    assert told.left == 0


def test_nothing_said_of_the_pool(course, second_course) -> None:
    assert pool_stated(course, "what if hw4b is 10 hours late") is None
    assert pool_stated(second_course, "without a slip day what if ps3 is 2 hours late") is None  # no pool there


@pytest.mark.parametrize(
    "question",
    [
        "if i have no tokens and hand in essay 1 tuesday at 9am how many marks do i lose",
        "i dont have any tokens left, if i hand in essay 1 tuesday at 9am how many marks do i lose",
        "im out of tokens, if i hand in essay 1 tuesday at 9am how many marks do i lose",
    ],
)
def test_a_stated_empty_pool_is_read_in_every_phrasing(hist, question):
    _, shown = reply(hist, question, "2024-10-23T13:00")
    assert "With 0 late tokens left, as you say" in shown
    assert "Assuming all 2" not in shown


@pytest.mark.parametrize(
    ("which", "now", "question", "yes"),
    [
        ("course", "2024-03-13T14:30", "i already used 3 grace days, can i still use 2 on hw4b", False),
        ("course", "2024-03-13T14:30", "i used 1 grace day so far, can i use 2 on hw4b", True),
        ("course", "2024-03-13T14:30", "i used 1 grace day so far, can i use 3 on hw5", False),
        ("geo", "2025-04-16T10:00", "i used 60 flex hours already can i still use 24 on sheet 4", False),
    ],
)
def test_a_stated_pool_decides_whether_more_can_be_spent(request, which, now, question, yes):
    assert first_line(reply(request.getfixturevalue(which), question, now)[1]).startswith("Yes" if yes else "No")


# A pool whose name has words before its unit ("grace extension hours"): the student names it by those words
# (hostile4 finding 8).
_NAMED = {"name": "grace extension hour", "plural": "grace extension hours"}
EXTENSION_HOURS = replace(GEO, late=replace(GEO.late, pool=replace(GEO.late.pool, **_NAMED)))


@pytest.mark.parametrize(
    "question",
    [
        "if i submit sheet 2 3 days late without the grace extension, how much do i lose",
        "what if sheet 2 is a day late and i don't use my grace extension",
    ],
)
def test_without_the_pool_by_its_head_words(question: str) -> None:
    told = pool_stated(EXTENSION_HOURS, question)
    assert told is not None
    assert told.left == 0


def test_already_used_the_pool_by_its_head_words() -> None:
    told = pool_stated(EXTENSION_HOURS, "i already used my grace extension, what if sheet 2 is a day late")
    assert told is not None
    assert told.left == 0
    assert pool_stated(EXTENSION_HOURS, "i used my grace extension hours on sheet 1, what if sheet 2 is late") is None


def test_a_one_word_head_is_no_name(course) -> None:
    # "grace days": "grace" alone is not the pool, nor is "late" of "late days"
    assert pool_stated(course, "i used the grace period for hw3, what if hw4b is 10 hours late") is None


@pytest.mark.parametrize(
    "question",
    [
        "have i used a late token on essay 1",
        "did i already spend 2 late tokens",
        "have we used up all our late tokens",
    ],
)
def test_use_asked_about_is_not_told(question: str) -> None:
    """'have i used a token': the asker's own record asked for, not a tally they tell."""
    assert pool_stated(HIST, question) is None
