"""`database_part`: every spelling of the database and of SQLite's files beside it is recognised, nothing else."""

from __future__ import annotations

import os

import pytest

from bot.cli.database_files import database_part


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "bot.db"
    path.write_bytes(b"SQLite format 3\x00")
    return path


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("bot.db", "the database itself"),
        ("bot.db-wal", "the database itself (its write-ahead log, bot.db-wal)"),
        ("bot.db-shm", "the database itself (its shared-memory index, bot.db-shm)"),
        ("bot.db-journal", "the database itself (its rollback journal, bot.db-journal)"),
        ("sub/../bot.db-wal", "the database itself (its write-ahead log, bot.db-wal)"),
        ("bot.db.bak", None),
        ("bot.db-wal2", None),
        ("other.db-wal", None),
    ],
)
def test_paths_that_are_the_database(db, tmp_path, name, expected):
    """The database and its -wal/-shm/-journal, whether they exist yet or not; look-alike names are not."""
    (tmp_path / "sub").mkdir()
    assert database_part(tmp_path / name, db) == expected


def test_relative_symlinked_and_hard_linked_paths(db, tmp_path, monkeypatch):
    """`./bot.db-wal` from the database's folder, a symlink to the database, a hard link to it: all the database."""
    monkeypatch.chdir(tmp_path)
    assert database_part(type(db)("./bot.db-wal"), db) is not None
    link = tmp_path / "link.db"
    link.symlink_to(db)
    assert database_part(link, db) == "the database itself"
    assert database_part(tmp_path / "link.db-wal", link) is not None  # configured through the link: both sides
    hard = tmp_path / "hard.db"
    os.link(db, hard)
    assert database_part(hard, db) == "the database itself"
