"""The question mark that closed a part of a split question stays on that part (bot.understand.question.asked_marks)."""

from __future__ import annotations

import pytest

from bot.understand.question.asked_marks import asked_marks_kept


@pytest.mark.parametrize(
    ("question", "pieces", "kept"),
    [
        (
            "hw5 due on a wednesday? what date",
            ["hw5 due on a wednesday", "what date"],
            ["hw5 due on a wednesday?", "what date"],
        ),
        ("when is hw3 due and where", ["when is hw3 due", "where"], ["when is hw3 due", "where"]),
        ("is it at 5 ?? and till when?", ["is it at 5", "till when"], ["is it at 5?", "till when?"]),
        # a piece not found as typed is left as it is
        (
            "when is lecture next week and where",
            ["when is lecture next week", "where is lecture"],
            ["when is lecture next week", "where is lecture"],
        ),
    ],
)
def test_each_piece_keeps_its_own_question_mark(question, pieces, kept):
    assert asked_marks_kept(question, pieces) == kept
