"""Every exam is asked when a plural exam word outside every exam's name follows "all" or "every"."""

from __future__ import annotations

import pytest

from bot.understand.exams.every_exam import every_exam_asked


@pytest.mark.parametrize(
    ("question", "named", "asked"),
    [
        ("list all the tests and the final with dates", [(6, 7)], True),
        ("when are all of the exams incl the final", [(7, 8)], True),
        ("when are the tests and the final", [(5, 6)], False),  # no "all": the tests may be a series of their own
        ("is the final worth more than all the quizzes", [(2, 3)], False),  # quizzes are no exams asked
        ("all the class tests", [(2, 4)], False),  # the plural inside a name
    ],
)
def test_every_exam_asked(question, named, asked):
    """The tokens and the spans of the exams named decide."""
    assert every_exam_asked(question.split(), named) is asked
