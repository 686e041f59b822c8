"""A follow-on part ("..., and is it before or after spring break") is about the work the part before it answered."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.timefmt import parse_now
from bot.course.loader import load_course
from bot.understand.engine import read_question

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("folder", "now", "question", "subject"),
    [
        ("data/10-605-s24", "2024-02-12T10:00", "what's due after hw3, and is it before or after spring break", "hw4a"),
        ("data/stat-187-f24", "2024-10-09T10:00", "whats due after ps6 and is it before or after thanksgiving", "ps7"),
        (
            "tests/fixtures/courses/geo-2210-s25",
            "2025-03-20T10:00",
            "what is due after sheet 3 and is it before or after the easter break",
            "excursion-reg",
        ),
    ],
)
def test_it_is_the_next_item(folder: str, now: str, question: str, subject: str) -> None:
    """Two parts: the next item after the named one, then that item (not the named one) against the break."""
    course = load_course(ROOT / folder)
    parts = read_question(course, question, parse_now(now, course.tz)).as_json()["parts"]
    assert [p["intent"] for p in parts] == ["next_due", "assignment_due"]
    assert parts[1]["slots"]["assignments"] == [subject]


def test_a_part_about_the_named_item_is_left_alone() -> None:
    """ "when is hw3 due and is it before spring break": "it" is HW3 (no "next" asked before it)."""
    course = load_course(ROOT / "data" / "10-605-s24")
    result = read_question(
        course, "when is hw3 due and is it before spring break", parse_now("2024-02-12T10:00", course.tz)
    )
    assert all(p["slots"].get("assignments", ["hw3"]) == ["hw3"] for p in result.as_json()["parts"])
