"""`coursebot check` refuses data that cannot be right before anything runs on it: a date in a year no course runs
in (9999, 1900), a term years long, a course id that could escape the feed's path or ping a role, a time with a
fraction of a second; and it shows values as the data writes them, never as Python reprs."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.course.loader import CourseDataError, load_course
from tests.conftest import BUNDLED_DATA, SECOND_DATA


def _edited(source: Path, tmp_path: Path, name: str, pattern: str, replacement: str) -> Path:
    """A copy of the course with the first line matching `pattern` in one file replaced."""
    target = tmp_path / source.name
    shutil.copytree(source, target)
    path = target / name
    text, count = re.subn(pattern, replacement, path.read_text(), count=1, flags=re.MULTILINE)
    assert count == 1, pattern
    path.write_text(text)
    return target


EDITS = [
    ("course.toml", r"^last = .*$", "last = 9999-12-31", ["[term_dates]", "'last'", "the year 9999 is outside"]),
    ("course.toml", r"^first = .*$", "first = 1900-01-01", ["[term_dates]", "'first'", "the year 1900 is outside"]),
    ("course.toml", r"^last = (\d{4})", "last = 2031", ["[term_dates]", "'last'", "years long: a typo?"]),
    ("course.toml", r'^id = ".*"$', 'id = "../../etc"', ["course.toml", "'id'", "letters, digits, dots, dashes"]),
    ("course.toml", r'^id = ".*"$', 'id = "@everyone"', ["course.toml", "'id'", "letters, digits, dots, dashes"]),
    ("assignments.toml", r"^due = (\S+)$", r"due = \1T17:00:00.5", ["'due'", "a fraction of a second"]),
    ("assignments.toml", r"^due = (\S+)$", r"due = [\1]", ["'due'", "found [20", "]"]),
]


@pytest.mark.parametrize("source", [BUNDLED_DATA, SECOND_DATA], ids=["10-605", "stat-187"])
@pytest.mark.parametrize(("name", "pattern", "replacement", "said"), EDITS)
def test_data_that_cannot_be_right_is_refused_naming_the_field(tmp_path, source, name, pattern, replacement, said):
    folder = _edited(source, tmp_path, name, pattern, replacement)
    with pytest.raises(CourseDataError) as caught:
        load_course(folder)
    problems = "\n".join(str(p) for p in caught.value.problems)
    assert all(part in problems for part in said), problems
    assert "datetime." not in problems, problems  # never a Python repr
    assert "tzinfo" not in problems, problems


@pytest.mark.parametrize("source", [BUNDLED_DATA, SECOND_DATA], ids=["10-605", "stat-187"])
def test_plausible_data_still_loads(tmp_path, source):
    """A term up to a few years long, an id with dots and underscores, a due time to the second: all fine."""
    folder = _edited(source, tmp_path, "course.toml", r'^id = ".*"$', 'id = "dept_course.2024-fall"')
    assert load_course(folder).id == "dept_course.2024-fall"
