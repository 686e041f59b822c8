"""A late outcome of "not accepted" or no credit says the way out the data gives: who may permit it, or how to
ask for an extension."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answers.late_terms import way_out
from bot.course.loader import load_course

ROOT = Path(__file__).resolve().parents[2]
COURSES = {
    "10-605-s24": ROOT / "data" / "10-605-s24",
    "stat-187-f24": ROOT / "data" / "stat-187-f24",
    "geo-2210-s25": ROOT / "tests" / "fixtures" / "courses" / "geo-2210-s25",
    "hist-210-a24": ROOT / "tests" / "fixtures" / "courses" / "hist-210-a24",
    "chem-1310-s26": ROOT / "tests" / "fixtures" / "courses" / "chem-1310-s26",
}


@pytest.mark.parametrize(
    ("course", "status", "said"),
    [
        ("10-605-s24", "not-accepted", "only with permission from the Head TAs or the Professors"),
        ("stat-187-f24", "not-accepted", "only with permission from the instructor"),
        ("geo-2210-s25", "not-accepted", "The way out is an extension: ask the lecturer"),
        ("hist-210-a24", "not-accepted", "The way out is an extension: ask the Module Convenor"),
        ("10-605-s24", "no-credit", "The way out is an extension: ask the Head TAs, at least 5 days"),
        ("chem-1310-s26", "not-accepted", "only with permission from Dr. Okafor (emergencies only)"),
    ],
)
def test_way_out_from_the_data(course: str, status: str, said: str) -> None:
    assert said in way_out(load_course(COURSES[course]), status)


@pytest.mark.parametrize("status", ["on-time", "grace", "penalty"])
def test_no_way_out_when_nothing_is_lost(status: str) -> None:
    assert way_out(load_course(COURSES["10-605-s24"]), status) == ""


def test_work_not_accepted_late_has_no_permission_way_out() -> None:
    """A quiz that is not accepted late (its own rule): the way out is an extension, not the cutoff's permission."""
    course = load_course(COURSES["chem-1310-s26"])
    said = way_out(course, "not-accepted", course.assignment("quiz6"))
    assert said.startswith("The way out is an extension: ask Dr. Okafor")
