"""A stated start or end of an exam (bot.understand.exams.stated_exam_time)."""

from __future__ import annotations

import pytest

from bot.understand.exams.stated_exam_time import exam_time_verdict
from bot.understand.times.edge_words import asks_end
from tests.understand.conftest import reply


def test_the_start_or_the_end_stated(hist) -> None:
    final = hist.exam("final")  # Mon Dec 9, 9:30 AM - 12:30 PM
    assert exam_time_verdict(hist, final, None, "does the exam start at half nine")[0] is True
    assert exam_time_verdict(hist, final, None, "does the final start at 10am")[0] is False
    assert exam_time_verdict(hist, final, None, "does the exam finish at 12:30") == (
        True,
        "Final examination ends at 12:30 PM.",
    )
    assert asks_end("is it over by then")
    assert not asks_end("when does it start")


def test_no_verdict_for_a_bound_or_two_times(hist) -> None:
    final = hist.exam("final")
    assert exam_time_verdict(hist, final, None, "does the exam start before 10am") is None
    assert exam_time_verdict(hist, final, None, "is the exam from 9:30 to 12:30") is None
    assert exam_time_verdict(hist, final, None, "when is the exam") is None


def test_an_end_stated_is_never_judged_against_the_start(hist) -> None:
    """ "does the exam finish at 12:30" read with a time: the end decides, not "No: starts at 9:30"."""
    _, said = reply(hist, "does the exam finish at 12:30", "2024-11-22 10:00")
    assert said.splitlines()[2].startswith("Yes")
    _, said = reply(hist, "does the exam start at half nine", "2024-11-22 10:00")
    assert said.splitlines()[2].startswith("Yes")


def test_a_change_of_clocks_is_no_bound(hist) -> None:
    """ "still at 9:30 after the clocks go back": the time stated is judged, "after" belongs to the clocks."""
    final = hist.exam("final")
    yes, why = exam_time_verdict(hist, final, None, "the exam is still at 9:30 after the clocks go back right")
    assert yes is True
    assert "change of clocks does not move it" in why
    assert exam_time_verdict(hist, final, None, "does the exam start at 10 once we fall back")[0] is False
    assert exam_time_verdict(hist, final, None, "does the exam start after 10") is None  # a bound still


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("the final is still at 9:30 after the clocks go back, right?", "Yes"),
        ("final starts at 10 once daylight saving ends right", "No"),
        ("is the exam at 9:30 after the time change", "Yes"),
    ],
)
def test_an_exam_time_across_a_change_of_clocks_gets_its_yes_or_no(hist, question, word) -> None:
    _, said = reply(hist, question, "2024-10-20 10:00")
    assert said.splitlines()[2].startswith(word), said
    assert "9:30 AM" in said


def test_another_sitting_at_the_time_asked_is_no_plain_no(stat) -> None:
    """STAT 187's midterm is at 7 PM, its alternate sitting at 3 PM the same day."""
    midterm = stat.exam("midterm")
    assert exam_time_verdict(stat, midterm, None, "is the midterm at 3pm") is None
    assert exam_time_verdict(stat, midterm, None, "is the midterm at 10am")[0] is False
    assert exam_time_verdict(stat, midterm, None, "is the midterm at 7pm")[0] is True
