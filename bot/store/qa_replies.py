"""Staff's saved replies for the course forum ("Please post your error message, not your code"), by name."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from bot.store.encoding import server_key, to_db

if TYPE_CHECKING:
    from bot.store.database import Store


class QAReplies:
    def __init__(self, store: Store) -> None:
        self.store = store

    def save(self, guild_id: int | None, name: str, text: str, *, by: int, now: dt.datetime) -> None:
        """Save (or replace) a reply under its name; audited."""
        with self.store.immediate() as db:
            db["qa_replies"].upsert(
                {"guild_id": server_key(guild_id), "name": name, "text": text, "saved_by": by, "saved_at": to_db(now)},
                pk=("guild_id", "name"),
            )
            self.store.audit.record(guild_id, by, "qa.save_reply", {"name": name}, now)

    def get(self, guild_id: int | None, name: str) -> str | None:
        row = self.store.db.execute(
            "SELECT text FROM qa_replies WHERE guild_id = ? AND lower(name) = lower(?)", [server_key(guild_id), name]
        ).fetchone()
        return row[0] if row else None

    def names(self, guild_id: int | None) -> list[str]:
        rows = self.store.db.execute(
            "SELECT name FROM qa_replies WHERE guild_id = ? ORDER BY name", [server_key(guild_id)]
        )
        return [r[0] for r in rows]
