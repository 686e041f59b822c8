"""What the bot can suggest: imported FAQ entries and forum posts with their answers, and the full-text index of
their words (bot.qa.terms makes the words; the index splits them on spaces and ranks by bm25).

An entry with `endorsed` false is an answered post offered as a link only: its words are not the bot's to repeat.
A withdrawn entry stays for the record and leaves the index.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from itertools import chain
from typing import TYPE_CHECKING, Any

from bot.core.ids import is_id
from bot.store.encoding import from_db, server_key, to_db

if TYPE_CHECKING:
    from bot.store.database import Store


@dataclass(frozen=True)
class Entry:
    id: int
    guild_id: int
    source: str
    post_id: int | None
    question: str
    answer: str
    tags: str
    link: str
    endorsed: bool
    message_id: int | None
    origin: str | None
    question_terms: str
    answer_terms: str
    created_at: dt.datetime
    endorsed_by: int | None
    endorsed_at: dt.datetime | None
    withdrawn_at: dt.datetime | None
    course: str | None = None  # set when a course switch retires it: the course that switching back restores


_COLUMNS = [f.name for f in fields(Entry)]
_SELECT = f"SELECT {', '.join('e.' + c for c in _COLUMNS)} FROM qa_entries e"  # noqa: S608 (this module's columns)


# Entries made from rows lately read: every /ask and /question reads the same FAQ entries and popular posts again, and
# a row read again (the very same values) is the same entry, so it is not converted again. A row whose entry changed
# differs and is made anew; the oldest are forgotten past this many.
ENTRIES_KEPT = 512

# `withdrawn_by` of an entry the bot retired (no person withdrew it): a later import of its row brings it back.
RETIRED_BY = -1
# `withdrawn_by` of a retired entry whose post changed while it was retired: it is never restored.
STALE_BY = 0


class QAEntries:
    def __init__(self, store: Store) -> None:
        self.store = store
        # Each server's words, how many of its entries hold each and how many it has, read once and again only
        # after a change (this connection's own, or another process's: the read-cache generation, bot.store.read_cache).
        self._by_server: dict[int, tuple[dict[str, int], int]] = {}
        self._seen_version: tuple[int, int] | None = None
        self._entries: dict[tuple, Entry] = {}  # row -> its entry (the store's zone never changes)

    def _row(self, row: tuple) -> Entry:
        entry = self._entries.get(row)
        if entry is None:
            if len(self._entries) >= ENTRIES_KEPT:
                del self._entries[next(iter(self._entries))]
            entry = self._entries[row] = self._entry(row)
        return entry

    def _entry(self, row: tuple) -> Entry:
        values = dict(zip(_COLUMNS, row, strict=True))
        for name in ("created_at", "endorsed_at", "withdrawn_at"):
            if values[name] is not None:
                values[name] = from_db(values[name], self.store.zone)
        values["endorsed"] = bool(values["endorsed"])
        return Entry(**values)

    def get(self, entry_id: int) -> Entry | None:
        if not is_id(entry_id):
            return None
        row = self.store.db.execute(f"{_SELECT} WHERE e.id = ?", [entry_id]).fetchone()
        return self._row(row) if row else None

    def for_post(self, post_id: int) -> Entry | None:
        if not is_id(post_id):
            return None
        row = self.store.db.execute(
            f"{_SELECT} WHERE e.post_id = ? AND e.withdrawn_at IS NULL ORDER BY e.id DESC LIMIT 1", [post_id]
        ).fetchone()
        return self._row(row) if row else None

    def guild_ids(self) -> list[int]:
        """The servers holding entries (an FAQ or answered posts, withdrawn ones too), as stored."""
        return [r[0] for r in self.store.db.execute("SELECT DISTINCT guild_id FROM qa_entries ORDER BY guild_id")]

    def active(self, guild_id: int | None) -> list[Entry]:
        rows = self.store.db.execute(
            f"{_SELECT} WHERE e.guild_id = ? AND e.withdrawn_at IS NULL ORDER BY e.id", [server_key(guild_id)]
        )
        return [self._row(r) for r in rows]

    def by_origin(self, guild_id: int | None) -> dict[str, Entry]:
        rows = self.store.db.execute(
            f"{_SELECT} WHERE e.guild_id = ? AND e.origin IS NOT NULL AND e.withdrawn_at IS NULL",
            [server_key(guild_id)],
        )
        return {entry.origin: entry for entry in map(self._row, rows) if entry.origin}

    def withdrawn_by_origin(self, guild_id: int | None) -> dict[str, Entry]:
        """The latest withdrawn entry of each origin (an FAQ row staff took back), by origin; not those the bot
        retired itself (dropped from an imported file, or left by a course change): a later file may bring them back."""
        rows = self.store.db.execute(
            f"{_SELECT} WHERE e.guild_id = ? AND e.origin IS NOT NULL AND e.withdrawn_at IS NOT NULL "
            "AND coalesce(e.withdrawn_by, 0) != ? ORDER BY e.id",
            [server_key(guild_id), RETIRED_BY],
        )
        return {entry.origin: entry for entry in map(self._row, rows) if entry.origin}

    def add(self, guild_id: int | None, now: dt.datetime, **values: Any) -> int:
        """A new entry (`values`: its columns), indexed at once."""
        with self.store.immediate() as db:
            row = {
                **values,
                "guild_id": server_key(guild_id),
                "created_at": to_db(now),
                "endorsed": int(bool(values.get("endorsed"))),
            }
            if row.get("endorsed_at") is not None:
                row["endorsed_at"] = to_db(row["endorsed_at"])
            entry_id = db["qa_entries"].insert(row).last_pk
            db.execute(
                "INSERT INTO qa_index (rowid, question, answer) VALUES (?, ?, ?)",
                [entry_id, values["question_terms"], values["answer_terms"]],
            )
        self._changed()
        return entry_id

    def change(self, entry_id: int, **values: Any) -> None:
        """Change an active entry's columns; its index row follows."""
        for name in ("endorsed_at", "withdrawn_at"):
            if values.get(name) is not None:
                values[name] = to_db(values[name])
        if "endorsed" in values:
            values["endorsed"] = int(bool(values["endorsed"]))
        with self.store.immediate() as db:
            db["qa_entries"].update(entry_id, values)
            db.execute("DELETE FROM qa_index WHERE rowid = ?", [entry_id])
            row = db.execute(
                "SELECT question_terms, answer_terms, withdrawn_at FROM qa_entries WHERE id = ?", [entry_id]
            ).fetchone()
            if row is not None and row[2] is None:
                db.execute("INSERT INTO qa_index (rowid, question, answer) VALUES (?, ?, ?)", [entry_id, *row[:2]])
        self._changed()

    def withdraw(self, entry_id: int, *, by: int, now: dt.datetime, course: str | None = None) -> None:
        """Take an entry out of what the bot suggests (kept for the record); `course`: retired by a switch away
        from that course, and brought back by `restore_course` when the server switches back."""
        with self.store.immediate():
            self.change(entry_id, withdrawn_at=now, withdrawn_by=by, **({"course": course} if course else {}))

    def restore_course(self, guild_id: int | None, course: str) -> int:
        """The entries a switch away from `course` retired are suggested again (an FAQ question live meanwhile under
        the same origin keeps its place); returns how many. A forum entry comes back only while its post still holds
        that answer (not deleted, closed as a duplicate, unmarked, or its endorsement withdrawn meanwhile, whatever
        course the server followed then): the others are withdrawn for good, and the post is offered again as it
        reads now (bot.qa.knowledge.offer_course_posts)."""
        with self.store.immediate() as db:
            live = set(self.by_origin(guild_id))
            rows = db.execute(
                "SELECT e.id, e.origin, e.post_id IS NULL OR (p.status IN ('answered', 'resolved') "
                "AND p.answer_id = e.message_id AND (e.endorsed = 0 OR p.endorsed = 1)) "
                "FROM qa_entries e LEFT JOIN qa_posts p ON p.id = e.post_id "
                "WHERE e.guild_id = ? AND e.course = ? AND e.withdrawn_by = ? AND e.withdrawn_at IS NOT NULL "
                "ORDER BY e.id",
                [server_key(guild_id), course, RETIRED_BY],
            ).fetchall()
            restored = 0
            for entry_id, origin, still_so in rows:
                if not still_so:
                    db.execute("UPDATE qa_entries SET withdrawn_by = ? WHERE id = ?", [STALE_BY, entry_id])
                    continue
                if origin is not None and origin in live:
                    continue
                live.add(origin)
                self.change(entry_id, withdrawn_at=None, withdrawn_by=None)
                restored += 1
        return restored

    def forget_retired(self, post_id: int, *, by: int) -> None:
        """The post's entries a course switch retired are withdrawn for good (its question or answer was deleted, or
        it was closed as a duplicate, while the server followed another course): switching back never restores them."""
        with self.store.immediate() as db:
            db.execute(
                "UPDATE qa_entries SET withdrawn_by = ? WHERE post_id = ? AND withdrawn_by = ?",
                [by, post_id, RETIRED_BY],
            )

    def candidates(
        self, guild_id: int | None, words: Sequence[str], prefixes: Iterable[str] = (), limit: int = 40
    ) -> list[Entry]:
        """Active entries holding any of the words (or a word starting with one of `prefixes`), best bm25 first."""
        parts = [f'"{w}"' for w in dict.fromkeys(words) if w.isalnum()]
        parts += [f'"{p}"*' for p in dict.fromkeys(prefixes) if p.isalnum()]
        if not parts:
            return []
        rows = self.store.db.execute(
            f"{_SELECT} JOIN qa_index ON qa_index.rowid = e.id WHERE qa_index MATCH ? AND e.guild_id = ? "
            "AND e.withdrawn_at IS NULL ORDER BY bm25(qa_index, 3.0, 1.0) LIMIT ?",
            [" OR ".join(parts), server_key(guild_id), limit],
        )
        return [self._row(r) for r in rows]

    def frequencies(self, guild_id: int | None, words: Iterable[str]) -> tuple[dict[str, int], int]:
        """How many of the server's suggested entries hold each word, and how many there are (the ranking's weights):
        one server's FAQ never weighs on another's suggestions."""
        vocabulary, total = self._counts(guild_id)
        return {w: vocabulary[w] for w in words if w in vocabulary}, total

    def vocabulary(self, guild_id: int | None) -> dict[str, int]:
        """Every word of the server's suggested entries with how many hold it (read-only: the store's own copy)."""
        return self._counts(guild_id)[0]

    def known(self, guild_id: int | None, words: Iterable[str]) -> set[str]:
        """Which of these words the server's suggested entries hold."""
        vocabulary = self._counts(guild_id)[0]
        return {w for w in words if w in vocabulary}

    def _counts(self, guild_id: int | None) -> tuple[dict[str, int], int]:
        """The server's words with how many of its active entries hold each, and how many entries it has; read once
        and again only after a change. Counted from the entries' stored terms, which the index splits on spaces as
        `str.split` does, so they are the index's own counts restricted to the server."""
        version = self.store.cache.generation()  # None inside a transaction: read again, keep nothing
        if version is None or version != self._seen_version:
            self._by_server = {}
            self._seen_version = version
        key = server_key(guild_id)
        counts = self._by_server.get(key)
        if counts is None:
            rows = self.store.db.execute(
                "SELECT question_terms || ' ' || answer_terms FROM qa_entries WHERE guild_id = ? "
                "AND withdrawn_at IS NULL",
                [key],
            ).fetchall()
            counts = (dict(Counter(chain.from_iterable(set(words.split()) for (words,) in rows))), len(rows))
            if version is not None:
                self._by_server[key] = counts
        return counts

    def _changed(self) -> None:
        self._by_server = {}
