"""Whether any connection committed, read without asking SQLite: in WAL mode the shared wal-index (the database's
-shm file) begins with a header, kept in two copies, that changes with every commit (a count of transactions, the
last frame of the log, its salts and checksums; https://www.sqlite.org/walformat.html), and a commit is published
there before it returns. Reading those 96 bytes is one system call; `PRAGMA data_version` makes SQLite start a
read transaction (locks on the -shm file) and costs many times more, on every interaction.

Only for a database this process opened in WAL mode; anything else (a database in memory, another journal mode, a
header being written at that instant) reads as None, and the caller asks SQLite instead.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3

HEADER = 48  # bytes in one copy of the wal-index header
IS_INIT = 12  # the header's byte that is 1 once the index is built


class CommitMarker:
    """`read()`: the wal-index header (different after any commit), or None when it cannot be trusted."""

    def __init__(self, path: str, conn: sqlite3.Connection) -> None:
        self.path, self.conn = path, conn
        self._fd: int | None = None
        self._usable = hasattr(os, "pread") and path != ":memory:" and _in_wal_mode(conn)

    def read(self) -> bytes | None:
        if not self._usable:
            return None
        if self._fd is None:
            try:
                self._fd = os.open(f"{self.path}-shm", os.O_RDONLY)
            except OSError:  # not there yet (nothing read since the log was opened): SQLite is asked meanwhile
                return None
        head = os.pread(self._fd, 2 * HEADER, 0)
        if len(head) < 2 * HEADER or head[IS_INIT] != 1 or head[:HEADER] != head[HEADER:]:
            return None  # not built yet, or being written at this instant
        return head[:HEADER]

    def close(self) -> None:
        self._usable = False
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None


def _in_wal_mode(conn: sqlite3.Connection) -> bool:
    """The connection's journal mode. A database leaves WAL mode only when no other connection is open, so while
    this one is, it stays."""
    try:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"
    except sqlite3.Error:
        return False
