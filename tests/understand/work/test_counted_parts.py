"""How many questions, pages or problems a named piece of work has: the work's card says it (from its notes) or
says the page does not, never a schedule topic or a policy sharing the counted word (bot.understand.work.counted_parts;
hostile4 finding 14)."""

from __future__ import annotations

import dataclasses

import pytest

from bot.understand.work.counted_parts import counted_part
from tests.understand.conftest import course_in, reply


def test_the_counted_part_is_the_word_after_how_many():
    assert counted_part(["how", "many", "questions", "are", "on", "quiz", "6"]) == 2
    assert counted_part(["how", "many", "quizzes", "are", "left"]) is None


@pytest.mark.parametrize(
    ("folder", "question", "now", "title", "counted"),
    [
        (
            "tests/fixtures/courses/chem-1310-s26",
            "how many questions are on quiz 6",
            "2026-03-04 14:00",
            "Quiz 6",
            "questions",
        ),
        ("data/10-605-s24", "how many problems are on hw 3", "2024-02-01 10:00", "Homework 3", "problems"),
        ("data/stat-187-f24", "how many questions on hw 3", "2024-10-01 10:00", "Problem Set 3", "questions"),
    ],
)
def test_a_count_the_page_does_not_give_is_said_so_on_the_works_card(folder, question, now, title, counted):
    _result, said = reply(course_in(folder), question, now)
    assert said.splitlines()[0] == title, said
    assert f"does not say how many {counted}" in said


def test_a_count_the_notes_give_is_shown():
    course = course_in("tests/fixtures/courses/chem-1310-s26")
    notes = "10 multiple-choice questions, 20 minutes."
    assignments = tuple(dataclasses.replace(a, notes=notes) if a.id == "quiz6" else a for a in course.assignments)
    _, said = reply(
        dataclasses.replace(course, assignments=assignments), "how many questions are on quiz 6", "2026-03-04 14:00"
    )
    assert "10 multiple-choice questions" in said
    assert "does not say how many" not in said
