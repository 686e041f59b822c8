"""Announcements staff schedule with /announce: when, what, by whom; cancelled ones are kept, marked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.store.encoding import from_db, server_key, to_db

if TYPE_CHECKING:
    from bot.store.database import Store


@dataclass(frozen=True)
class StaffPost:
    id: int
    guild_id: int
    at: dt.datetime
    message: str
    author_id: int
    created_at: dt.datetime


class StaffPosts:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, guild_id: int | None, at: dt.datetime, message: str, *, by: int, now: dt.datetime) -> int:
        """Schedule a post; returns its number (what /announce list and cancel show)."""
        with self.store.immediate() as db:
            post_id = (
                db["staff_posts"]
                .insert(
                    {
                        "guild_id": server_key(guild_id),
                        "at": to_db(at),
                        "message": message,
                        "author_id": by,
                        "created_at": to_db(now),
                        "cancelled": 0,
                    }
                )
                .last_pk
            )
            self.store.audit.record(guild_id, by, "announce.add", {"id": post_id, "at": to_db(at)}, now)
        return post_id

    def scheduled(self, guild_id: int | None) -> list[StaffPost]:
        """The server's posts that were not cancelled (sent or not), in time order."""
        rows = self.store.db.execute(
            "SELECT id, guild_id, at, message, author_id, created_at FROM staff_posts "
            "WHERE guild_id = ? AND cancelled = 0 ORDER BY at, id",
            [server_key(guild_id)],
        )
        zone = self.store.zone
        return [
            StaffPost(post_id, guild, from_db(at, zone), message, author, from_db(created, zone))
            for post_id, guild, at, message, author, created in rows
        ]

    def cancel(self, guild_id: int | None, post_id: int, *, by: int, now: dt.datetime) -> bool:
        """Cancel a post that is still scheduled; False if there is no such post."""
        return self.cancel_unsent(guild_id, post_id, delivery_key=None, by=by, now=now) == "cancelled"

    def cancel_unsent(
        self, guild_id: int | None, post_id: int, *, delivery_key: str | None, by: int, now: dt.datetime
    ) -> str:
        """Cancel a post that has not started going out: "cancelled"; "missing" when there is no such post; else
        the delivery log's status for it ("claimed": being posted now; "sent", "skipped", "failed"), unchanged.
        The log is read in the same write transaction the sender claims in, so a cancel and a send never cross."""
        guild = server_key(guild_id)
        with self.store.immediate() as db:
            if delivery_key is not None:
                row = db.execute(
                    "SELECT status FROM deliveries WHERE guild_id = ? AND key = ?", [guild, delivery_key]
                ).fetchone()
                live = db.execute(
                    "SELECT 1 FROM staff_posts WHERE guild_id = ? AND id = ? AND cancelled = 0", [guild, post_id]
                ).fetchone()
                if row is not None and live is not None:
                    return row[0]
            cursor = db.execute(
                "UPDATE staff_posts SET cancelled = 1 WHERE guild_id = ? AND id = ? AND cancelled = 0",
                [guild, post_id],
            )
            if cursor.rowcount:
                self.store.audit.record(guild_id, by, "announce.cancel", {"id": post_id}, now)
        return "cancelled" if cursor.rowcount else "missing"
