"""Personal DM reminders: who subscribed to what, and whose DMs turned out to be closed."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.store.encoding import from_db, server_key, to_db

if TYPE_CHECKING:
    from bot.store.database import Store


@dataclass(frozen=True)
class Subscription:
    guild_id: int
    user_id: int
    kinds: tuple[str, ...]
    offsets: tuple[int, ...]  # minutes before a deadline; empty: the default offsets
    section: str | None
    created_at: dt.datetime  # nothing planned before this is sent to them


class Reminders:
    def __init__(self, store: Store) -> None:
        self.store = store

    def subscribe(
        self,
        guild_id: int | None,
        user_id: int,
        kinds: list[str] | tuple[str, ...],
        offsets: list[int] | tuple[int, ...],
        section: str | None,
        now: dt.datetime,
    ) -> None:
        """Start (or replace) the user's reminders in this server, from now on."""
        with self.store.immediate() as db:
            db["subscriptions"].upsert(
                {
                    "guild_id": server_key(guild_id),
                    "user_id": user_id,
                    "kinds": json.dumps(list(kinds)),
                    "offsets": json.dumps(list(offsets)),
                    "section": section,
                    "created_at": to_db(now),
                },
                pk=("guild_id", "user_id"),
            )

    def unsubscribe(self, guild_id: int | None, user_id: int) -> bool:
        with self.store.immediate() as db:
            cursor = db.execute(
                "DELETE FROM subscriptions WHERE guild_id = ? AND user_id = ?", [server_key(guild_id), user_id]
            )
        return bool(cursor.rowcount)

    def subscription(self, guild_id: int | None, user_id: int) -> Subscription | None:
        """One user's reminders in one server."""
        rows = self._rows("WHERE guild_id = ? AND user_id = ?", [server_key(guild_id), user_id])
        return rows[0] if rows else None

    def servers_of(self, user_id: int) -> set[int]:
        """The servers where this user has reminders (a DM names its course when there are several)."""
        rows = self.store.db.execute("SELECT guild_id FROM subscriptions WHERE user_id = ?", [user_id])
        return {guild for (guild,) in rows}

    def subscriptions(self) -> list[Subscription]:
        """Every subscription, in every server."""
        return self._rows("", [])

    def _rows(self, where: str, params: list) -> list[Subscription]:
        rows = self.store.db.execute(
            "SELECT guild_id, user_id, kinds, offsets, section, created_at FROM subscriptions "  # noqa: S608 (fixed clauses)
            f"{where} ORDER BY guild_id, user_id",
            params,
        )
        zone = self.store.zone
        return [
            Subscription(guild, user, tuple(json.loads(kinds)), tuple(json.loads(offsets)), section, from_db(at, zone))
            for guild, user, kinds, offsets, section, at in rows
        ]

    # closed DMs
    def mark_dms_closed(self, user_id: int, now: dt.datetime) -> None:
        with self.store.immediate() as db:
            db["dm_status"].upsert({"user_id": user_id, "closed_at": to_db(now), "told": 0}, pk="user_id")

    def dms_closed(self, user_id: int) -> bool:
        return self.store.db.execute("SELECT 1 FROM dm_status WHERE user_id = ?", [user_id]).fetchone() is not None

    def take_dm_closed_notice(self, user_id: int) -> bool:
        """True once after the user's DMs were found closed (so the bot tells them exactly once)."""
        if user_id not in self._untold():
            return False  # the usual case, after every command: no write lock taken
        with self.store.immediate() as db:
            cursor = db.execute("UPDATE dm_status SET told = 1 WHERE user_id = ? AND told = 0", [user_id])
        return bool(cursor.rowcount)

    def clear_dms_closed(self, user_id: int) -> None:
        with self.store.immediate() as db:
            db.execute("DELETE FROM dm_status WHERE user_id = ?", [user_id])

    def _untold(self) -> frozenset[int]:
        """Users whose closed DMs they have not been told about yet."""
        sql = "SELECT user_id FROM dm_status WHERE told = 0"
        return self.store.cache.get("dm_untold", lambda: frozenset(r[0] for r in self.store.db.execute(sql)))
