"""A question about what a policy's "not on the page" note leaves out (bot.understand.policies.note_asked), whichever
card."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.policies.note_asked import clause_asked, note_asked
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


def test_one_clause_of_a_list_of_things_left_out(second_course):
    """A note listing several things the page leaves out: a "when" question about one of them (in other words for
    its verb) is that one clause; a question about what the page does say is none."""
    note = "The date on which seat numbers are announced; how an exam clash is resolved; the room of section 1D."
    policies = tuple(replace(p, missing=note) if i == 0 else p for i, p in enumerate(second_course.policies))
    course = replace(second_course, policies=policies)
    said = clause_asked(course, "when will the seat numbers be released")
    assert said == "Not on the course page: the date on which seat numbers are announced."
    assert clause_asked(course, "what are the seat numbers") is None  # not its date
    assert clause_asked(course, "when is the exam") is None
    assert clause_asked(course, "where is section 1d held") == "Not on the course page: the room of section 1D."
