"""What every `coursebot` subcommand shares: exit codes, which course (folder or --course id), which clock."""

from __future__ import annotations

import argparse
import os
import tomllib
from pathlib import Path

from bot.core.clock import Clock, FixedClock, SystemClock
from bot.core.timefmt import parse_now
from bot.course.catalog import is_course_folder
from bot.course.loader import BUNDLED_DATA, load_course
from bot.course.model import Course

# Exit codes of every subcommand: 0 done, 1 problems found, 2 usage or configuration error.
EXIT_OK, EXIT_ERROR, EXIT_CONFIG = 0, 1, 2


def data_dir(args: argparse.Namespace) -> Path:
    """The chosen course's folder: --data (a course folder, or with --course a folder of courses), else
    COURSEBOT_COURSES with --course, else COURSEBOT_DATA, else the bundled course (no other settings are read)."""
    wanted = getattr(args, "course", None)
    root = Path(args.data) if args.data else None
    if wanted and (root is None or not is_course_folder(root)):
        root = root or Path(os.environ.get("COURSEBOT_COURSES", "").strip() or BUNDLED_DATA.parent)
        return course_folder(root, wanted)
    return root or Path(os.environ.get("COURSEBOT_DATA") or BUNDLED_DATA)


def course_folder(root: Path, wanted: str) -> Path:
    """The folder of course `wanted` (its id, or its folder's name) in a folder of courses; ValueError if none."""
    if not root.is_dir():
        raise ValueError(f"no such folder of courses: {root}")
    folders = sorted(p for p in root.iterdir() if p.is_dir() and is_course_folder(p))
    for folder in folders:
        if folder.name.lower() == wanted.lower():
            return folder
    for folder in folders:
        if course_id(folder).lower() == wanted.lower():
            return folder
    known = ", ".join(course_id(f) for f in folders) or "none"
    raise ValueError(f"no course {wanted!r} in {root} (courses: {known})")


def course_id(folder: Path) -> str:
    """A course folder's id as course.toml gives it (the folder's name when it cannot be read)."""
    try:
        with (folder / "course.toml").open("rb") as fh:
            value = tomllib.load(fh).get("id")
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return folder.name
    return value if isinstance(value, str) and value else folder.name


def load(args: argparse.Namespace) -> Course:
    return load_course(data_dir(args))


def clock_for(args: argparse.Namespace, course: Course) -> Clock:
    if getattr(args, "now", None):
        return FixedClock(parse_now(args.now, course.tz))
    return SystemClock()
