"""What /qa stats counts: questions asked, questions the bot answered before anything was posted ("That answers
it"), posts made. Events carry no user: the counts say how the forum is used, never by whom."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from bot.store.encoding import server_key, to_db

if TYPE_CHECKING:
    from bot.store.database import Store

KINDS = ("asked", "answered_before_posting", "posted")


class QAEvents:
    def __init__(self, store: Store) -> None:
        self.store = store

    def record(self, guild_id: int | None, kind: str, now: dt.datetime, post_id: int | None = None) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown event kind {kind!r}")
        with self.store.immediate() as db:
            db.execute(
                "INSERT INTO qa_events (guild_id, kind, post_id, at) VALUES (?, ?, ?, ?)",
                [server_key(guild_id), kind, post_id, to_db(now)],
            )

    def counts(self, guild_id: int | None) -> dict[str, int]:
        rows = self.store.db.execute(
            "SELECT kind, count(*) FROM qa_events WHERE guild_id = ? GROUP BY kind", [server_key(guild_id)]
        ).fetchall()
        found = dict(rows)
        return {kind: found.get(kind, 0) for kind in KINDS}
