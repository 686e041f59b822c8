"""A topic held on each section's own day, asked by a student who names their section
(bot.understand.schedule.topic_section)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.course.loader import load_course
from tests.understand.conftest import reply

# STAT 187's discussion sections meet Wednesday (1A-1D), Thursday (1E, 1F) and Friday (1G, 1H): one worksheet row on
# each of those days, as a course whose sections work through the same topic on their own day lists it.
_DAYS = ("2024-10-23", "2024-10-24", "2024-10-25")


def _with_rows(schedule: str) -> str:
    """The schedule with a worksheet row on each day, each after the days before it (the format keeps days in order)."""
    blocks = schedule.split("\n[[day]]\n")
    for day in _DAYS:
        row = f'date = {day}\nkind = "discussion"\ntitle = "Worksheet 7: cross-validation by hand"\n'
        at = next(i for i, b in enumerate(blocks) if i and b.split("\n", 1)[0] > f"date = {day}")
        blocks.insert(at, row)
    return "\n[[day]]\n".join(blocks)


@pytest.fixture(scope="module")
def sectioned(tmp_path_factory):
    folder = tmp_path_factory.mktemp("course") / "stat-187-f24"
    shutil.copytree(Path("data/stat-187-f24"), folder)
    schedule = folder / "schedule.toml"
    schedule.write_text(_with_rows(schedule.read_text()))
    return load_course(folder)


@pytest.mark.parametrize(
    ("question", "day", "other", "meeting"),
    [
        ("im in 1e when is worksheet 7", "Thu Oct 24", "Wed Oct 23", "Discussion section 1E: 9:00 AM"),
        ("i'm in dis 1g, when do we do the cross-validation worksheet", "Fri Oct 25", "Thu Oct 24", "1G: 10:00 AM"),
    ],
)
def test_the_sections_own_day_with_its_time(sectioned, question, day, other, meeting):
    """Only the day the student's section meets for it, with the section's meeting (time and room)."""
    _, said = reply(sectioned, question, "2024-10-14 10:00")
    assert day in said
    assert other not in said
    assert meeting in said


def test_without_a_section_every_day_is_listed(sectioned):
    """No section named: every section's day, as before."""
    _, said = reply(sectioned, "when is worksheet 7", "2024-10-14 10:00")
    assert all(d in said for d in ("Wed Oct 23", "Thu Oct 24", "Fri Oct 25"))


@pytest.mark.parametrize(
    ("folder", "now", "question", "day", "other"),
    [
        (
            "tests/fixtures/courses/chem-1310-s26",
            "2026-03-04 14:00",
            "101 calorimetry lab what day",
            "Wed Mar 11",
            "Thu Mar 12",
        ),
        (
            "tests/fixtures/courses/chem-1310-s26",
            "2026-03-04 14:00",
            "when is the calorimetry lab for section 103",
            "Thu Mar 12",
            "Wed Mar 11",
        ),
        (
            "tests/fixtures/courses/geo-2210-s25",
            "2025-05-08 10:00",
            "nord drone mapping day when",
            "Wed May 21",
            "Thu May 22",
        ),
    ],
)
def test_a_topic_whose_rows_are_each_for_sections_is_the_named_sections_day(folder, now, question, day, other):
    """Rows of a topic the page marks for different sections ("Calorimetry lab" for 101 on Wednesday, for 102 and
    103 on Thursday), asked with a section named: that section's day, read surely, not the section's card."""
    result, said = reply(load_course(folder), question, now)
    assert [p.intent for p in result.parts] == ["topic"], said
    assert day in said, said
    assert other not in said, said
