"""Someone only the schedule names (bot.understand.people.named_on_schedule): the rows naming them."""

from __future__ import annotations

import pytest

from bot.understand.people.named_on_schedule import rows_naming
from tests.understand.conftest import course_in

CHEM = "tests/fixtures/courses/chem-1310-s26"


def test_a_guest_speaker_by_surname_or_full_name():
    course = course_in(CHEM)
    (row,) = rows_naming(course, ["dr", "raman"])
    assert "Priya Raman" in course.schedule[row].title
    assert rows_naming(course, ["priya", "raman"]) == [row]


@pytest.mark.parametrize(
    "asked",
    [
        ["dr"],  # a title alone names no one
        ["whitfield"],  # named nowhere
        ["of"],  # too short to be a name
        ["the", "chemistry"],  # "The" and "chemistry": not every word is a capitalised word of one title
    ],
)
def test_no_rows_for_words_naming_no_one(asked):
    assert rows_naming(course_in(CHEM), asked) == []
