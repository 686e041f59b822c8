"""The words that name an exam of any kind, singular and plural; words that only look like them are not among them."""

from __future__ import annotations

import pytest

from bot.understand.words.exam_words import EXAM_WORDS


@pytest.mark.parametrize(
    ("word", "names_an_exam"),
    [
        ("exam", True),
        ("exams", True),
        ("test", True),
        ("midterms", True),
        ("midsem", True),
        ("finals", True),
        ("quiz", True),
        ("quizzes", True),
        ("examiner", False),
        ("finale", False),
        ("testing", False),
        ("lab", False),
        ("homework", False),
    ],
)
def test_an_exam_is_named_by_its_kinds_words_in_either_number(word, names_an_exam):
    """ "the midterms" and "any quizzes" name exams as "the exam" does; "finale" or "testing" never do."""
    assert (word in EXAM_WORDS) is names_an_exam
