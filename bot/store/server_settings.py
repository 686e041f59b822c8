"""Each server's settings (/setup): one JSON document per server; its shape is bot.announce.server_setup's."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

from bot.store.encoding import server_key, to_db

if TYPE_CHECKING:
    from bot.store.database import Store


class ServerSettings:
    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, guild_id: int | None) -> dict | None:
        """The server's settings (a new dict each call: callers may change it), read again only after a change."""
        raw = self.store.cache.get(("guild_config", server_key(guild_id)), lambda: self._raw(guild_id))
        return json.loads(raw) if raw is not None else None

    def _raw(self, guild_id: int | None) -> str | None:
        row = self.store.db.execute(
            "SELECT config FROM guild_config WHERE guild_id = ?", [server_key(guild_id)]
        ).fetchone()
        return row[0] if row else None

    def guild_ids(self) -> list[int]:
        """Every server that has settings."""
        return [r[0] for r in self.store.db.execute("SELECT guild_id FROM guild_config ORDER BY guild_id")]

    def save(self, guild_id: int | None, config: dict, *, by: int, now: dt.datetime, change: dict) -> None:
        """Replace the server's settings; `change` (what staff changed) goes to the audit trail."""
        with self.store.immediate():
            self.mirror(guild_id, config, now)
            self.store.audit.record(guild_id, by, "setup", change, now)

    def mirror(self, guild_id: int | None, config: dict, now: dt.datetime) -> None:
        """Replace the server's settings with ones saved (and audited) in another file: a console session's copy
        following the shared one."""
        with self.store.immediate() as db:
            db["guild_config"].upsert(
                {
                    "guild_id": server_key(guild_id),
                    "config": json.dumps(config, sort_keys=True),
                    "updated_at": to_db(now),
                },
                pk="guild_id",
            )
