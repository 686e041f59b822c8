"""Each server's course forum (/setup qa-forum): the forum channel, where private questions and staff pings go,
the webhook anonymous posts go out through, the forum's tags by name, and after how many hours staff are pinged."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.store.encoding import from_db, server_key, to_db

if TYPE_CHECKING:
    from bot.store.database import Store


@dataclass(frozen=True)
class ForumConfig:
    guild_id: int
    forum_id: int
    private_channel_id: int | None = None
    staff_channel_id: int | None = None
    webhook_id: int | None = None
    webhook_token: str | None = field(default=None, repr=False)
    tags: dict[str, int] = field(default_factory=dict)
    ping_hours: float = 24.0
    guidelines_thread_id: int | None = None
    set_at: dt.datetime | None = None


class QAForums:
    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, guild_id: int | None) -> ForumConfig | None:
        row = self.store.db.execute("SELECT * FROM qa_forums WHERE guild_id = ?", [server_key(guild_id)]).fetchone()
        if row is None:
            return None
        names = [d[0] for d in self.store.db.execute("SELECT * FROM qa_forums LIMIT 0").description]
        r = dict(zip(names, row, strict=True))
        return ForumConfig(
            guild_id=r["guild_id"],
            forum_id=r["forum_id"],
            private_channel_id=r["private_channel_id"],
            staff_channel_id=r["staff_channel_id"],
            webhook_id=r["webhook_id"],
            webhook_token=r["webhook_token"],
            tags={k: int(v) for k, v in json.loads(r["tags"] or "{}").items()},
            ping_hours=float(r["ping_hours"]),
            guidelines_thread_id=r["guidelines_thread_id"],
            set_at=from_db(r["set_at"], self.store.zone) if r["set_at"] else None,
        )

    def guild_ids(self) -> list[int]:
        return [r[0] for r in self.store.db.execute("SELECT guild_id FROM qa_forums ORDER BY guild_id")]

    def save(self, config: ForumConfig, *, by: int, now: dt.datetime) -> None:
        """Replace the server's forum setup (audited; the webhook's token is never written to the audit trail)."""
        with self.store.immediate() as db:
            db["qa_forums"].upsert(
                {
                    "guild_id": server_key(config.guild_id),
                    "forum_id": config.forum_id,
                    "private_channel_id": config.private_channel_id,
                    "staff_channel_id": config.staff_channel_id,
                    "webhook_id": config.webhook_id,
                    "webhook_token": config.webhook_token,
                    "tags": json.dumps(config.tags, sort_keys=True),
                    "ping_hours": config.ping_hours,
                    "guidelines_thread_id": config.guidelines_thread_id,
                    "set_by": by,
                    "set_at": to_db(config.set_at or now),
                },
                pk="guild_id",
            )
            details = {
                "forum": config.forum_id,
                "private_channel": config.private_channel_id,
                "staff_channel": config.staff_channel_id,
                "ping_hours": config.ping_hours,
                "tags": sorted(config.tags),
            }
            self.store.audit.record(config.guild_id, by, "qa.setup", details, now)
