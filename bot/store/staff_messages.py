"""Staff answers the bot posted in a question's thread for a staff member (a follow-up, a saved reply): Discord
shows the bot (or its webhook) as their author, so who wrote them and their words are kept here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.store.encoding import server_key, to_db

if TYPE_CHECKING:
    from bot.store.database import Store


@dataclass(frozen=True)
class StaffMessage:
    message_id: int
    post_id: int
    author_id: int
    text: str


class StaffMessages:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(
        self, guild_id: int | None, message_id: int, *, post_id: int, author_id: int, text: str, now: dt.datetime
    ) -> None:
        with self.store.immediate() as db:
            db["qa_staff_messages"].insert(
                {
                    "message_id": message_id,
                    "guild_id": server_key(guild_id),
                    "post_id": post_id,
                    "author_id": author_id,
                    "text": text,
                    "at": to_db(now),
                },
                pk="message_id",
                replace=True,
            )

    def get(self, guild_id: int | None, message_id: int) -> StaffMessage | None:
        row = self.store.db.execute(
            "SELECT message_id, post_id, author_id, text FROM qa_staff_messages WHERE guild_id = ? AND message_id = ?",
            [server_key(guild_id), message_id],
        ).fetchone()
        return StaffMessage(*row) if row else None
