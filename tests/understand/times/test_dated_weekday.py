"""A weekday naming a meeting beside a date it falls on ("the thursday lecture on 16 april") is that date, not the
coming weekday as well; a weekday said otherwise stays a day of its own."""

from __future__ import annotations

import pytest

from bot.understand.times.dated_weekday import weekday_of_date
from bot.understand.times.time_phrases import find_phrases
from tests.conftest import local


def _kept(course, question: str) -> list[str]:
    times = find_phrases(question, local(course, "2024-10-01T10:00"), course)
    return [question[t.start : t.end] for t in weekday_of_date(times, question)]


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("is the tuesday lecture on october 15 in a different room", ["october 15"]),
        ("where is my wednesday discussion on october 23", ["october 23"]),
        ("is the thursday lecture on october 15 moved", ["thursday", "october 15"]),  # Oct 15 is a Tuesday: two days
        ("i fly back the tuesday after, which is the 15th", ["tuesday", "the 15th"]),  # not a meeting's weekday
        ("is there lecture on tuesday", ["tuesday"]),
    ],
)
def test_a_meeting_s_weekday_beside_its_date_is_that_date(second_course, question, kept):
    found = _kept(second_course, question)
    assert [k.removeprefix("on ") for k in found] == kept
