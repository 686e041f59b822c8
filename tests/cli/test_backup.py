"""`coursebot backup OUT.db`: an online SQLite copy of the live database, never overwriting by accident."""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
from pathlib import Path

import pytest

from bot.cli.ops import add_parsers, cmd_backup
from bot.store.database import Store
from tests.conftest import at


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data")
    add_parsers(parser.add_subparsers(dest="command"))
    return parser.parse_args(["backup", *argv])


def _meta(path) -> dict[str, str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return dict(conn.execute("SELECT key, value FROM meta").fetchall())


@pytest.fixture
def live(tmp_path):
    """The bot's database, open (WAL mode) with committed writes, as while the bot runs."""
    store = Store(tmp_path / "bot.db")
    store.meta.set("answer", "42")
    store.staff_posts.add(1000, at("2024-03-01 09:00"), "Exam 1 review tonight", by=7, now=at("2024-02-12 10:00"))
    yield store
    store.close()


def test_backup_copies_the_live_database(live, tmp_path, capsys):
    """While the store is open: one summary line, a self-contained copy with every committed row."""
    out = tmp_path / "backups" / "copy.db"
    assert cmd_backup(_args(str(out), "--db", live.path)) == 0
    printed = capsys.readouterr().out.strip().splitlines()
    assert len(printed) == 1
    assert printed[0].startswith(f"Backed up {live.path} to {out}:")
    assert "integrity ok" in printed[0]
    assert _meta(out)["answer"] == "42"
    with contextlib.closing(sqlite3.connect(out)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, no -wal needed
        assert conn.execute("PRAGMA user_version").fetchone()[0] == live.version
        assert conn.execute("SELECT message FROM staff_posts").fetchone()[0] == "Exam 1 review tonight"
    assert sorted(p.name for p in out.parent.iterdir()) == ["copy.db"]  # no temporary file left behind


def test_backup_refuses_to_overwrite_unless_forced(live, tmp_path, capsys):
    """An existing OUT is left untouched without --force, and replaced with it."""
    out = tmp_path / "copy.db"
    assert cmd_backup(_args(str(out), "--db", live.path)) == 0
    before = out.read_bytes()
    live.meta.set("answer", "43")
    assert cmd_backup(_args(str(out), "--db", live.path)) == 1
    assert "already exists; pass --force" in capsys.readouterr().err
    assert out.read_bytes() == before
    assert cmd_backup(_args(str(out), "--db", live.path, "--force")) == 0
    assert _meta(out)["answer"] == "43"


def test_backup_never_creates_a_database(tmp_path, capsys):
    """A wrong source path is an error; neither the source nor OUT is created."""
    missing, out = tmp_path / "nope.db", tmp_path / "copy.db"
    assert cmd_backup(_args(str(out), "--db", str(missing))) == 1
    assert "no database at" in capsys.readouterr().err
    assert not missing.exists()
    assert not out.exists()


def test_backup_refuses_to_overwrite_the_database_itself(live, capsys):
    """--force onto the source file is refused."""
    assert cmd_backup(_args(live.path, "--db", live.path, "--force")) == 1
    assert "is the database itself" in capsys.readouterr().err
    assert _meta(live.path)["answer"] == "42"


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_backup_refuses_the_files_sqlite_keeps_beside_the_database(live, suffix, capsys):
    """--force onto the live database's -wal (or -shm, -journal) is refused: the committed rows in the WAL stay."""
    live.meta.set("answer", "44")  # committed, possibly not yet checkpointed into the main file
    target = Path(f"{live.path}{suffix}")
    before = target.read_bytes() if target.exists() and suffix != "-shm" else None  # readers rewrite the -shm
    assert cmd_backup(_args(str(target), "--db", live.path, "--force")) == 1
    assert "is the database itself (its " in capsys.readouterr().err
    assert (target.read_bytes() if target.exists() and suffix != "-shm" else None) == before
    assert _meta(live.path)["answer"] == "44"  # a fresh reader sees the committed row


def test_backup_reads_coursebot_db_from_the_environment(live, tmp_path, monkeypatch):
    """Without --db, the database is the one the bot uses: $COURSEBOT_DB."""
    monkeypatch.setenv("COURSEBOT_DB", live.path)
    out = tmp_path / "env-copy.db"
    assert cmd_backup(_args(str(out))) == 0
    assert _meta(out)["answer"] == "42"
