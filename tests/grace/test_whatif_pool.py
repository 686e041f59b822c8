"""What a late what-if starts from: the record's units left plus what the shown items used; else the whole pool."""

from __future__ import annotations

import pytest

from bot.grace.engine import AssignmentOutcome, Tally
from bot.grace.whatif_pool import whatif_pool
from tests.understand.conftest import course_in


def _tally(course, used_on: dict[str, float]) -> Tally:
    outcomes = tuple(
        AssignmentOutcome(a, course.assignment(a).title, 5.0, days, 1.0, "grace") for a, days in used_on.items()
    )
    used = sum(used_on.values())
    return Tally(used=used, left=course.grace.total - used, outcomes=outcomes)


@pytest.mark.parametrize("folder", ["data/10-605-s24", "tests/fixtures/courses/hist-210-a24"])
def test_the_items_shown_give_back_what_they_used_and_no_more(folder):
    """Units an item already used are available to its what-if; another item's are not; no record: the pool."""
    course = course_in(folder)
    first, second = course.assignments[0], course.assignments[1]
    tally = _tally(course, {first.id: 1.0, second.id: 1.0})
    assert whatif_pool(course, tally, [first]).left == course.grace.total - 1
    assert whatif_pool(course, tally, [first, second]).left == course.grace.total
    assert whatif_pool(course, tally, [first]).known
    unknown = whatif_pool(course, None, [first])
    assert (unknown.left, unknown.known) == (course.grace.total, False)


def test_a_course_without_a_pool_reads_no_record(second_course):
    """No pool of late days (stat-187): nothing to count from a record."""
    first = second_course.assignments[0]
    assert not whatif_pool(second_course, Tally(used=0, left=0, outcomes=()), [first]).known
