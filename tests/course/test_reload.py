"""/admin reload's course checks: only data with no problems goes into service; a folder of courses stays one."""

from __future__ import annotations

import shutil

from bot.course.catalog import CourseCatalog, load_courses
from bot.course.loader import BUNDLED_DATA, load_course
from bot.course.reload import reload_served
from tests.conftest import SECOND_DATA


def test_one_course_with_good_data_is_replaced(data_copy):
    before = CourseCatalog.single(load_course(data_copy))
    result = reload_served(before, data_copy)
    assert result.refused == {}
    assert result.catalog is not before
    assert result.catalog.default.id == before.default.id


def test_one_course_with_broken_data_keeps_the_old(data_copy):
    before = CourseCatalog.single(load_course(data_copy))
    (data_copy / "staff.toml").write_text("this is = = not toml")
    result = reload_served(before, data_copy)
    assert result.catalog is before
    assert list(result.refused) == [data_copy.name]
    assert result.refused[data_copy.name]


def test_a_folder_of_courses_is_reloaded_as_one_folder_by_course(tmp_path):
    root = tmp_path / "courses"
    root.mkdir()
    shutil.copytree(BUNDLED_DATA, root / "10-605-s24")
    shutil.copytree(SECOND_DATA, root / "stat-187-f24")
    before = load_courses(root)
    (root / "stat-187-f24" / "staff.toml").write_text("")
    # The folder comes from the settings, or else from where the courses were read.
    for result in (reload_served(before, BUNDLED_DATA, root), reload_served(before, BUNDLED_DATA)):
        assert result.catalog.per_server
        assert list(result.refused) == ["stat-187-f24"]
        assert result.catalog.get("stat-187-f24") is before.get("stat-187-f24")
