"""Whether anything else is due, asked with the thing the student already knows of ("besides the quiz")."""

from __future__ import annotations

import pytest

from bot.understand.work.besides import besides_asked, besides_from, left_besides


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("anything due next week besides studying for exam 2??", "studying for exam 2"),
        ("is there anything due this week other than hw3", "hw3"),
        ("any deadlines next week apart from the lab report", "the lab report"),
        ("whats due next week besides hw3", None),  # asks what, not whether
        ("anything due next week", None),
    ],
)
def test_besides_asked(question, words):
    """The words after "besides" of a question asking whether anything else is due; None for any other question."""
    assert besides_asked(question) == words


def test_left_besides_drops_what_the_words_name(course):
    """The items named after "besides" are not counted as anything else due."""
    items = [course.assignment("hw3"), course.assignment("hw4a")]
    assert [a.id for a in left_besides(items, "hw3")] == ["hw4a"]
    assert [a.id for a in left_besides(items, "studying for exam 1")] == ["hw3", "hw4a"]


@pytest.mark.parametrize(
    ("question", "at"),
    [
        ("anything due this week other than hw3", 6),
        ("anything due besides hw3", 3),
        ("is there anything due apart from hw 3", 6),
        ("anything due except for the quiz", 4),
        ("when is hw3 due", None),  # nothing set aside
        ("whats due other than hw3", None),  # asks what, not whether anything else
    ],
)
def test_besides_from(question, at):
    """Where the work set aside begins among the question's words, so that work is not read as what is asked."""
    assert besides_from(question, question.split()) == at
