"""Small facts the bot keeps about itself (e.g. the fingerprint of the last registered command set)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.store.database import Store


class Meta:
    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, key: str) -> str | None:
        row = self.store.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set(self, key: str, value: str) -> None:
        with self.store.immediate() as db:
            db["meta"].upsert({"key": key, "value": value}, pk="key")

    def delete(self, key: str) -> None:
        with self.store.immediate() as db:
            db.execute("DELETE FROM meta WHERE key = ?", [key])
