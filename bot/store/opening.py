"""Checking a database file before the bot uses it: is it there, intact, CourseBot's, of a schema this code knows.

Every front end that opens the database (`coursebot run`, `sync`, `console`, `gracedays import`, `backup`) goes
through these checks, so each kind of damage gets the same message naming the file, what is wrong, and what to do,
and no file that is not the bot's own is ever changed (the checks run before anything is written).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from bot.store.problems import NOT_A_FILE, NOT_READABLE, NOT_WRITABLE, WRONG_FILE, DatabaseProblem
from bot.store.schema import APPLICATION_ID, LAST_UNMARKED_VERSION, SCHEMA_VERSION, tables_at

SQLITE_HEADER = b"SQLite format 3\x00"


class Contents(StrEnum):
    """What an openable file holds."""

    NEW = "new"  # no tables yet: a first start
    UNMARKED = "unmarked"  # CourseBot's, from before databases were marked (upgraded and marked on open)
    OURS = "ours"


@dataclass(frozen=True)
class FileCheck:
    """What the file check found before SQLite opened the file."""

    exists: bool
    warnings: tuple[str, ...] = ()


def check_file(path: Path, *, writable: bool) -> FileCheck:
    """Problems visible without SQLite: a directory, an unreadable or non-SQLite file, a lost database, no write
    access (when `writable`). A zero-byte file is usable but reported: a database was expected there."""
    if path.is_dir():
        raise DatabaseProblem(path, "is a directory, not a database file", NOT_A_FILE)
    if not path.exists():
        for leftover in (Path(f"{path}-wal"), Path(f"{path}-journal")):
            if leftover.exists():
                raise DatabaseProblem(
                    path,
                    f"is missing, but {leftover.name} is beside it: the database file was moved or deleted",
                    "Restore it from a backup made with `coursebot backup`. To start with an empty database on "
                    f"purpose, delete {leftover.name} (and {path.name}-shm) first.",
                )
        folder = path.parent
        if writable and folder.exists() and not os.access(folder, os.W_OK):
            raise DatabaseProblem(path, f"cannot be created: the folder {folder} is read-only", NOT_WRITABLE)
        return FileCheck(exists=False)
    if not path.is_file():
        raise DatabaseProblem(path, "is not a regular file", WRONG_FILE)
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError as err:
        raise DatabaseProblem(path, f"cannot be read ({err.strerror})", NOT_READABLE) from None
    if writable:
        _check_writable(path)
    if not head:
        return FileCheck(
            exists=True,
            warnings=(
                f"The database {path} is an empty file (0 bytes), so the bot starts with no server setup, account "
                "links, grade imports or delivery log. If it held data before, stop the bot now and restore it "
                "from a backup made with `coursebot backup`.",
            ),
        )
    if head != SQLITE_HEADER:
        what = "is too short to be a database" if len(head) < len(SQLITE_HEADER) else "is not an SQLite database"
        raise DatabaseProblem(path, f"{what}: it is damaged, or another kind of file")
    return FileCheck(exists=True)


def _check_writable(path: Path) -> None:
    if not os.access(path, os.W_OK):
        raise DatabaseProblem(path, "is read-only", NOT_WRITABLE)
    # SQLite writes its -wal and -shm files next to the database.
    if not os.access(path.parent, os.W_OK):
        raise DatabaseProblem(path, f"is in a read-only folder ({path.parent})", NOT_WRITABLE)


def check_contents(conn: sqlite3.Connection, path: str | Path, *, allow_newer: bool = False) -> Contents:
    """Intact (quick_check), CourseBot's (application_id, or the unmarked schema of its first versions), and of a
    schema this code knows (unless `allow_newer`, for a plain copy). DatabaseProblem otherwise."""
    try:
        found = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as err:
        raise problem_from(path, err) from None
    if found != ["ok"]:
        raise DatabaseProblem(path, "is damaged (SQLite's check found: " + "; ".join(found) + ")")
    if app_id == APPLICATION_ID:
        if version > SCHEMA_VERSION and not allow_newer:
            raise DatabaseProblem(
                path,
                f"was written by a newer CourseBot (schema v{version}; this version knows up to v{SCHEMA_VERSION})",
                "Run the newer CourseBot with it, or restore a backup made by this version. The file was not changed.",
            )
        return Contents.OURS
    if app_id != 0:
        raise DatabaseProblem(path, f"belongs to another application (application_id {app_id:#x})", WRONG_FILE)
    if not tables and version == 0:
        return Contents.NEW
    user_tables = sorted(t for t in tables if not t.startswith("sqlite_"))
    if 1 <= version <= LAST_UNMARKED_VERSION and tables_at(version) <= tables:
        return Contents.UNMARKED
    shown = ", ".join(user_tables[:8]) + (", …" if len(user_tables) > 8 else "")
    raise DatabaseProblem(
        path, f"is an SQLite database, but not CourseBot's (its tables: {shown or 'none'})", WRONG_FILE
    )


def is_read_only(err: sqlite3.Error) -> bool:
    """SQLite could open the file only for reading (SQLITE_READONLY)."""
    return "readonly" in str(err)


def problem_from(path: str | Path, err: sqlite3.Error) -> DatabaseProblem:
    """An SQLite error met while opening, as a DatabaseProblem that says what to do."""
    message = str(err)
    if is_read_only(err):
        return DatabaseProblem(path, "is read-only", NOT_WRITABLE)
    if "not a database" in message:
        return DatabaseProblem(path, "is not an SQLite database: it is damaged, or another kind of file")
    if "unable to open" in message:
        return DatabaseProblem(path, f"cannot be opened ({message})", NOT_READABLE)
    return DatabaseProblem(path, f"is damaged ({message})")


def check_readable_database(path: Path) -> None:
    """For a plain copy (`coursebot backup`): the file must be an intact CourseBot database, of any schema version;
    it is only read. FileNotFoundError when there is no file at all (a wrong path, not damage)."""
    if not path.exists():
        raise FileNotFoundError(f"no database at {path}")
    if check_file(path, writable=False).warnings:
        raise DatabaseProblem(path, "is an empty file (0 bytes): there is nothing to back up", WRONG_FILE)
    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            contents = check_contents(conn, path, allow_newer=True)
    except sqlite3.Error as err:
        raise problem_from(path, err) from None
    if contents is Contents.NEW:
        raise DatabaseProblem(path, "has no tables: there is nothing to back up", WRONG_FILE)
