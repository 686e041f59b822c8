"""Posts of the course forum: one row per question, from /question or posted straight in the forum.

A post asked "anonymous to everyone" keeps no author_id (only the digest of the key its author was given); the
marked answer keeps its text and whether staff wrote it, never who wrote it. Each post keeps its course: listings,
search and counts take the server's current course (`course=`), so posts of a course the server left stay, unseen,
until it switches back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from bot.core.ids import is_id
from bot.store.encoding import from_db, server_key, to_db

if TYPE_CHECKING:
    from bot.store.database import Store

STATUSES = ("unanswered", "answered", "resolved", "duplicate", "deleted")
_TIMES = ("created_at", "updated_at", "first_staff_at", "answered_at", "resolved_at", "edited_at", "deleted_at")
_FLAGS = ("starter_ours", "answer_by_staff", "endorsed", "archived")


@dataclass(frozen=True)
class Post:
    id: int
    guild_id: int
    thread_id: int | None
    channel_id: int | None
    starter_id: int | None
    starter_ours: bool
    title: str
    body: str
    topic: str
    visibility: str
    author_id: int | None
    key_digest: str | None
    via: str
    status: str
    created_at: dt.datetime
    updated_at: dt.datetime
    first_staff_at: dt.datetime | None
    answered_at: dt.datetime | None
    answer_id: int | None
    answer_text: str | None
    answer_by_staff: bool
    endorsed: bool
    duplicate_of: int | None
    resolved_at: dt.datetime | None
    archived: bool
    edited_at: dt.datetime | None
    deleted_at: dt.datetime | None
    # The course the post was asked in (its server may switch course and back); None: made for the course the
    # server follows now (before posts carried one; a switch stamps them with the course it leaves).
    course: str | None = None

    @property
    def open(self) -> bool:
        return self.status in ("unanswered", "answered")


_COLUMNS = [f.name for f in fields(Post)]
# A post of the course asked about (the one bound parameter), or made before posts carried their course: those are
# the current course's, since switching course stamps them with the course left.
OF_COURSE = "(course = ? OR course IS NULL)"
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM qa_posts"  # noqa: S608 (column names are this module's own)


class QAPosts:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _row(self, row: tuple) -> Post:
        values = dict(zip(_COLUMNS, row, strict=True))
        for name in _TIMES:
            if values[name] is not None:
                values[name] = from_db(values[name], self.store.zone)
        for name in _FLAGS:
            values[name] = bool(values[name])
        return Post(**values)

    def add(
        self,
        guild_id: int | None,
        *,
        title: str,
        body: str,
        topic: str,
        visibility: str,
        author_id: int | None,
        via: str,
        now: dt.datetime,
        thread_id: int | None = None,
        channel_id: int | None = None,
        starter_id: int | None = None,
        starter_ours: bool = False,
        key_digest: str | None = None,
        course: str | None = None,
    ) -> Post:
        post_id = self._insert(
            {
                "guild_id": server_key(guild_id),
                "course": course,
                "thread_id": thread_id,
                "channel_id": channel_id,
                "starter_id": starter_id,
                "starter_ours": int(starter_ours),
                "title": title,
                "body": body,
                "topic": topic,
                "visibility": visibility,
                "author_id": author_id,
                "key_digest": key_digest,
                "via": via,
                "status": "unanswered",
                "created_at": to_db(now),
                "updated_at": to_db(now),
            }
        )
        if post_id is None:
            raise LookupError(f"thread {thread_id} already has a post")
        return self._existing(post_id)

    def add_for_thread(
        self,
        guild_id: int | None,
        thread_id: int,
        *,
        title: str,
        body: str,
        author_id: int | None,
        now: dt.datetime,
        channel_id: int | None,
        starter_id: int | None,
        course: str | None = None,
    ) -> Post | None:
        """A public question posted straight in the forum, recorded once: None when its thread already has a post
        (a live event and a restart's catch-up, or two processes, saw it; the unique key on thread_id decides)."""
        post_id = self._insert(
            {
                "guild_id": server_key(guild_id),
                "course": course,
                "thread_id": thread_id,
                "channel_id": channel_id,
                "starter_id": starter_id,
                "starter_ours": 0,
                "title": title,
                "body": body,
                "topic": "",
                "visibility": "public",
                "author_id": author_id,
                "via": "forum",
                "status": "unanswered",
                "created_at": to_db(now),
                "updated_at": to_db(now),
            },
            ignore=True,
        )
        return self._existing(post_id) if post_id is not None else None

    def _insert(self, values: dict[str, Any], *, ignore: bool = False) -> int | None:
        names = list(values)
        verb = "INSERT OR IGNORE" if ignore else "INSERT"
        sql = f"{verb} INTO qa_posts ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
        with self.store.immediate() as db:
            cursor = db.execute(sql, [values[n] for n in names])
            return cursor.lastrowid if cursor.rowcount else None

    def _existing(self, post_id: int) -> Post:
        post = self.get(post_id)
        if post is None:
            raise LookupError(f"no post {post_id}")
        return post

    def get(self, post_id: int) -> Post | None:
        if not is_id(post_id):
            return None
        row = self.store.db.execute(f"{_SELECT} WHERE id = ?", [post_id]).fetchone()
        return self._row(row) if row else None

    def by_thread(self, thread_id: int) -> Post | None:
        if not is_id(thread_id):
            return None
        row = self.store.db.execute(f"{_SELECT} WHERE thread_id = ?", [thread_id]).fetchone()
        return self._row(row) if row else None

    def by_message(self, message_id: int) -> Post | None:
        """The post whose starter or marked answer this message is."""
        if not is_id(message_id):
            return None
        row = self.store.db.execute(
            f"{_SELECT} WHERE starter_id = ? OR answer_id = ? LIMIT 1", [message_id, message_id]
        ).fetchone()
        return self._row(row) if row else None

    def guild_ids(self) -> list[int]:
        """The servers holding posts (of any status), as stored."""
        return [r[0] for r in self.store.db.execute("SELECT DISTINCT guild_id FROM qa_posts ORDER BY guild_id")]

    def listed(self, guild_id: int | None, statuses: tuple[str, ...] = (), *, course: str | None = None) -> list[Post]:
        """The server's posts (of these statuses; of this course, when one is given), oldest first."""
        query, args = f"{_SELECT} WHERE guild_id = ?", [server_key(guild_id)]
        if course is not None:
            query += f" AND {OF_COURSE}"
            args.append(course)
        if statuses:
            query += f" AND status IN ({', '.join('?' for _ in statuses)})"
            args += list(statuses)
        return [self._row(r) for r in self.store.db.execute(query + " ORDER BY created_at, id", args)]

    def titles(
        self,
        guild_id: int | None,
        typed: str,
        *,
        staff: bool,
        asker: int | None = None,
        vouched: bool = True,
        limit: int = 25,
        course: str | None = None,
    ) -> list[tuple[int, str]]:
        """(id, title) of posts whose title holds what was typed, newest first. Staff see every post; anyone else
        only titles staff vouched for (public, answered by staff or endorsed: nothing a student wrote is repeated
        to classmates otherwise), unless `vouched` is False, and their own posts (`asker`)."""
        query = "SELECT id, title FROM qa_posts WHERE guild_id = ? AND status != 'deleted' AND title LIKE ? ESCAPE '!'"
        like = "%" + typed.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"
        params: list[Any] = [server_key(guild_id), like]
        if course is not None:
            query += f" AND {OF_COURSE}"
            params.append(course)
        if not staff:
            shown = []
            if vouched:
                shown.append(
                    "(visibility != 'private' AND status IN ('answered', 'resolved') AND (endorsed OR answer_by_staff))"
                )
            if asker is not None:
                shown.append("author_id = ?")
                params.append(asker)
            query += f" AND ({' OR '.join(shown) or '0'})"
        return list(self.store.db.execute(query + " ORDER BY id DESC LIMIT ?", [*params, limit]))

    def stamp_course(self, guild_id: int | None, course: str) -> int:
        """The server's posts made before posts carried their course are the course it is leaving (`course`), so
        they stay with it when it switches; returns how many."""
        with self.store.immediate() as db:
            return db.execute(
                "UPDATE qa_posts SET course = ? WHERE guild_id = ? AND course IS NULL", [course, server_key(guild_id)]
            ).rowcount

    def update(self, post_id: int, now: dt.datetime, **changes: Any) -> Post:
        """Change some columns of a post (instants as aware datetimes, flags as bools); returns the post as now."""
        unknown = set(changes) - set(_COLUMNS) - {"id"}
        if unknown or "id" in changes:
            raise ValueError(f"cannot update {sorted(unknown) or ['id']}")
        values: dict[str, Any] = {}
        for name, value in changes.items():
            if name in _TIMES and value is not None:
                value = to_db(value)
            elif name in _FLAGS:
                value = int(bool(value))
            values[name] = value
        values["updated_at"] = to_db(now)
        with self.store.immediate() as db:
            db["qa_posts"].update(post_id, values)
        return self._existing(post_id)

    def staff_replied(self, post_id: int, at: dt.datetime) -> None:
        """The first staff reply's time is kept (a later one never moves it)."""
        with self.store.immediate() as db:
            db.execute(
                "UPDATE qa_posts SET first_staff_at = ? "
                "WHERE id = ? AND (first_staff_at IS NULL OR first_staff_at > ?)",
                [to_db(at), post_id, to_db(at)],
            )
