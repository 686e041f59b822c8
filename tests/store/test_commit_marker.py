"""The commit marker: the header of SQLite's shared WAL index changes with every commit by any connection, in this
process or another, so the read cache can look for other connections' commits without asking SQLite; where the
header cannot be trusted it reads as None and SQLite is asked instead."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

from bot.store.commit_marker import HEADER, CommitMarker
from bot.store.database import MEMORY, Store
from tests.conftest import NY, REPO, at

NOW = at("2024-03-01 09:00")


def test_the_marker_changes_with_each_commit_of_another_connection(tmp_path):
    bot, cli = Store(tmp_path / "bot.db", zone=NY), Store(tmp_path / "bot.db", zone=NY)
    try:
        marker = CommitMarker(bot.path, bot.db.conn)
        first = marker.read()
        assert first is not None
        assert len(first) == HEADER
        assert marker.read() == first  # nothing committed: the same
        cli.published.set_exam_form(1, "exam1", "https://f/1", by=7, now=NOW)
        second = marker.read()
        assert second != first
        cli.published.set_exam_form(1, "exam1", "https://f/2", by=7, now=NOW)  # the same row again, same size
        assert marker.read() not in (first, second)
        bot.published.set_exam_form(1, "exam2", "https://f/3", by=7, now=NOW)  # and this connection's own
        assert marker.read() not in (first, second)
        marker.close()
    finally:
        cli.close()
        bot.close()


def test_a_commit_by_another_process_is_seen_without_asking_sqlite(tmp_path, monkeypatch):
    db = tmp_path / "bot.db"
    bot = Store(db, zone=NY)
    try:
        assert bot.published.exam_forms(1) == {}

        def asked(self) -> int:
            raise AssertionError("SQLite was asked for data_version although the marker could be read")

        monkeypatch.setattr(type(bot.cache), "_data_version", asked)
        with bot.cache.pinned():
            assert bot.published.exam_forms(1) == {}
        write = f"""
            from bot.store.database import Store
            from tests.conftest import NY, at
            store = Store({str(db)!r}, zone=NY)
            store.published.set_exam_form(1, "exam1", "https://f/1", by=7, now=at("2024-03-01 09:00"))
            store.close()
        """
        subprocess.run([sys.executable, "-c", textwrap.dedent(write)], cwd=REPO, check=True, timeout=60)
        with bot.cache.pinned():  # the next interaction
            assert bot.published.exam_forms(1) == {"exam1": "https://f/1"}
    finally:
        bot.close()


def test_a_database_in_memory_asks_sqlite():
    store = Store(MEMORY, zone=NY)
    try:
        assert CommitMarker(store.path, store.db.conn).read() is None
        store.published.set_exam_form(1, "exam1", "https://f/1", by=7, now=NOW)
        with store.cache.pinned():
            assert store.published.exam_forms(1) == {"exam1": "https://f/1"}
    finally:
        store.close()


def test_another_journal_mode_asks_sqlite(tmp_path):
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    (tmp_path / "plain.db-shm").write_bytes(bytes(4096))  # a leftover file must not be trusted
    assert CommitMarker(str(path), conn).read() is None
    conn.close()


def test_a_header_not_built_or_being_written_is_not_trusted(tmp_path):
    path = tmp_path / "wal.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    marker = CommitMarker(str(path), conn)
    assert marker.read() is not None
    shm = (tmp_path / "wal.db-shm").read_bytes()[: 2 * HEADER]
    other = tmp_path / "other.db"
    for head in (
        shm[:HEADER] + bytes(HEADER),  # the two copies differ: a writer is between them
        bytes(2 * HEADER),  # not built
        shm[:HEADER],  # too short
    ):
        (tmp_path / "other.db-shm").write_bytes(head)
        assert CommitMarker(str(other), conn).read() is None
    marker.close()
    assert marker.read() is None  # closed with its store
    conn.close()
