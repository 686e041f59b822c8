"""'that week' / 'that day' in a later part (bot.understand.schedule.that_week): the day the part before it named."""

from __future__ import annotations

import pytest

from tests.understand.conftest import course_in, reply

STAT = "data/stat-187-f24"


@pytest.mark.parametrize(
    ("question", "second"),
    [
        ("whats the lecture on oct 15 and is there discussion that week", ("2024-10-14", "2024-10-20")),
        ("what is the lecture on oct 15 and is there discussion the same week", ("2024-10-14", "2024-10-20")),
    ],
)
def test_that_week_is_the_week_of_the_day_named_before(question, second):
    """The second part asks of the week of Oct 15, not of this week."""
    result, _ = reply(course_in(STAT), question, "2024-10-09 10:00")
    parts = result.as_json()["parts"]
    assert parts[1]["slots"]["range"] == list(second)


def test_that_day_is_the_day_named_before():
    """ "... on oct 15 and is there discussion that day": Tue Oct 15 itself (no discussion meets on Tuesdays)."""
    result, said = reply(
        course_in(STAT), "whats the lecture on oct 15 and is there discussion that day", "2024-10-09 10:00"
    )
    assert result.as_json()["parts"][1]["slots"]["date"] == "2024-10-15"
    assert "No: no discussion section on Tue Oct 15" in said


@pytest.mark.parametrize(
    ("question", "second"),
    [
        ("when is veterans day and is anything due that week", ("2024-11-11", "2024-11-17")),
        ("when's thanksgiving break and is anything due that week", ("2024-11-25", "2024-12-01")),
    ],
)
def test_that_week_of_a_named_day_off(question, second):
    """A day off the part before named by its name (no date typed) dates "that week", not the coming seven days."""
    result, _ = reply(course_in(STAT), question, "2024-10-01 10:00")
    parts = result.as_json()["parts"]
    assert parts[1]["slots"]["range"] == list(second)
