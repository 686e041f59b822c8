"""`coursebot check` with a database only reads it: an old schema is reported, never upgraded, and each server is
compared only with the course it follows (review6 5)."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3

from bot.cli.main import main
from bot.course.loader import BUNDLED_DATA
from bot.store.schema import SCHEMA_VERSION
from tests.conftest import FIXTURES, SECOND_DATA

EXPORT = str(FIXTURES / "gradescope" / "10-605_S24_grades.csv")


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _version(path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


def test_an_old_database_is_reported_and_left_as_it_is(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("COURSEBOT_COURSES", raising=False)
    for version in (8, SCHEMA_VERSION - 1):
        db = tmp_path / f"v{version}.db"
        with contextlib.closing(sqlite3.connect(db)) as conn:
            conn.executescript((FIXTURES / "store" / f"v{version}.sql").read_text())
        before = _digest(db)
        assert main(["check", str(BUNDLED_DATA), "--db", str(db)]) == 0
        err = capsys.readouterr().err
        assert f"schema v{version}, older than this CourseBot's v{SCHEMA_VERSION}" in err
        assert "Start the bot of this version once to upgrade it" in err
        assert _version(db) == version
        assert _digest(db) == before


def test_a_current_database_is_only_read(tmp_path, capsys, monkeypatch):
    db = tmp_path / "bot.db"
    monkeypatch.delenv("COURSEBOT_COURSES", raising=False)
    monkeypatch.delenv("COURSEBOT_DATA", raising=False)
    monkeypatch.setenv("COURSEBOT_DB", str(db))
    assert main(["gracedays", "import", EXPORT]) == 0
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _digest(db)
    assert main(["check", str(BUNDLED_DATA)]) == 0
    assert "every id they are kept under is in the data" in capsys.readouterr().out
    assert _digest(db) == before


def test_a_server_is_compared_only_with_the_course_it_follows(tmp_path, capsys, monkeypatch):
    """A single-course bot's server (no pick) keeps 10-605 records: checking another course's folder with that
    database names no orphans, since that server does not follow it."""
    db = tmp_path / "bot.db"
    monkeypatch.delenv("COURSEBOT_COURSES", raising=False)
    monkeypatch.delenv("COURSEBOT_DATA", raising=False)
    monkeypatch.setenv("COURSEBOT_DB", str(db))
    assert main(["gracedays", "import", EXPORT]) == 0
    capsys.readouterr()
    assert main(["check", str(SECOND_DATA)]) == 0
    captured = capsys.readouterr()
    assert "no longer has" not in captured.err
