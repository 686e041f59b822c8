"""The morning digest names whom a section-only row is for, with its own time and place, and never gives one
section's time as everyone's."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.announce.planner import AnnounceConfig, digest_answer
from bot.core.render_text import answer_text
from bot.course.loader import load_course
from tests.conftest import FIXTURES, local


@pytest.mark.parametrize(
    ("course_id", "day", "present", "absent"),
    [
        (
            "chem-1310-s26",
            "2026-03-13",
            ["Make-up calorimetry lab · Lab 102 · 2:00 PM CDT – 4:50 PM CDT · Sorensen Hall 312"],
            ["Sorensen Hall 310"],
        ),
        (
            "chem-1310-s26",
            "2026-03-12",
            ["Calorimetry lab · Lab 102, 103 · Lab 102 1:00 PM CDT", "Lab 103 6:00"],
            [],
        ),
        (
            "geo-2210-s25",
            "2025-06-13",
            [
                "Project presentations · Colloquium Nord · 12:00 PM CEST – 12:30 PM CEST",
                "(Practical group Süd) · 12:30",
            ],
            ["Colloquium: 12:00 PM CEST – 1:00 PM CEST"],
        ),
    ],
)
def test_a_section_only_row_in_the_digest_names_its_sections_and_their_time(course_id, day, present, absent):
    """The digest's line for a row for some sections says which, and when and where each holds it."""
    course = load_course(FIXTURES / "courses" / course_id)
    answer = digest_answer(course, dt.date.fromisoformat(day), AnnounceConfig())
    said = answer_text(answer, course.tz, local(course, f"{day} 07:00"))
    assert all(p in said for p in present), said
    assert not any(a in said for a in absent), said
