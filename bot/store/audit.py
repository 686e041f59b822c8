"""The audit trail: who did what, when, to what (every staff action, written in the action's own transaction)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.store.encoding import from_db, server_key, to_db

if TYPE_CHECKING:
    from bot.store.database import Store


@dataclass(frozen=True)
class AuditEntry:
    """One recorded action. `details` are the action's own values (ids, emails, reasons), as recorded."""

    id: int
    at: dt.datetime
    guild_id: int
    user_id: int
    action: str
    details: dict[str, Any]


class AuditTrail:
    def __init__(self, store: Store) -> None:
        self.store = store

    def record(self, guild_id: int | None, user_id: int, action: str, details: dict, now: dt.datetime) -> None:
        """Add an entry; inside a caller's transaction it commits (or rolls back) with the action itself."""
        with self.store.immediate() as db:
            db.execute(
                "INSERT INTO audit (at, guild_id, user_id, action, detail) VALUES (?, ?, ?, ?, ?)",
                [to_db(now), server_key(guild_id), user_id, action, json.dumps(details, sort_keys=True)],
            )

    def latest(self, guild_id: int | None, limit: int = 20) -> list[AuditEntry]:
        """The server's most recent entries, newest first."""
        rows = self.store.db.query(
            "SELECT * FROM audit WHERE guild_id = ? ORDER BY id DESC LIMIT ?", [server_key(guild_id), limit]
        )
        return [
            AuditEntry(
                id=r["id"],
                at=from_db(r["at"], self.store.zone),
                guild_id=r["guild_id"],
                user_id=r["user_id"],
                action=r["action"],
                details=_details(r["detail"]),
            )
            for r in rows
        ]


def _details(raw: str | None) -> dict[str, Any]:
    try:
        value = json.loads(raw or "{}")
    except ValueError:
        return {"text": raw}
    return value if isinstance(value, dict) else {"value": value}
