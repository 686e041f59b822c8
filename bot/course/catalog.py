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

    def __iter__(self) -> Iterator[Course]:
        return iter(self.courses.values())

    def __len__(self) -> int:
        return len(self.courses)

    @property
    def default(self) -> Course:
        return self.courses[self.default_id]

    def get(self, course_id: str | None) -> Course:
        """A course by id (any case), or the default for None; UserError naming the courses there are."""
        if course_id is None:
            return self.default
        wanted = fold(course_id)
        for course in self.courses.values():
            if fold(course.id) == wanted:
                return course
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
    return CourseCatalog(courses, chosen)
