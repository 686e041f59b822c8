"""One bot, many courses: a folder of course folders, loaded and checked together, looked up by course id.

Nothing here is global: a catalog is a value the caller holds (the bot, the CLI, the feed), and every answer
takes the course it is about as an argument.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bot.core.errors import UserError
from bot.core.matching import fold
from bot.course.checked_toml import Problem
from bot.course.loader import CourseDataError, load_course
from bot.course.model import Course


def is_course_folder(folder: Path) -> bool:
    return (folder / "course.toml").is_file()


@dataclass(frozen=True)
class CourseCatalog:
    """The courses a bot serves, by id, with the one used when nothing else is chosen."""

    courses: dict[str, Course] = field(default_factory=dict)
    default_id: str = ""
    # True for a folder of courses (COURSEBOT_COURSES): each server picks its own. False: one course, every server's.
    per_server: bool = False

    def __iter__(self) -> Iterator[Course]:
        return iter(self.courses.values())

    def __len__(self) -> int:
        return len(self.courses)

    @property
    def default(self) -> Course:
        return self.courses[self.default_id]

    def find(self, course_id: str) -> Course | None:
        """A course by id (any case), or None."""
        wanted = fold(course_id)
        return next((c for c in self.courses.values() if fold(c.id) == wanted), None)

    def get(self, course_id: str | None) -> Course:
        """A course by id (any case), or the default for None; UserError naming the courses there are."""
        if course_id is None:
            return self.default
        found = self.find(course_id)
        if found is not None:
            return found
        raise UserError(f"There is no course {course_id!r}. Courses: {', '.join(self.courses)}.")

    def choices(self, typed: str = "") -> list[tuple[str, str]]:
        """(label, id) pairs for autocomplete (`/setup course`)."""
        q = fold(typed)
        return [
            (f"{c.code} {c.name} ({c.term})"[:100], c.id)
            for c in self.courses.values()
            if not q or q in fold(f"{c.id} {c.code} {c.name} {c.term}")
        ]

    @classmethod
    def single(cls, course: Course) -> CourseCatalog:
        return cls({course.id: course}, course.id)


def load_courses(folder: str | Path, default: str | None = None) -> CourseCatalog:
    """Every course folder in `folder` (a folder with course.toml), checked; CourseDataError lists every problem.

    Problems are prefixed with the course folder's name. Two folders with one course id are refused.
    """
    root = Path(folder)
    if not root.is_dir():
        raise CourseDataError([Problem(str(root), "", "", "no such folder of courses")])
    folders = sorted(p for p in root.iterdir() if p.is_dir() and is_course_folder(p))
    if not folders:
        raise CourseDataError([Problem(str(root), "", "", "no course folders in it (each needs a course.toml)")])
    problems: list[Problem] = []
    courses: dict[str, Course] = {}
    origin: dict[str, str] = {}
    for path in folders:
        try:
            course = load_course(path)
        except CourseDataError as err:
            problems += [Problem(f"{path.name}/{p.file}", p.item, p.field, p.message) for p in err.problems]
            continue
        if course.id in courses:
            problems.append(
                Problem(f"{path.name}/course.toml", "", "id", f"{course.id!r} is also the id of {origin[course.id]}/")
            )
            continue
        courses[course.id] = course
        origin[course.id] = path.name
    if problems:
        raise CourseDataError(problems)
    chosen = default or next(iter(courses))
    if chosen not in courses:
        raise CourseDataError([Problem(str(root), "", "", f"no course with id {chosen!r}")])
    return CourseCatalog(courses, chosen, per_server=True)


@dataclass(frozen=True)
class Reloaded:
    """What reloading a folder of courses did: the catalog now in service, and each folder refused with why."""

    catalog: CourseCatalog
    refused: dict[str, list[Problem]]  # folder name -> its problems (that course's old data stays in service)
    added: tuple[str, ...] = ()  # ids of courses that were not served before


def reload_courses(folder: str | Path, current: CourseCatalog) -> Reloaded:
    """Read every course folder again. A good folder replaces its course; a broken one is refused and its course
    keeps its old data (so do courses whose folder is gone: their servers are never left without answers).

    Each course stands alone: one department's broken file never stops another course's reload."""
    root = Path(folder)
    if not root.is_dir():
        return Reloaded(current, {str(root): [Problem(str(root), "", "", "no such folder of courses")]})
    refused: dict[str, list[Problem]] = {}
    fresh: dict[str, Course] = {}
    origin: dict[str, str] = {}
    for path in sorted(p for p in root.iterdir() if p.is_dir() and is_course_folder(p)):
        try:
            course = load_course(path)
        except CourseDataError as err:
            refused[path.name] = [Problem(f"{path.name}/{p.file}", p.item, p.field, p.message) for p in err.problems]
            continue
        if course.id in fresh:
            message = f"{course.id!r} is also the id of {origin[course.id]}/"
            refused[path.name] = [Problem(f"{path.name}/course.toml", "", "id", message)]
            continue
        fresh[course.id] = course
        origin[course.id] = path.name
    kept = {cid: c for cid, c in current.courses.items() if cid not in fresh}
    gone = {cid for cid, c in kept.items() if not _refused_folder_of(c, refused)}
    for cid in sorted(gone):
        name = Path(kept[cid].folder).name if kept[cid].folder else cid
        refused.setdefault(name, [Problem(name, "", "", "the folder is gone or has no course.toml")])
    courses = {**kept, **fresh}
    added = tuple(cid for cid in fresh if cid not in current.courses)
    default = current.default_id if current.default_id in courses else next(iter(courses))
    return Reloaded(CourseCatalog(courses, default, per_server=current.per_server), refused, added)


def _refused_folder_of(course: Course, refused: dict[str, list[Problem]]) -> bool:
    return bool(course.folder) and Path(course.folder).name in refused


def served_courses(courses_dir: str | Path | None, data_dir: str | Path | None) -> CourseCatalog:
    """What a bot serves: every course in `courses_dir` (each server picks its own) when set, else the one course
    of `data_dir` (every server's). CourseDataError lists every problem."""
    if courses_dir is not None:
        return load_courses(courses_dir)
    return CourseCatalog.single(load_course(data_dir))
