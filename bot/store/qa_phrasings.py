"""Learned phrasings: the terms of a student's question attached to the FAQ entry or endorsed answer that answered it,
with the full-text index the search finds them by. Only terms are kept (bot.qa.terms makes them), never the
student's text or who they are; the same terms learned again for an entry count up one row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.ids import is_id
from bot.store.encoding import from_db, server_key, to_db

if TYPE_CHECKING:
    from bot.store.database import Store


@dataclass(frozen=True)
class Phrasing:
    id: int
    guild_id: int
    entry_id: int
    kind: str
    terms: str
    count: int
    created_at: dt.datetime
    last_at: dt.datetime


_COLUMNS = ("id", "guild_id", "entry_id", "kind", "terms", "count", "created_at", "last_at")
_SELECT = f"SELECT {', '.join('p.' + c for c in _COLUMNS)} FROM qa_phrasings p"  # noqa: S608 (this module's columns)


class QAPhrasings:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._vocabulary: dict[str, int] | None = None
        self._seen_version: tuple[int, int] | None = None

    def _row(self, row: tuple) -> Phrasing:
        values = dict(zip(_COLUMNS, row, strict=True))
        for name in ("created_at", "last_at"):
            values[name] = from_db(values[name], self.store.zone)
        return Phrasing(**values)

    def get(self, phrasing_id: int) -> Phrasing | None:
        if not is_id(phrasing_id):
            return None
        row = self.store.db.execute(f"{_SELECT} WHERE p.id = ?", [phrasing_id]).fetchone()
        return self._row(row) if row else None

    def listed(self, guild_id: int | None, entry_id: int | None = None) -> list[Phrasing]:
        """The server's phrasings (of one entry, when given), oldest first."""
        if entry_id is None:
            rows = self.store.db.execute(f"{_SELECT} WHERE p.guild_id = ? ORDER BY p.id", [server_key(guild_id)])
        else:
            rows = self.store.db.execute(
                f"{_SELECT} WHERE p.guild_id = ? AND p.entry_id = ? ORDER BY p.id", [server_key(guild_id), entry_id]
            )
        return [self._row(r) for r in rows]

    def learn(self, guild_id: int | None, entry_id: int, kind: str, terms: str, now: dt.datetime) -> int:
        """Attach `terms` to the entry; the same terms again count up (a stronger kind replaces a weaker one:
        `kind` is kept when it ranks before the stored one in bot.qa.phrasings.KINDS, the caller's order)."""
        with self.store.immediate() as db:
            row = db.execute(
                "SELECT id, kind FROM qa_phrasings WHERE guild_id = ? AND entry_id = ? AND terms = ?",
                [server_key(guild_id), entry_id, terms],
            ).fetchone()
            if row is not None:
                db.execute(
                    "UPDATE qa_phrasings SET count = count + 1, last_at = ?, kind = ? WHERE id = ?",
                    [to_db(now), kind, row[0]],
                )
                phrasing_id = row[0]
            else:
                phrasing_id = (
                    db["qa_phrasings"]
                    .insert(
                        {
                            "guild_id": server_key(guild_id),
                            "entry_id": entry_id,
                            "kind": kind,
                            "terms": terms,
                            "count": 1,
                            "created_at": to_db(now),
                            "last_at": to_db(now),
                        }
                    )
                    .last_pk
                )
                db.execute("INSERT INTO qa_phrasing_index (rowid, terms) VALUES (?, ?)", [phrasing_id, terms])
        self._vocabulary = None
        return phrasing_id

    def kind_of(self, guild_id: int | None, entry_id: int, terms: str) -> str | None:
        row = self.store.db.execute(
            "SELECT kind FROM qa_phrasings WHERE guild_id = ? AND entry_id = ? AND terms = ?",
            [server_key(guild_id), entry_id, terms],
        ).fetchone()
        return row[0] if row else None

    def remove(self, phrasing_id: int) -> bool:
        with self.store.immediate() as db:
            gone = db.execute("DELETE FROM qa_phrasings WHERE id = ?", [phrasing_id]).rowcount
            db.execute("DELETE FROM qa_phrasing_index WHERE rowid = ?", [phrasing_id])
        self._vocabulary = None
        return bool(gone)

    def candidates(self, guild_id: int | None, words: Sequence[str], limit: int = 40) -> list[Phrasing]:
        """Phrasings of active entries holding any of the words, best bm25 first."""
        parts = [f'"{w}"' for w in dict.fromkeys(words) if w.isalnum()]
        if not parts:
            return []
        rows = self.store.db.execute(
            f"{_SELECT} JOIN qa_phrasing_index ON qa_phrasing_index.rowid = p.id "
            "JOIN qa_entries e ON e.id = p.entry_id "
            "WHERE qa_phrasing_index MATCH ? AND p.guild_id = ? AND e.withdrawn_at IS NULL "
            "ORDER BY bm25(qa_phrasing_index) LIMIT ?",
            [" OR ".join(parts), server_key(guild_id), limit],
        )
        return [self._row(r) for r in rows]

    def frequencies(self, words: Iterable[str]) -> dict[str, int]:
        """How many phrasings hold each word (words none holds are left out)."""
        vocabulary = self._current()
        return {w: vocabulary[w] for w in words if w in vocabulary}

    def _current(self) -> dict[str, int]:
        version = self.store.cache.generation()
        if self._vocabulary is None or version is None or version != self._seen_version:
            self._vocabulary = dict(self.store.db.execute("SELECT term, doc FROM qa_phrasing_vocab"))
            self._seen_version = version
        return self._vocabulary
