"""Several exams asked about at once: each gets its own answer (bot.understand.exams.each_one)."""

from __future__ import annotations

import pytest

from tests.understand.conftest import course_in, reply


@pytest.mark.parametrize(
    ("folder", "now", "question", "exams", "shown"),
    [
        (
            "tests/fixtures/courses/geo-2210-s25",
            "2025-05-08 09:30",
            "i'm new and the page mentions a klausur and a map test. when is each one and what do i bring to them?",
            ["klausur", "maptest"],
            ["Wed Jun 18", "Mon May 12", "pencil"],
        ),
        (
            "data/stat-187-f24",
            "2024-10-01 10:00",
            "when are the midterm and the final",
            ["midterm", "final"],
            ["Midterm", "Final exam"],
        ),
    ],
)
def test_each_exam_named_or_pointed_back_at_is_answered(folder, now, question, exams, shown) -> None:
    result, said = reply(course_in(folder), question, now)
    asked = [p.slots["exam"] for p in result.parts if p.intent == "exam"]
    assert set(asked) == set(exams), said
    for fact in shown:
        assert fact in said, said
