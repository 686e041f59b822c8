"""A section named in another part only to ask where or when scopes the exam (bot.understand.exams.section_of_exam)."""

from __future__ import annotations

import pytest

from tests.understand.conftest import course_in, reply


@pytest.mark.parametrize(
    ("folder", "now", "question", "section", "shown", "hidden"),
    [
        (
            "data/stat-187-f24",
            "2024-10-01 10:00",
            "when's the midterm, and which room for section 1f",
            "1F",
            ["Wed Oct 23", "Bayview Auditorium"],
            ["Halvorsen Hall 100"],
        ),
        (
            "tests/fixtures/courses/chem-1310-s26",
            "2026-02-01 10:00",
            "where is the second midterm and what time for section 101",
            "101",
            ["Kessler Hall 120"],
            ["Bremer Auditorium"],
        ),
        (
            "tests/fixtures/courses/geo-2210-s25",
            "2025-05-01 10:00",
            "when is the map test and where for group nord",
            "Nord",
            ["Mon May 12", "H 0104"],
            ["H 0110"],
        ),
    ],
)
def test_the_section_asked_where_or_when_is_the_exams(folder, now, question, section, shown, hidden) -> None:
    result, said = reply(course_in(folder), question, now)
    exam = next(p for p in result.parts if p.intent == "exam" or p.slots.get("fact") == "exam_place")
    assert exam.slots.get("section") == section, said
    for fact in shown:
        assert fact in said, said
    for fact in hidden:
        assert fact not in said, said


@pytest.mark.parametrize(
    ("folder", "now", "question"),
    [
        ("data/stat-187-f24", "2024-10-01 10:00", "when is the midterm and where does section 1f meet"),
        ("tests/fixtures/courses/chem-1310-s26", "2026-02-01 10:00", "when is midterm 1 and who teaches section 102"),
    ],
)
def test_a_part_asking_of_the_sections_own_meetings_stays_its_own(folder, now, question) -> None:
    result, said = reply(course_in(folder), question, now)
    assert len(result.parts) == 2, said
    exam = next(p for p in result.parts if p.intent == "exam")
    assert not exam.slots.get("section"), said
