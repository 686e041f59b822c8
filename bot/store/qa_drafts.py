"""Questions written in /question and waiting for "Post my question" (buttons that survive restarts carry the
draft's id and its token). A draft asked "anonymous to everyone" has no author."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.ids import is_id
from bot.store.encoding import from_db, server_key, to_db

if TYPE_CHECKING:
    from bot.store.database import Store

KEEP = dt.timedelta(days=2)  # drafts older than this are dropped


@dataclass(frozen=True)
class Draft:
    id: int
    guild_id: int
    author_id: int | None
    token: str
    title: str
    body: str
    topic: str
    visibility: str
    created_at: dt.datetime


class QADrafts:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(
        self,
        guild_id: int | None,
        author_id: int | None,
        *,
        title: str,
        body: str,
        topic: str,
        visibility: str,
        now: dt.datetime,
    ) -> Draft:
        token = secrets.token_urlsafe(9)
        with self.store.immediate() as db:
            db.execute("DELETE FROM qa_drafts WHERE created_at < ?", [to_db(now - KEEP)])
            draft_id = (
                db["qa_drafts"]
                .insert(
                    {
                        "guild_id": server_key(guild_id),
                        "author_id": author_id,
                        "token": token,
                        "title": title,
                        "body": body,
                        "topic": topic,
                        "visibility": visibility,
                        "created_at": to_db(now),
                    }
                )
                .last_pk
            )
        return Draft(draft_id, server_key(guild_id), author_id, token, title, body, topic, visibility, now)

    def get(self, draft_id: int, token: str) -> Draft | None:
        """The draft, left in place; None if it is gone or the token is not its own."""
        if not is_id(draft_id):
            return None
        row = self.store.db.execute(
            "SELECT id, guild_id, author_id, token, title, body, topic, visibility, created_at FROM qa_drafts "
            "WHERE id = ?",
            [draft_id],
        ).fetchone()
        if row is None or not secrets.compare_digest(row[3], token):
            return None
        return Draft(*row[:8], from_db(row[8], self.store.zone))

    def take(self, draft_id: int, token: str) -> Draft | None:
        """The draft (removed: it is posted or dropped once), or None if it is gone or the token is not its own."""
        if not is_id(draft_id):
            return None
        with self.store.immediate() as db:
            row = db.execute(
                "SELECT id, guild_id, author_id, token, title, body, topic, visibility, created_at FROM qa_drafts "
                "WHERE id = ?",
                [draft_id],
            ).fetchone()
            if row is None or not secrets.compare_digest(row[3], token):
                return None
            db.execute("DELETE FROM qa_drafts WHERE id = ?", [draft_id])
        return Draft(*row[:8], from_db(row[8], self.store.zone))
