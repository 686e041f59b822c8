"""Nouns a course names that are also verbs: "book" as a verb names no policy (bot.understand.words.verb_senses)."""

from __future__ import annotations

import pytest

from bot.understand.words.verb_senses import noun_as_verb
from tests.understand.conftest import course_in, reply


@pytest.mark.parametrize(
    ("tokens", "index", "verb"),
    [
        ("how do i book my visa appointment", 3, True),  # a subject before it
        ("need to book a room", 2, True),  # "to" before it
        ("can someone book the lab", 2, True),  # what is booked after it
        ("is there a book for this class", 3, False),  # a determiner before it: the noun
        ("do we need the book", 4, False),
        ("book", 0, False),  # alone: the noun
        ("which book do we use", 1, False),
        ("how do i submit my essay", 3, False),  # not a noun that is also a verb
    ],
)
def test_book_is_a_verb_after_a_subject_or_before_what_is_booked(tokens, index, verb):
    """ "book" after a subject, a modal or "to", or before a determiner, is the verb; after a determiner, the noun."""
    assert noun_as_verb(tokens.split(), index) is verb


def test_booking_something_outside_the_course_finds_no_textbook():
    """ "how do i book my visa appointment" is outside the course; "is there a book" still finds the textbooks."""
    course = course_in("data/10-605-s24")
    result, said = reply(course, "how do i book my visa appointment", "2024-02-12 10:00")
    assert result.answer.kind == "unknown", said
    result, said = reply(course, "is there a book for the course", "2024-02-12 10:00")
    assert "Textbooks" in said
