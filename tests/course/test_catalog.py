"""A folder of course folders: loaded together, ids unique, looked up by id; nothing global."""

from __future__ import annotations

import shutil

import pytest

from bot.core.errors import UserError
from bot.course.catalog import load_courses
from bot.course.loader import BUNDLED_DATA, CourseDataError
from tests.conftest import SECOND_DATA


@pytest.fixture
def courses_dir(tmp_path):
    root = tmp_path / "courses"
    root.mkdir()
    shutil.copytree(BUNDLED_DATA, root / "10-605-s24")
    shutil.copytree(SECOND_DATA, root / "stat-187-f24")
    (root / "notes").mkdir()  # not a course folder: ignored
    return root


def test_every_course_folder_is_loaded(courses_dir):
    """Both courses load, by id (any case); the default is the first unless one is named."""
    catalog = load_courses(courses_dir)
    assert sorted(c.id for c in catalog) == ["10-605-s24", "stat-187-f24"]
    assert catalog.get("STAT-187-F24").tz.key == "America/Los_Angeles"
    assert catalog.get(None).id == "10-605-s24"
    assert load_courses(courses_dir, default="stat-187-f24").default.id == "stat-187-f24"
    assert [value for _, value in catalog.choices("stat")] == ["stat-187-f24"]
    with pytest.raises(UserError, match="10-605-s24, stat-187-f24"):
        catalog.get("nope")


def test_course_ids_must_be_unique(courses_dir):
    """Two folders with one course id are refused, naming both."""
    shutil.copytree(courses_dir / "stat-187-f24", courses_dir / "stat-copy")
    with pytest.raises(CourseDataError) as info:
        load_courses(courses_dir)
    assert any(
        "stat-copy/course.toml" in str(p) and "also the id of stat-187-f24" in str(p) for p in info.value.problems
    )


def test_problems_name_the_course_folder(courses_dir):
    """A broken course is reported with its folder's name in front of the file."""
    (courses_dir / "stat-187-f24" / "staff.toml").write_text("")
    with pytest.raises(CourseDataError) as info:
        load_courses(courses_dir)
    assert any(str(p).startswith("stat-187-f24/staff.toml") for p in info.value.problems)


def test_an_empty_folder_is_refused(tmp_path):
    with pytest.raises(CourseDataError, match="no course folders"):
        load_courses(tmp_path)
