"""What /qa stats counts: questions asked, questions the bot answered before anything was posted ("That answers
it"), posts made. Events carry no user: the counts say how the forum is used, never by whom."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from bot.store.encoding import server_key, to_db
from bot.store.qa_posts import OF_COURSE

if TYPE_CHECKING:
    from bot.store.database import Store

KINDS = ("asked", "answered_before_posting", "posted")


class QAEvents:
    def __init__(self, store: Store) -> None:
        self.store = store

    def record(
        self, guild_id: int | None, kind: str, now: dt.datetime, post_id: int | None = None, *, course: str | None
    ) -> None:
        """One event of the server's forum, counted for `course` (the one it follows; None: not known)."""
        if kind not in KINDS:
            raise ValueError(f"unknown event kind {kind!r}")
        with self.store.immediate() as db:
            db.execute(
                "INSERT INTO qa_events (guild_id, kind, post_id, at, course) VALUES (?, ?, ?, ?, ?)",
                [server_key(guild_id), kind, post_id, to_db(now), course],
            )

    def stamp_course(self, guild_id: int | None, course: str) -> None:
        """The server's events counted before events carried their course are the course it is leaving."""
        with self.store.immediate() as db:
            db.execute(
                "UPDATE qa_events SET course = ? WHERE guild_id = ? AND course IS NULL", [course, server_key(guild_id)]
            )

    def counts(self, guild_id: int | None, *, course: str | None = None) -> dict[str, int]:
        """How many of each kind the server counted (for this course, when one is given)."""
        query, args = "SELECT kind, count(*) FROM qa_events WHERE guild_id = ?", [server_key(guild_id)]
        if course is not None:
            query += f" AND {OF_COURSE}"
            args.append(course)
        rows = self.store.db.execute(query + " GROUP BY kind", args).fetchall()
        found = dict(rows)
        return {kind: found.get(kind, 0) for kind in KINDS}
