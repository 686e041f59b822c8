"""Notices: what a user is told the next time they use the bot, once (e.g. staff moved their account link).

Kept in the database rather than sent by DM: a DM can be closed or lost in a restart, and the console has none;
a stored notice survives restarts, is shown privately, and is shown exactly once.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.store.encoding import from_db, server_key, to_db

if TYPE_CHECKING:
    from bot.store.database import Store


@dataclass(frozen=True)
class Notice:
    id: int
    guild_id: int
    user_id: int
    kind: str  # e.g. link.approved, link.moved_away, link.denied (worded by bot.answers.links)
    details: dict[str, Any]
    created_at: dt.datetime


class Notices:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, guild_id: int | None, user_id: int, kind: str, details: dict, now: dt.datetime) -> None:
        """Queue a notice; inside a caller's transaction it is kept only if the caller's change is."""
        with self.store.immediate() as db:
            db.execute(
                "INSERT INTO notices (guild_id, user_id, kind, details, created_at) VALUES (?, ?, ?, ?, ?)",
                [server_key(guild_id), user_id, kind, json.dumps(details, sort_keys=True), to_db(now)],
            )

    def take(self, guild_id: int | None, user_id: int, now: dt.datetime) -> list[Notice]:
        """The user's notices not shown yet, oldest first; from now on they count as shown."""
        guild = server_key(guild_id)
        if (guild, user_id) not in self._waiting():
            return []  # the usual case, after every command: no query, no write lock
        with self.store.immediate() as db:
            rows = db.execute(
                "SELECT id, guild_id, user_id, kind, details, created_at FROM notices "
                "WHERE guild_id = ? AND user_id = ? AND shown_at IS NULL ORDER BY created_at, id",
                [guild, user_id],
            ).fetchall()
            if rows:
                db.execute(
                    "UPDATE notices SET shown_at = ? WHERE guild_id = ? AND user_id = ? AND shown_at IS NULL",
                    [to_db(now), guild, user_id],
                )
        zone = self.store.zone
        return [
            Notice(notice_id, guild, user, kind, json.loads(details), from_db(created, zone))
            for notice_id, guild, user, kind, details, created in rows
        ]

    def _waiting(self) -> frozenset[tuple[int, int]]:
        """(server, user) of every notice not shown yet."""
        sql = "SELECT DISTINCT guild_id, user_id FROM notices WHERE shown_at IS NULL"
        return self.store.cache.get("notices_waiting", lambda: frozenset(self.store.db.execute(sql)))
