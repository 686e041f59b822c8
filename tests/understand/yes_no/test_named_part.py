"""'does hw3 have a programming part': Yes when the one work named lists that part; never a No from this."""

from __future__ import annotations

import datetime as dt

from bot.course.model import Assignment
from bot.understand.yes_no.named_part import part_verdict

DUE = dt.datetime(2024, 2, 21, 23, 59, tzinfo=dt.UTC)
HW3 = Assignment(id="hw3", title="Homework 3", short="HW3", kind="homework", due=DUE, parts=("written", "programming"))
ESSAY = Assignment(id="essay", title="Essay", short="Essay", kind="essay", due=DUE)


def test_a_part_the_work_lists_is_yes():
    assert part_verdict("does hw3 have a programming part", [HW3]) == (
        True,
        "Homework 3 has these parts: written, programming.",
    )
    assert part_verdict("is there a written component in hw3?", [HW3]) is not None


def test_a_part_not_listed_or_no_parts_decides_nothing():
    """'coding' may be the data's 'programming': no No is given."""
    assert part_verdict("does hw3 have a coding part", [HW3]) is None
    assert part_verdict("does the essay have a written part", [ESSAY]) is None


def test_no_work_or_one_without_the_part_decides_nothing():
    assert part_verdict("does it have a programming part", []) is None
    assert part_verdict("do hw3 and the essay have a programming part", [HW3, ESSAY]) is None


def test_every_deadline_of_a_work_holding_the_part_is_yes():
    """'hw4' names Part A and Part B: Yes when both list the part."""
    part_a = Assignment(id="a", title="HW4 Part A", short="A", kind="homework", due=DUE, parts=("written",))
    part_b = Assignment(id="b", title="HW4 Part B", short="B", kind="homework", due=DUE, parts=("written", "code"))
    assert part_verdict("is there a written part in hw4", [part_a, part_b]) is not None
    assert part_verdict("is there a code part in hw4", [part_a, part_b]) is None
