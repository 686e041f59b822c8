"""A question about what a policy's "not on the page" note leaves out (bot.understand.note_asked), whichever card."""

from __future__ import annotations

import pytest

from bot.understand.note_asked import note_asked
from tests.understand.conftest import reply


@pytest.mark.parametrize(
    "question",
    [
        "what are the exact dates of the alps excursion",
        "exact dates for the field trip?",
        "whats the exact cost of the excursion",
    ],
)
def test_the_notes_own_words_ask_about_the_missing_part(geo, question):
    assert note_asked(geo, question) is not None


@pytest.mark.parametrize(
    "question", ["is the excursion required", "where does the field trip go", "what dates are exams"]
)
def test_the_policy_or_the_note_alone_is_not_enough(geo, question):
    assert note_asked(geo, question) is None


def test_a_course_whose_notes_name_nothing_answers_none(stat):
    assert note_asked(stat, "how long is the final exam") is None


def test_the_note_is_said_as_unknown(geo):
    result, said = reply(geo, "what are the exact dates of the alps excursion", "2025-05-08 09:30")
    assert result.answer.kind == "unknown", said
