"""A day when only some sections meet, asked of "class" by a student whose section is not known
(bot.understand.meetings.sections_only)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.understand.meetings.sections_only import sections_only
from tests.understand.conftest import course_in, first_line, reply

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("folder", "now", "question", "shown"),
    [
        ("data/stat-187-f24", "2024-10-01 10:00", "is there class on friday", ["Discussion section 1G", "1H"]),
        ("tests/fixtures/courses/chem-1310-s26", "2026-03-02 08:00", "is there class on thursday", ["Lab 102"]),
    ],
)
def test_sections_of_a_kind_not_called_class_are_no_class(folder, now, question, shown) -> None:
    """Only section meetings of a kind the course does not call class: No, saying which sections meet."""
    _, said = reply(course_in(folder), question, now)
    assert first_line(said).startswith("No"), said
    assert "only these sections meet" in said, said
    for name in shown:
        assert name in said, said


def test_a_kind_the_course_calls_class_is_a_yes() -> None:
    """A kind named "... class" by the course counts as class: Yes, naming each section's meeting."""
    stat = course_in("data/stat-187-f24")
    kinds = tuple(replace(k, name="Problem class") if k.id == "discussion" else k for k in stat.meeting_kinds)
    course = replace(stat, meeting_kinds=kinds)
    found = sections_only(course, D("2024-10-04"))
    assert found is not None
    assert found[0] is True
    assert "Problem class 1G" in found[1]
    assert sections_only(stat, D("2024-10-04"))[0] is False


def test_no_section_meeting_leaves_the_day_alone() -> None:
    """A day when no section meets: nothing to add."""
    assert sections_only(course_in("data/stat-187-f24"), D("2024-12-25")) is None


@pytest.mark.parametrize(
    ("folder", "now", "question", "shown"),
    [
        ("tests/fixtures/courses/chem-1310-s26", "2026-02-09 10:00", "do we have anything tomorrow", "Recitation 101"),
        ("data/stat-187-f24", "2024-10-15 10:00", "is anything on tomorrow", "Discussion section 1A"),
    ],
)
def test_any_meeting_asked_is_a_yes_naming_the_sections(folder, now, question, shown) -> None:
    """ "do we have anything tomorrow" when only some sections meet: Yes, naming which, never a No for lectures."""
    _, said = reply(course_in(folder), question, now)
    assert first_line(said).startswith("Yes: only these sections meet"), said
    assert shown in said
