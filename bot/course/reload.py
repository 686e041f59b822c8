"""/admin reload's course checks: the course data read again, and only data that passes every check goes into
service (a broken folder is refused and its course keeps its old data)."""

from __future__ import annotations

from pathlib import Path

from bot.course.catalog import CourseCatalog, Reloaded, reload_courses
from bot.course.loader import CourseDataError, load_course


def reload_served(before: CourseCatalog, data_dir: Path, courses_dir: Path | None = None) -> Reloaded:
    """The courses read again: a folder of courses stays one (servers keep the course they picked; each folder is
    checked on its own), a single course is replaced only when its data has no problems."""
    if before.per_server:
        return reload_courses(courses_dir or Path(before.default.folder).parent, before)
    try:
        return Reloaded(CourseCatalog.single(load_course(data_dir)), {})
    except CourseDataError as err:
        return Reloaded(before, {data_dir.name: err.problems})
