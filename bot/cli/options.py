"""Readers of the command line's option values: each checks a value where it is read and raises UsageError naming
the option, saying what is wrong, and showing a value that works (from the course's own data where it can).

Dates go through `read_time` (and `read_window` for a from/to pair), sections through the course's own matching,
files and folders are checked before any work starts.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from pathlib import Path

from bot.cli.usage import UsageError
from bot.core.timefmt import parse_now
from bot.course.model import Course

# Python's own words about a date that are worth passing on ("month must be in 1..12", "day is out of range for
# month"); its others ("Invalid isoformat string", a timedelta's repr) say nothing a reader can act on.
PLAIN_DATE_PROBLEM = re.compile(r"^(year|month|day|hour|minute|second)\b")

# How far from its term a course can be asked about; beyond this the dates are surely a typo (and the arithmetic
# of "in 3 days" would leave the calendar at year 9999).
YEARS_AROUND_TERM = 100


def time_example(option: str, course: Course) -> str:
    """`--now 2024-01-17T10:00`: a value the option takes, on the course's first day of term."""
    return f"{option} {course.term_first.isoformat()}T10:00"


def read_time(option: str, text: str, course: Course) -> dt.datetime:
    """An ISO 8601 date and time (course time unless it has an offset), as an aware datetime.

    Refused, naming the option: anything that is not ISO 8601, a course-time moment the clocks skip or pass twice
    (DST), and a year far from the course's term."""
    example = time_example(option, course)
    if not text.strip():
        raise UsageError(option, "the value is empty", example)
    try:
        moment = parse_now(text, course.tz)
    except ValueError as err:
        why = f" ({err})" if PLAIN_DATE_PROBLEM.match(str(err)) else ""
        raise UsageError(option, f"{text!r} is not an ISO 8601 date and time{why}", example) from None
    lo, hi = course.term_first.year - YEARS_AROUND_TERM, course.term_last.year + YEARS_AROUND_TERM
    if not lo <= moment.year <= hi:
        raise UsageError(option, f"{text!r} is not between the years {lo} and {hi}", example)
    if moment.tzinfo is course.tz:  # no offset given: the wall-clock time must name exactly one instant
        _check_wall_clock(option, text, moment, course)
    return moment


def _check_wall_clock(option: str, text: str, moment: dt.datetime, course: Course) -> None:
    wall = moment.replace(tzinfo=None)
    actual = moment.astimezone(dt.UTC).astimezone(course.tz)
    if actual.replace(tzinfo=None) != wall:
        raise UsageError(
            option,
            f"{text!r} does not exist in {course.tz.key}: the clocks skip that time when daylight saving starts",
            f"{option} {actual.replace(tzinfo=None).isoformat(timespec='minutes')}",
        )
    if moment.replace(fold=1).utcoffset() != moment.utcoffset():
        offset = moment.isoformat(timespec="minutes")
        raise UsageError(
            option,
            f"{text!r} happens twice in {course.tz.key} (the clocks go back that night); add its UTC offset",
            f"{option} {offset}",
        )


def read_window(
    start_text: str | None, end_text: str | None, course: Course, default: tuple[dt.datetime, dt.datetime]
) -> tuple[dt.datetime, dt.datetime]:
    """`--from`/`--to` as a window that is not empty; either one left out is the default's."""
    start = read_time("--from", start_text, course) if start_text is not None else default[0]
    end = read_time("--to", end_text, course) if end_text is not None else default[1]
    if start < end:
        return start, end
    example = f"--from {start.date().isoformat()} --to {(start + dt.timedelta(days=7)).date().isoformat()}"
    if start_text is not None and end_text is not None:
        raise UsageError("--from", f"{start_text!r} is not before --to {end_text!r}", example)
    if start_text is not None:
        problem = f"{start_text!r} is not before the end of term ({default[1].date()}, the default --to)"
        raise UsageError("--from", problem, example)
    problem = f"{end_text!r} is not after the start of term ({default[0].date()}, the default --from)"
    raise UsageError("--to", problem, f"--to {(default[0] + dt.timedelta(days=7)).date().isoformat()}")


def read_section(course: Course, text: str | None, option: str = "--section") -> str | None:
    """The section's id as the course writes it (None: every section), matched by the course's own rules (id, name
    or alias, any case)."""
    if text is None:
        return None
    ids = course.section_ids()
    if not ids:
        raise UsageError(option, f"the course {course.id} has no sections; leave {option} out")
    found = course.find_section(text)
    if found is None:
        problem = f"the course {course.id} has no section {text!r} (sections: {', '.join(ids)})"
        raise UsageError(option, problem, f"{option} {ids[0]}")
    return found.id


def shown(value: object) -> str:
    """A typed value as it can be shown on one line: as it is, or quoted with escapes when it has control
    characters (a newline in a file name must not break the one-line message)."""
    text = str(value)
    return text if text.isprintable() else repr(text)


def read_assignment(course: Course, text: str | None, option: str = "--assignment") -> str | None:
    """An assignment named as a grades export names it (an id, a Gradescope name such as "HW3 (Programming)", or an
    export's file name), checked against the course before the export is read; None when left out."""
    from bot.grace.gradescope import assignment_from_filename, map_assignment_name

    if text is None:
        return None
    if map_assignment_name(course, text) or course.assignment(text) or assignment_from_filename(course, text):
        return text
    ids = [a.id for a in course.assignments]
    problem = f"{text!r} names no assignment of the course {course.id} (assignments: {', '.join(ids) or 'none'})"
    raise UsageError(option, problem, f"{option} {ids[0]}" if ids else None)


# --- files and folders --------------------------------------------------------------------------------------


def _path(option: str, text: str) -> Path:
    if not text:  # Path("") would be the current folder
        raise UsageError(option, "the value is empty")
    return Path(text)


def _mode(option: str, path: Path) -> int | None:
    """The file's mode, None if nothing is there; UsageError for a path the system cannot look up at all."""
    try:
        return path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, ValueError) as err:  # too long, a loop of links, a NUL byte
        why = getattr(err, "strerror", None) or err
        raise UsageError(option, f"cannot use the path {str(path)!r}: {why}") from None


def input_file(option: str, text: str, example: str) -> Path:
    """A file that exists and can be read."""
    path = _path(option, text)
    mode = _mode(option, path)
    if mode is None:
        raise UsageError(option, f"no such file: {shown(path)}", example)
    if stat.S_ISDIR(mode):
        raise UsageError(option, f"{shown(path)} is a folder, not a file", example)
    if not os.access(path, os.R_OK):
        raise UsageError(option, f"cannot read {shown(path)} (permission denied)", example)
    return path


def output_file(option: str, text: str, example: str, *, make_folders: bool = False) -> Path:
    """A file that can be written: not a folder, in a folder that exists (or, with make_folders, can be made) and
    is writable. Nothing is created here."""
    path = _path(option, text)
    mode = _mode(option, path)
    if mode is not None and stat.S_ISDIR(mode):
        raise UsageError(option, f"{shown(path)} is a folder; name a file in it", example)
    if mode is not None:
        if not os.access(path, os.W_OK):
            raise UsageError(option, f"cannot write {shown(path)} (permission denied)", example)
        return path
    if not make_folders and _mode(option, path.parent) is None:
        raise UsageError(option, f"no such folder: {shown(path.parent)} (create it first, or write elsewhere)", example)
    _writable_ancestor(option, path, example)
    return path


def existing_folder(option: str, text: str, example: str) -> Path:
    """A folder that exists."""
    path = _path(option, text)
    mode = _mode(option, path)
    if mode is None:
        raise UsageError(option, f"no such folder: {shown(path)}", example)
    if not stat.S_ISDIR(mode):
        raise UsageError(option, f"{shown(path)} is a file, not a folder", example)
    return path


def new_folder(option: str, text: str, example: str) -> Path:
    """A folder to create (or an empty one), whose nearest existing parent is a writable folder."""
    path = _path(option, text)
    mode = _mode(option, path)
    if mode is not None:
        if not stat.S_ISDIR(mode):
            raise UsageError(option, f"{shown(path)} is a file; name a new folder", example)
        if _has_entries(option, path):
            raise UsageError(option, f"{shown(path)} already exists and is not empty: pick a new folder", example)
    _writable_ancestor(option, path, example)
    return path


def _writable_ancestor(option: str, path: Path, example: str) -> None:
    """The nearest folder above `path` that exists must be a folder one can write in."""
    parent = path.absolute().parent
    while (mode := _mode(option, parent)) is None:
        parent = parent.parent
    if not stat.S_ISDIR(mode):
        raise UsageError(option, f"{shown(parent)} is a file, not a folder", example)
    if not os.access(parent, os.W_OK):
        raise UsageError(option, f"cannot write in {shown(parent)} (permission denied)", example)


def _has_entries(option: str, folder: Path) -> bool:
    try:
        return any(folder.iterdir())
    except OSError as err:
        raise UsageError(option, f"cannot list {shown(folder)}: {err.strerror}") from None
