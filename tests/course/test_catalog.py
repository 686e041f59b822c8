"""A folder of course folders: loaded together, ids unique, looked up by id; nothing global."""

from __future__ import annotations

import shutil

import pytest

from bot.core.errors import UserError
from bot.course.catalog import load_courses, reload_courses, served_courses
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


def test_a_folder_of_courses_is_chosen_per_server_and_one_course_is_not(courses_dir):
    """load_courses: each server picks (per_server); served_courses without a folder: one course, every server's."""
    assert load_courses(courses_dir).per_server
    one = served_courses(None, BUNDLED_DATA)
    assert not one.per_server
    assert [c.id for c in one] == ["10-605-s24"]
    assert served_courses(courses_dir, BUNDLED_DATA).per_server


def test_reload_keeps_a_broken_or_missing_course_and_takes_the_rest(courses_dir):
    """A broken folder is refused by name and its course keeps its old data; a removed folder's course stays
    too (its servers keep answering); a new folder is added; a duplicate id is refused."""
    before = load_courses(courses_dir)
    (courses_dir / "stat-187-f24" / "staff.toml").write_text("")
    result = reload_courses(courses_dir, before)
    assert sorted(result.refused) == ["stat-187-f24"]
    assert all(str(p).startswith("stat-187-f24/") for p in result.refused["stat-187-f24"])
    assert result.catalog.get("stat-187-f24") is before.get("stat-187-f24")
    assert result.catalog.get("10-605-s24") is not before.get("10-605-s24")  # read again
    assert result.catalog.per_server

    shutil.rmtree(courses_dir / "stat-187-f24")
    shutil.copytree(courses_dir / "10-605-s24", courses_dir / "twin")
    result = reload_courses(courses_dir, before)
    assert result.catalog.get("stat-187-f24") is before.get("stat-187-f24")
    assert "the folder is gone" in str(result.refused["stat-187-f24"][0])
    assert "also the id of 10-605-s24/" in str(result.refused["twin"][0])

    toml = courses_dir / "twin" / "course.toml"
    toml.write_text(toml.read_text().replace('id = "10-605-s24"', 'id = "10-605-f24"'))
    result = reload_courses(courses_dir, before)
    assert result.added == ("10-605-f24",)
    assert result.catalog.default_id == before.default_id
