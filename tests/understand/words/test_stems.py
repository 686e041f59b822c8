"""A text's word stems, as questions and the course's wording are compared: respelled, stemmed, a stop list left out."""

from __future__ import annotations

import pytest

from bot.understand.words.stems import word_stems
from bot.understand.words.vocabulary import STOPWORDS


@pytest.mark.parametrize(
    ("text", "leaving_out", "expected"),
    [
        ("Calculators are allowed", (), {"calculator", "are", "allow"}),
        ("Calculators are allowed", STOPWORDS, {"calculator", "allow"}),
        ("can i bring a calculator", STOPWORDS, {"bring", "calculator"}),
        ("Non-graphing calcs", (), {"non", "graph", "calculator"}),  # "calcs" respelled as the word it clips
        ("the notes are classes", {"the", "are"}, {"note", "class"}),
        ("hw3 exams", STOPWORDS, {"hw3", "exam"}),
        ("the a an", STOPWORDS, set()),
    ],
)
def test_word_stems_are_the_stems_of_the_words_not_left_out(text, leaving_out, expected):
    """Each word respelled and stemmed ("notes" is "note", "classes" "class"); a word of `leaving_out` never counts."""
    assert word_stems(text, leaving_out) == expected
