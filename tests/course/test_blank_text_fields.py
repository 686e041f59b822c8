"""`coursebot check` refuses a blank id, title, short name or person's name (answers would show a blank heading,
commands an empty id), naming the file, the item and the field; a field left out still takes its default."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.course.loader import CourseDataError, load_course
from tests.conftest import BUNDLED_DATA, SECOND_DATA

BLANKS = [
    (SECOND_DATA, "assignments.toml", 'id = "ps2"', 'id = ""', ["assignments.toml", "field 'id': is empty"]),
    (SECOND_DATA, "assignments.toml", 'title = "Problem Set 3"', 'title = "  "', ["field 'title': is empty"]),
    (SECOND_DATA, "assignments.toml", 'short = "PS3"', 'short = ""', ["assignment 'ps3'", "field 'short': is empty"]),
    (SECOND_DATA, "exams.toml", 'title = "Midterm"', 'title = ""', ["exam 'midterm'", "field 'title': is empty"]),
    (BUNDLED_DATA, "assignments.toml", 'title = "Homework 1"', 'title = ""', ["assignment 'hw1'", "is empty"]),
    (BUNDLED_DATA, "staff.toml", 'name = "Ameet Talwalkar"', 'name = ""', ["person 'ameet-talwalkar'", "'name'"]),
    (BUNDLED_DATA, "staff.toml", 'id = "ameet-talwalkar"', 'id = " "', ["staff.toml", "field 'id': is empty"]),
]


def _edited(source: Path, tmp_path: Path, name: str, old: str, new: str) -> Path:
    target = tmp_path / source.name
    shutil.copytree(source, target)
    path = target / name
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    return target


@pytest.mark.parametrize(("source", "name", "old", "new", "said"), BLANKS)
def test_a_blank_name_or_id_is_refused(tmp_path, source, name, old, new, said):
    """The problem names where the blank is and says it is empty."""
    with pytest.raises(CourseDataError) as err:
        load_course(_edited(source, tmp_path, name, old, new))
    for part in said:
        assert part in str(err.value)


def test_a_short_name_left_out_is_the_title(tmp_path):
    """Leaving `short` out is not a blank: it is the title."""
    course = load_course(_edited(SECOND_DATA, tmp_path, "assignments.toml", 'short = "PS3"\n', ""))
    assert course.assignment("ps3").short == "Problem Set 3"
