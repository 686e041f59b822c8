"""An exam's "sections" are its parts unless the asker's own section is meant."""

from __future__ import annotations

import pytest

from bot.understand.exams.exam_parts import sections_are_parts


@pytest.mark.parametrize(
    "tokens",
    [
        ["how", "many", "sections", "does", "the", "final", "have"],
        ["is", "the", "midterm", "in", "two", "sections"],
    ],
)
def test_sections_of_an_exam_are_its_parts(tokens):
    assert sections_are_parts(tokens)


@pytest.mark.parametrize(
    "tokens",
    [
        ["which", "section", "is", "my", "final", "in"],
        ["where", "does", "each", "section", "sit", "the", "midterm"],
        ["how", "long", "is", "the", "final"],
    ],
)
def test_the_askers_own_section_or_no_section_word_is_not_parts(tokens):
    assert not sections_are_parts(tokens)
