"""Opening a database file: each kind of damage is named with its file and what to do; a file that is not the
bot's, or is of a newer schema, is refused and left byte for byte as it was; an empty file is warned about."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from pathlib import Path

import pytest

import bot.store.opening as opening
from bot.store.database import Store
from bot.store.opening import check_readable_database
from bot.store.problems import DatabaseProblem
from bot.store.schema import APPLICATION_ID, SCHEMA_VERSION
from tests.store.damage import damaged, real_database

CASES = [
    ("garbage", "is not an SQLite database: it is damaged, or another kind of file", "restore the file from a backup"),
    ("short", "is too short to be a database", "restore the file from a backup"),
    ("truncated", "is damaged", "restore the file from a backup"),
    ("corrupted", "is damaged", "restore the file from a backup"),
    ("directory", "is a directory, not a database file", "coursebot.db"),
    ("foreign", "is an SQLite database, but not CourseBot's (its tables: photos)", "The file was not changed"),
    ("other_application", "belongs to another application (application_id 0x4d2)", "The file was not changed"),
    ("unmarked_but_wrong_tables", "but not CourseBot's (its tables: meta)", "The file was not changed"),
    ("newer", f"newer CourseBot (schema v{SCHEMA_VERSION + 1}; this version knows up to v{SCHEMA_VERSION})", "newer"),
]


@pytest.mark.parametrize(("kind", "problem", "advice"), CASES, ids=[c[0] for c in CASES])
def test_each_kind_of_damage_is_named_with_its_file_and_what_to_do(tmp_path, kind, problem, advice):
    """The message names the file, says what is wrong and what to do; the file is not touched."""
    path = damaged(kind, tmp_path)
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(DatabaseProblem) as caught:
        Store(path)
    message = str(caught.value)
    assert message.startswith(f"The database {path} ")
    assert problem in message
    assert advice in message
    if before is not None:
        assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


def test_a_missing_file_with_its_wal_left_behind_is_not_replaced_by_an_empty_one(tmp_path):
    """The database was moved or deleted but its -wal is there: starting empty would lose it, so refuse."""
    path = real_database(tmp_path / "bot.db")
    path.rename(tmp_path / "moved.db")
    Path(f"{path}-wal").write_bytes(b"\0" * 32)
    with pytest.raises(DatabaseProblem, match=r"is missing, but bot\.db-wal is beside it"):
        Store(path)
    assert not path.exists()


def test_an_empty_file_starts_empty_with_a_loud_warning(tmp_path, caplog):
    """A zero-byte file (a failed copy, a truncation) is not a silent fresh start."""
    path = tmp_path / "bot.db"
    path.write_bytes(b"")
    with caplog.at_level(logging.WARNING):
        store = Store(path)
    assert store.version == SCHEMA_VERSION
    assert "empty file (0 bytes)" in store.warnings[0]
    assert "coursebot backup" in store.warnings[0]
    assert [r for r in caplog.records if r.levelno == logging.WARNING and "empty file" in r.getMessage()]
    store.close()


def test_a_new_file_is_created_and_marked_as_the_bots(tmp_path, caplog):
    """No file: a new database, marked with the bot's application id, no warning."""
    path = tmp_path / "deeper" / "bot.db"
    with caplog.at_level(logging.WARNING):
        store = Store(path)
    assert store.warnings == ()
    assert not caplog.records
    store.close()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_reopening_the_bots_own_database_is_quiet(tmp_path, caplog):
    path = real_database(tmp_path / "bot.db")
    with caplog.at_level(logging.WARNING):
        store = Store(path)
    assert store.warnings == ()
    assert len(store.staff_posts.scheduled(1)) == 200
    store.close()


def test_a_read_only_file_is_named_before_any_command_fails(tmp_path, monkeypatch):
    """(As root, permissions cannot make a file read-only: the access check stands in; tests/cli runs the real
    thing as another user.)"""
    path = real_database(tmp_path / "bot.db")
    monkeypatch.setattr(opening.os, "access", lambda p, mode: mode != opening.os.W_OK)
    with pytest.raises(DatabaseProblem, match=r"is read-only\.\nThe bot writes to its database"):
        Store(path)


def test_backup_checks_read_but_accept_any_schema_version(tmp_path):
    """A copy only reads: a newer schema may be copied; damage and emptiness are refused; a wrong path is not found."""
    check_readable_database(damaged("newer", tmp_path))
    with pytest.raises(DatabaseProblem, match="is not an SQLite database"):
        check_readable_database(damaged("garbage", tmp_path))
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with pytest.raises(DatabaseProblem, match="nothing to back up"):
        check_readable_database(empty)
    with pytest.raises(FileNotFoundError):
        check_readable_database(tmp_path / "nope.db")
