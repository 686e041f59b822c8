"""A count asked of a thing a schedule day only names is not on the page (bot.understand.schedule.topic_count)."""

from __future__ import annotations

import pytest

from bot.understand.schedule.topic_count import count_not_listed
from tests.understand.conftest import course_in, reply

STAT = "data/stat-187-f24"


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("how many slides does the bootstrap lecture have", "slides"),
        ("how many examples do we go through in the cross-validation lecture", "examples"),
        ("how many lectures on the bootstrap", ""),  # the course's own meetings: counted elsewhere
        ("how many days until the bootstrap lecture", ""),  # a span of time
        ("how many discussion sections are there", ""),  # the course's own name for a meeting
        ("when is the bootstrap lecture", ""),  # no count asked
    ],
)
def test_a_count_of_anything_but_meetings_or_time_is_not_listed(question, counted):
    """ "how many slides": a thing the schedule only names; "how many lectures", "how many days": not this."""
    assert count_not_listed(course_in(STAT), question) == counted


def test_the_answer_says_the_page_does_not_count_it_and_shows_the_days():
    """The days that name it are shown after saying the count is not on the page, as an honest answer."""
    result, said = reply(course_in(STAT), "how many slides does the bootstrap lecture have", "2024-10-14 10:00")
    assert result.answer.kind == "unknown", said
    assert "How many slides is not on the course page" in said
    assert "The bootstrap" in said
