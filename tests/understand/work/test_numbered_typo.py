"""A misspelled series word before its number reads as the course's own series word."""

from __future__ import annotations

import pytest

from bot.understand.words.lexicon import Lexicon
from bot.understand.work.numbered_typo import numbered_respelled, series_heads
from tests.understand.conftest import course_in, reply

HEADS = frozenset({"sheet", "blatt", "quiz"})
KNOWN = frozenset({"set", "due", "date", "when", "is", "sheet"})


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("shet 10 due date", "sheet 10 due date"),  # "set" is as near, but the course numbers sheets
        ("when is blat 7 due", "when is blatt 7 due"),
        ("qiuz 4", "quiz 4"),
        ("set 10 due date", "set 10 due date"),  # a known word is meant as typed
        ("shet due date", "shet due date"),  # no number after it: the ordinary typo fix reads it
        ("sxyz 3", "sxyz 3"),  # nothing near
    ],
)
def test_the_word_before_a_number(said, read):
    assert numbered_respelled(said, HEADS, KNOWN) == read


def test_two_series_words_as_near_leave_it_as_typed():
    assert numbered_respelled("sat 3", frozenset({"set", "sap"}), frozenset()) == "sat 3"


def test_the_heads_are_the_words_right_before_the_numbers(stat):
    assert {"homework", "set"} <= series_heads(Lexicon(stat).series)


def test_a_course_numbering_sheets_reads_a_misspelled_sheet_with_its_number():
    course = course_in("tests/fixtures/courses/geo-2210-s25")
    result, said = reply(course, "shet 2 due date pls", "2025-03-25 10:00")
    assert [list(p.slots.get("assignments")) for p in result.parts] == [["sheet2"]]
    assert "Mar 31" in said
