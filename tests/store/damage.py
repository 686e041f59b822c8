"""Database files damaged in each way a disk, a bad copy or a wrong path can damage them (for the store's and the
command line's tests)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from bot.store.database import Store
from bot.store.schema import SCHEMA_VERSION
from tests.conftest import at


def real_database(path: Path) -> Path:
    """A closed CourseBot database with some rows in it."""
    store = Store(path)
    with store.immediate():  # one commit: fast
        for n in range(200):
            store.staff_posts.add(1, at("2024-03-01 09:00"), f"post {n} " + "x" * 200, by=7, now=at("2024-02-12 10:00"))
    store.close()
    return path


def sqlite_file(path: Path, *statements: str) -> Path:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    return path


def damaged(kind: str, tmp_path: Path) -> Path:
    """A file at tmp_path/<kind>.db damaged in one way."""
    path = tmp_path / f"{kind}.db"
    if kind == "garbage":
        path.write_bytes(b"this is not a database, it is a text file someone saved here\n" * 100)
    elif kind == "short":
        path.write_bytes(b"SQLi")
    elif kind == "truncated":
        data = real_database(tmp_path / "whole.db").read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "corrupted":
        data = bytearray(real_database(tmp_path / "whole.db").read_bytes())
        data[4096 : 4096 + 12] = b"\xff" * 12  # the header of the second page (a b-tree page)
        path.write_bytes(bytes(data))
    elif kind == "directory":
        path.mkdir()
    elif kind == "foreign":
        sqlite_file(path, "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)", "INSERT INTO photos VALUES (1, 0)")
    elif kind == "other_application":
        sqlite_file(path, "PRAGMA application_id = 1234", "CREATE TABLE meta (key TEXT)")
    elif kind == "unmarked_but_wrong_tables":
        sqlite_file(path, "CREATE TABLE meta (key TEXT)", "PRAGMA user_version = 2")
    elif kind == "newer":
        real_database(path)
        sqlite_file(path, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    return path
