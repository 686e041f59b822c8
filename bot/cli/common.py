"""What every `coursebot` subcommand shares: exit codes, which course (folder or --course id), which clock."""

from __future__ import annotations

import argparse
import os
import tomllib
from pathlib import Path

from bot.cli.options import existing_folder, read_time, shown
from bot.cli.usage import UsageError
from bot.core.clock import Clock, FixedClock, SystemClock
from bot.core.ids import is_id
from bot.course.catalog import CourseCatalog, is_course_folder, served_courses
from bot.course.checked_toml import load_toml
from bot.course.loader import BUNDLED_DATA, load_course
from bot.course.model import Course
from bot.settings import Settings

# Exit codes of every subcommand: 0 done, 1 problems found, 2 usage or configuration error (bot.cli.main's
# EXIT_CODES says what each covers; the README's table is the same).
EXIT_OK, EXIT_ERROR, EXIT_CONFIG = 0, 1, 2


def courses_root(args: argparse.Namespace) -> Path | None:
    """The folder of courses in use, if any: --data when it holds course folders (rather than being one), else
    COURSEBOT_COURSES unless --data names one course; with --course alone, the bundled courses."""
    if given(args, "data"):
        root = existing_folder("--data", args.data, "--data data/my-course")
        if is_course_folder(root) or any(root.glob("*.toml")):  # a course folder (perhaps a broken one: check says)
            return None
        if not _course_ids(root):
            problem = f"{shown(root)} is not a course folder (no course.toml) and holds no course folders"
            raise UsageError("--data", problem, "--data data/my-course")
        return root
    env = os.environ.get("COURSEBOT_COURSES", "").strip()
    if env:
        return existing_folder("COURSEBOT_COURSES", env, "COURSEBOT_COURSES=data")
    return BUNDLED_DATA.parent if given(args, "course") else None


def given(args: argparse.Namespace, name: str) -> str | None:
    """A top-level option's value (--data, --course), None when left out; typed but empty is a UsageError (an
    unset shell variable, `--course "$COURSE"`, must not quietly mean the default course)."""
    value = getattr(args, name, None)
    if value is not None and not value.strip():
        raise UsageError(f"--{name}", "the value is empty", "--data data/my-course" if name == "data" else None)
    return value


def data_dir(args: argparse.Namespace) -> Path:
    """The chosen course's folder: --data (a course folder, or with --course a folder of courses), else
    COURSEBOT_COURSES with --course, else COURSEBOT_DATA, else the bundled course (no other settings are read).
    A folder of courses without --course is a UsageError naming the courses: answering from any one of them
    would be answering for a course nobody asked about."""
    wanted = given(args, "course")
    root = courses_root(args)
    if root is None:
        if args.data:
            return _the_course_asked(Path(args.data), wanted)
        env = os.environ.get("COURSEBOT_DATA", "").strip()
        return existing_folder("COURSEBOT_DATA", env, "COURSEBOT_DATA=data/my-course") if env else BUNDLED_DATA
    if wanted:
        return course_folder(root, wanted)
    raise UsageError(
        "--course",
        f"{root} is a folder of courses; pick one with --course ID ({known_courses(root)})",
        f"--course {_first_id(root)}",
    )


def _the_course_asked(folder: Path, wanted: str | None) -> Path:
    """--data naming one course folder: that course, unless --course names another (answering from the folder's
    course would answer for a course nobody asked about)."""
    if not wanted or _is_that_course(folder, wanted):
        return folder
    here = course_id(folder)
    problem = (
        f"--data names one course, {here}, not {wanted!r}; drop --course, or give --data the folder of courses "
        "and --course the one you mean"
    )
    parent = folder.parent if folder.name else folder.resolve().parent  # as typed: "data/stat-187-f24" -> "data"
    example = f"--data {shown(parent)} --course {wanted}" if _in_root(parent, wanted) else f"--data {shown(folder)}"
    raise UsageError("--course", problem, example)


def _is_that_course(folder: Path, wanted: str) -> bool:
    """`wanted` (an id, a folder's name, or the folder's path) names this course folder."""
    names = {folder.resolve().name.lower(), course_id(folder).lower()}
    return wanted.lower() in names or (Path(wanted).is_dir() and Path(wanted).resolve() == folder.resolve())


def _in_root(root: Path, wanted: str) -> bool:
    folders = [p for p in root.iterdir() if p.is_dir() and is_course_folder(p)] if root.is_dir() else []
    return any(wanted.lower() in {p.name.lower(), course_id(p).lower()} for p in folders)


def known_courses(root: Path) -> str:
    if not root.is_dir():
        return f"no such folder of courses: {root}"
    return f"courses: {', '.join(_course_ids(root)) or 'none'}"


def _course_ids(root: Path) -> list[str]:
    return [course_id(p) for p in sorted(root.iterdir()) if p.is_dir() and is_course_folder(p)]


def catalog_for(args: argparse.Namespace) -> CourseCatalog:
    """Every course the command line serves: the folder of courses in use (each server picks its own), else the
    one course of data_dir (every server's). CourseDataError lists every problem."""
    root = courses_root(args)
    return served_courses(root, None if root is not None else data_dir(args))


def _first_id(root: Path) -> str:
    ids = _course_ids(root)
    return ids[0] if ids else "ID"


def course_folder(root: Path, wanted: str) -> Path:
    """The folder of course `wanted` (its id, or its folder's name) in a folder of courses; UsageError if none."""
    if not root.is_dir():
        raise UsageError("--course", f"no such folder of courses: {root}")
    folders = sorted(p for p in root.iterdir() if p.is_dir() and is_course_folder(p))
    for folder in folders:
        if folder.name.lower() == wanted.lower():
            return folder
    for folder in folders:
        if course_id(folder).lower() == wanted.lower():
            return folder
    problem = f"no course {wanted!r} in {root} ({known_courses(root)})"
    if is_course_folder(Path(wanted)):
        # "--course data/stat-187-f24": a course folder is given with --data, a course of the folder by its id (the
        # smaller, exact fix when the folder is one of the folder of courses in use)
        problem = f"{wanted} is a course folder, not a course id ({known_courses(root)}); a folder is given with --data"
        inside = Path(wanted).resolve().parent == root.resolve()
        raise UsageError("--course", problem, f"--course {course_id(Path(wanted))}" if inside else f"--data {wanted}")
    raise UsageError("--course", problem, f"--course {_first_id(root)}")


def course_id(folder: Path) -> str:
    """A course folder's id as course.toml gives it (the folder's name when it cannot be read)."""
    try:
        value = load_toml(folder / "course.toml").get("id")
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return folder.name
    return value if isinstance(value, str) and value else folder.name


def load(args: argparse.Namespace) -> Course:
    return load_course(data_dir(args))


def clock_for(args: argparse.Namespace, course: Course) -> Clock:
    """The real clock, or --now's fixed time (read by the one date reader, which names --now when it is wrong)."""
    if getattr(args, "now", None) is not None:
        return FixedClock(read_time("--now", args.now, course))
    return SystemClock()


def guild_for(args: argparse.Namespace, settings: Settings) -> int:
    """The server a command acts as: --guild (a positive id), else COURSEBOT_GUILD_ID, else the local server."""
    guild = getattr(args, "guild", None)
    if guild is None:
        return settings.server_id
    if not is_id(guild):
        problem = f"{guild} is not a server id (a positive whole number below 2**63)"
        raise UsageError("--guild", problem, f"--guild {settings.server_id}")
    return guild
