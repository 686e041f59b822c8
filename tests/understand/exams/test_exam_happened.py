"""Whether an exam has taken place, asked in everyday words (bot.understand.exams.exam_happened): read only when asked,
decided by the exam's times, never its room for "take place"."""

from __future__ import annotations

import pytest

from bot.understand.answering.asked import Asked
from bot.understand.exams.exam_happened import happened_asked
from tests.conftest import at
from tests.understand.conftest import first_line, reply


@pytest.mark.parametrize(
    ("question", "yes_no", "asked"),
    [
        ("the midterm already happened right?", True, True),
        ("cat 1 already happened?", False, True),  # a statement asked back
        ("did the final take place already", True, True),
        ("has midterm 2 happened", True, True),
        ("is the final over yet", True, True),
        ("the midterm already happened, what was the average", False, False),  # told, then another question
        ("when does the final take place", False, False),
    ],
)
def test_asked_not_told(stat, question, yes_no, asked):
    """Only a question about it having happened, not a story that says so."""
    said = Asked(stat, at("2024-10-30 10:00"), None, None, None, yes_no, question)
    assert happened_asked(said) is asked


def test_take_place_is_not_where(stat):
    """ "did the final take place already": its day decides, not its room."""
    _, said = reply(stat, "did the final take place already", "2024-12-13 10:00")
    assert first_line(said).startswith("Yes: Final exam was on Thu Dec 12"), said
