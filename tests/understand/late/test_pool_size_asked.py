"""A count of late units a student states is the pool's size unless one piece of work is named or units are spent."""

import pytest

from bot.course.late_policy import Pool
from bot.understand.late.pool_size_asked import asks_pool_size, pool_count_stated, pool_total_words, stated_size_holds

POOL = Pool(total=3, name="slip day", plural="slip days", max_per_assignment=2)


@pytest.mark.parametrize(
    ("question", "size"),
    [
        ("do we get 3 slip days", True),
        ("do students get 6 grace days for the semester", True),
        ("are there 2 slip days total", True),
        ("we have 4 slip days right", True),
        ("is it 72 flex hours in total", True),
        ("do we get 2 slip days per assignment", False),
        ("do we get 4 grace days on each assignment", False),
        ("can i use 3 slip days on ps4", False),
        ("can i use 3 slip days", False),
        ("how many slip days do we get", True),
        ("are there 3 grace days left", False),
        ("do i still have 2 slip days in total", False),
        ("i used 1 token, do i have 1 left", False),
    ],
)
def test_asks_pool_size(question: str, size: bool) -> None:
    """The pool's total is asked of only when the count is what students get in all."""
    assert asks_pool_size(question) is size


@pytest.mark.parametrize(
    ("question", "stated", "total", "holds"),
    [
        ("do we get 3 slip days", 3, 3, True),
        ("do we get 2 slip days", 2, 3, False),
        ("do we get at least 2 slip days", 2, 3, True),
        ("do we have more than 3 slip days", 4, 3, False),
        ("is it less than 5 slip days", 5, 3, True),
        ("is it over 3 slip days", 3, 3, False),
    ],
)
def test_stated_size_holds(question: str, stated: float, total: float, holds: bool) -> None:
    """A bare count must equal the total; "at least", "more than", "less than", "over" compare."""
    assert stated_size_holds(question, stated, total) is holds


def test_pool_count_stated() -> None:
    """The count said before the pool's own name, "more than N" counted as N + 1, none without the name."""
    assert pool_count_stated("do we get three slip days", POOL) == 3
    assert pool_count_stated("do we have more than 2 slip days", POOL) == 3
    assert pool_count_stated("do we get 3 days", POOL) is None


def test_pool_total_words() -> None:
    """The total, then the cap on one assignment when it is below it."""
    assert pool_total_words(POOL) == "3 slip days in all, at most 2 on one assignment"
    assert pool_total_words(Pool(total=2, name="late token", plural="late tokens")) == "2 late tokens in all"
