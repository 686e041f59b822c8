"""A ranked full-text index held in memory: SQLite FTS5 with bm25, Porter stemming, ASCII folding.

Documents have a kind ("schedule", "policy", ...), a key within the kind, a title (weighted more) and a body.
Built once per course when the course loads, then only read; one connection, no writes after building.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

# bm25 with a title hit worth four body hits (the columns: kind, key, title, body).
_SEARCH = "SELECT kind, key, bm25(docs, 0, 0, 4.0, 1.0) AS r FROM docs WHERE docs MATCH ? ORDER BY r LIMIT ?"
_SEARCH_KINDS = (
    "SELECT kind, key, bm25(docs, 0, 0, 4.0, 1.0) AS r FROM docs "
    "WHERE docs MATCH ? AND kind IN (SELECT value FROM json_each(?)) ORDER BY r LIMIT ?"
)


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
            rows = self._db.execute(_SEARCH_KINDS, (query, json.dumps(list(kinds)), limit)).fetchall()
        else:
            rows = self._db.execute(_SEARCH, (query, limit)).fetchall()
        return [Hit(kind, key, rank) for kind, key, rank in rows]

    def close(self) -> None:
        self._db.close()
