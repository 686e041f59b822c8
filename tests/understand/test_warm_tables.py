"""Startup warming (bot.understand.engine.warm) builds every per-course table a question's reader needs, so a new
question never pays for building one (issue 12: no first-use spike inside a request)."""

from __future__ import annotations

import dataclasses

import pytest

from bot.understand.engine import read_question, warm
from bot.understand.schedule import days_off_asked
from tests.conftest import local
from tests.understand.conftest import course_in, tables_built_after_warming

CHEM = "tests/fixtures/courses/chem-1310-s26"
COURSES = ("data/10-605-s24", "data/stat-187-f24", CHEM, "tests/fixtures/courses/geo-2210-s25")


@pytest.mark.parametrize("folder", COURSES)
@pytest.mark.parametrize(
    "question",
    [
        "grading breakdown",
        "how much is the peer review worth",
        "when do we get our marks back",
        "can i go to another section this week",
        "where do i buy a lab coat",
        "how many people per group",
        "what happens if i dont submit the reflection",
        "what if i miss the bus",
        "is the final curved",
    ],
)
def test_no_per_course_table_is_built_by_a_question_after_warming(folder, question, monkeypatch):
    """After warm(), a question on a part's worth, marks coming back, attending another section, where to buy
    something, a group's size, work not done, a thing missed or a curve builds no per-course table."""
    course, built = tables_built_after_warming(folder, monkeypatch)
    read_question(course, question, local(course, "2024-02-12T10:00"))
    assert [k for k in built if not isinstance(k, tuple) and not isinstance(k, int)] == []  # days, answers: per ask


@pytest.mark.parametrize("folder", COURSES)
def test_days_without_class_are_read_with_patterns_built_at_warming(folder):
    """After warm(), asking for the days without class (or without one kind of meeting) compiles no pattern."""
    course = dataclasses.replace(course_in(folder))
    warm(course)
    built = days_off_asked._asked.cache_info().misses
    for question in ("which days have no class", "are there weeks with no lectures", "any days without lab"):
        read_question(course, question, local(course, "2024-02-12T10:00"))
    assert days_off_asked._asked.cache_info().misses == built
