"""Which section a member of staff runs (bot.understand.people.person_sections), in each course's word for a section."""

from __future__ import annotations

import pytest

from bot.understand.people.person_sections import person_sections_answer
from tests.understand.conftest import course_in, reply

STAT = "data/stat-187-f24"
HIST = "tests/fixtures/courses/hist-210-a24"


@pytest.mark.parametrize(
    ("folder", "question", "person"),
    [
        (STAT, "which section does marco teach", "marco-bellini"),
        (STAT, "what discussion section is priya in", "priya-raman"),
        (HIST, "which tutorial group does tomas take", "tomas-reyes"),
        (HIST, "what group is hannah lindqvist in charge of", "hannah-lindqvist"),
    ],
)
def test_asked_by_name_it_is_their_sections(folder, question, person):
    result, said = reply(course_in(folder), question, "2024-11-04 10:00")
    assert [p.intent for p in result.parts] == ["person_sections"], said
    assert result.parts[0].slots["person"] == person


@pytest.mark.parametrize(
    "question",
    ["what group project does marco grade", "what are priya's office hours for section 1a", "which section is 1c"],
)
def test_a_section_named_for_something_else_is_not_whose_it_is(question):
    result, said = reply(course_in(STAT), question, "2024-11-04 10:00")
    assert "person_sections" not in [p.intent for p in result.parts], said


def test_the_answer_names_each_section_or_says_the_page_lists_none():
    stat = course_in(STAT)
    said = person_sections_answer(stat, "marco-bellini")
    assert "Discussion 1C and Discussion 1D" in str(said.lines)
    none = person_sections_answer(stat, "lin-qiao")
    assert none.kind == "unknown"
    assert "doesn't list a section" in str(none.lines)
