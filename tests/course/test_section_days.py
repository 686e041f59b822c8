"""Schedule rows for some sections only, with a time and place of their own: read, and refused when wrong."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from bot.course.loader import CourseDataError, load_course
from tests.conftest import FIXTURES

CHEM = FIXTURES / "courses" / "chem-1310-s26"
GEO = FIXTURES / "courses" / "geo-2210-s25"
MAKE_UP = 'sections = ["102"]\nstart = 14:00:00\nend = 16:50:00\nroom = "Sorensen Hall 312"'


@pytest.fixture
def chem_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "chem"
    shutil.copytree(CHEM, folder)
    return folder


def _edit(folder: Path, old: str, new: str) -> None:
    path = folder / "schedule.toml"
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


def test_a_row_reads_its_sections_and_its_own_time_and_room():
    """The make-up lab is for section 102 only, 2:00-4:50 PM course time, in its own room; others are for everyone."""
    course = load_course(CHEM)
    row = next(r for r in course.schedule if r.title.startswith("Make-up calorimetry lab"))
    assert row.sections == ("102",)
    assert row.start == dt.datetime(2026, 3, 13, 14, 0, tzinfo=course.tz)
    assert row.end == dt.datetime(2026, 3, 13, 16, 50, tzinfo=course.tz)
    assert row.room == "Sorensen Hall 312"
    assert row.for_label == "Lab 102"
    assert (row.is_for("102"), row.is_for("101"), row.is_for(None)) == (True, False, True)
    lecture = next(r for r in course.schedule if r.kind == "lecture")
    assert (lecture.sections, lecture.start, lecture.room, lecture.for_label) == ((), None, "", "")


def test_a_section_named_by_its_name_is_labelled_so():
    """GEO's group Sued is 'Practical group Süd' to a student: the row says whom it is for in those words."""
    course = load_course(GEO)
    labels = {r.for_label for r in course.schedule if r.title.startswith("Drone mapping")}
    assert labels == {"Field practical Nord", "Field practical (Practical group Süd)"}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            'sections = ["102"]\nstart',
            'sections = ["L9"]\nstart',
            ["(Make-up calorimetry lab", "'sections'", "unknown section 'L9'", "101, 102"],
        ),
        (
            "end = 16:50:00",
            "end = 13:00:00",
            ["(Make-up calorimetry lab", "'end'", "ends (13:00) before it starts (14:00)"],
        ),
        ("start = 14:00:00\n", "", ["(Make-up calorimetry lab", "'end'", "an end needs a start"]),
        (
            MAKE_UP,
            'sections = ["102"]',
            ["(Make-up calorimetry lab", "'sections'", "section 102 has no lab on Friday 2026-03-13", "own start"],
        ),
        (
            'sections = ["101"]',
            'sections = ["101", "102"]',
            ["(Calorimetry lab)", "'sections'", "section 102 has no lab on Wednesday 2026-03-11"],
        ),
        (
            'title = "Spring break"\n',
            'title = "Spring break"\nstart = 10:00:00\n',
            ["(Spring break)", "'start'", "no class time"],
        ),
    ],
)
def test_a_wrong_section_row_is_refused_naming_file_row_and_field(chem_copy, old, new, expected):
    """Each mistake names schedule.toml, the row by date and title, and the field."""
    _edit(chem_copy, old, new)
    with pytest.raises(CourseDataError) as info:
        load_course(chem_copy)
    problems = [str(p) for p in info.value.problems]
    assert any(all(part in p for part in ["schedule.toml", "day 2026-", *expected]) for p in problems), problems
