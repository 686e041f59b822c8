"""A ranked full-text index held in memory: SQLite FTS5 with bm25, Porter stemming, ASCII folding.

Documents have a kind ("schedule", "policy", ...), a key within the kind, a title (weighted more) and a body.
Built once per course when the course loads, then only read; one connection, no writes after building.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

# Title hits count this many times a body hit in bm25.
TITLE_WEIGHT = 4.0


@dataclass(frozen=True)
class Hit:
    kind: str
    key: str
    rank: float  # bm25: lower (more negative) is better


class TextIndex:
    """Documents to search by words; `search` takes plain words (never FTS syntax from users)."""

    def __init__(self, documents: Iterable[tuple[str, str, str, str]]) -> None:
        """documents: (kind, key, title, body)."""
        # check_same_thread=False: built at load time, read from the bot's loop thread; never written again.
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute(
            "CREATE VIRTUAL TABLE docs USING fts5("
            "kind UNINDEXED, key UNINDEXED, title, body, tokenize = 'porter unicode61 remove_diacritics 2')"
        )
        self._db.executemany("INSERT INTO docs (kind, key, title, body) VALUES (?, ?, ?, ?)", documents)
        self._db.commit()
        self._count = self._db.execute("SELECT count(*) FROM docs").fetchone()[0]

    def __len__(self) -> int:
        return self._count

    def search(self, words: Iterable[str], kinds: tuple[str, ...] = (), limit: int = 8) -> list[Hit]:
        """Documents holding any of the words, best first (bm25 over title and body)."""
        terms = [w for w in dict.fromkeys(words) if w.isalnum()]
        if not terms:
            return []
        query = " OR ".join(f'"{term}"' for term in terms)
        if kinds:
            marks = ", ".join("?" for _ in kinds)
            sql = (
                f"SELECT kind, key, bm25(docs, 0, 0, {TITLE_WEIGHT}, 1.0) AS r FROM docs "  # noqa: S608 - marks only
                f"WHERE docs MATCH ? AND kind IN ({marks}) ORDER BY r LIMIT ?"
            )
            rows = self._db.execute(sql, (query, *kinds, limit)).fetchall()
        else:
            sql = (
                f"SELECT kind, key, bm25(docs, 0, 0, {TITLE_WEIGHT}, 1.0) AS r FROM docs "
                "WHERE docs MATCH ? ORDER BY r LIMIT ?"
            )
            rows = self._db.execute(sql, (query, limit)).fetchall()
        return [Hit(kind, key, rank) for kind, key, rank in rows]

    def close(self) -> None:
        self._db.close()
