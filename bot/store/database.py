"""Runtime state in SQLite through sqlite-utils: one module owns the schema, versioned by PRAGMA user_version."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlite_utils


def _v1(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["exam_forms"].create(
        {"guild_id": int, "exam_id": str, "url": str, "set_by": int, "set_at": str}, pk=("guild_id", "exam_id")
    )
    db["grades_published"].create(
        {"guild_id": int, "assignment_id": str, "published_at": str, "set_by": int},
        pk=("guild_id", "assignment_id"),
    )
    db["audit"].create({"id": int, "at": str, "guild_id": int, "user_id": int, "action": str, "detail": str}, pk="id")


def _v2(db: sqlite_utils.Database) -> None:
    """Announcements: per-server settings, the delivery log, staff posts, personal DM reminders."""
    db["guild_config"].create({"guild_id": int, "config": str, "updated_at": str}, pk="guild_id")
    db["deliveries"].create(
        {
            "guild_id": int,
            "key": str,
            "status": str,  # claimed | sent | skipped | failed
            "owner": str,
            "claimed_at": str,
            "lease_until": str,
            "done_at": str,
            "message_id": int,
            "channel_id": int,
            "late": int,
            "note": str,
        },
        pk=("guild_id", "key"),
    )
    db["staff_posts"].create(
        {"id": int, "guild_id": int, "at": str, "message": str, "author_id": int, "created_at": str, "cancelled": int},
        pk="id",
    )
    db["subscriptions"].create(
        {"guild_id": int, "user_id": int, "kinds": str, "offsets": str, "section": str, "created_at": str},
        pk=("guild_id", "user_id"),
    )
    db["dm_status"].create({"user_id": int, "closed_at": str, "told": int}, pk="user_id")


def _v3(db: sqlite_utils.Database) -> None:
    """Grace days: students (and their Discord links), imported submissions, staff grants, link requests."""
    db["students"].create(
        {"guild_id": int, "email": str, "sid": str, "name": str, "sections": str, "user_id": int, "username": str},
        pk=("guild_id", "email"),
    )
    db["submissions"].create(
        {
            "guild_id": int,
            "email": str,
            "assignment_id": str,
            "submitted_at": str,
            "lateness_s": float,
            "import_id": int,
        },
        pk=("guild_id", "email", "assignment_id"),
    )
    db["imports"].create(
        {
            "id": int,
            "guild_id": int,
            "at": str,
            "user_id": int,
            "filename": str,
            "digest": str,
            "students": int,
            "assignments": str,
            "changed": int,
        },
        pk="id",
    )
    db["grants"].create(
        {
            "id": int,
            "guild_id": int,
            "email": str,
            "assignment_id": str,
            "kind": str,
            "new_due": str,
            "reason": str,
            "granted_by": int,
            "at": str,
        },
        pk="id",
    )
    db["link_requests"].create(
        {"guild_id": int, "user_id": int, "email": str, "username": str, "at": str, "status": str},
        pk=("guild_id", "user_id"),
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1, _v2, _v3]


class Store:
    """The bot's database. Opened once at start; every write is its own transaction."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite_utils.Database(self.path)
        if self.path != ":memory:":
            self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA busy_timeout=5000")
        self.migrate()

    @contextlib.contextmanager
    def immediate(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the database lock at once (BEGIN IMMEDIATE): read-then-write steps in
        it cannot interleave with another process's. Commits on success, rolls back on any exception."""
        conn = self.db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        for number, step in enumerate(MIGRATIONS, 1):
            if self.version < number:
                with self.db.conn:
                    step(self.db)
                    self.db.execute(f"PRAGMA user_version = {number}")

    def close(self) -> None:
        self.db.close()

    def ping(self) -> bool:
        try:
            self.db.execute("SELECT 1").fetchone()
        except Exception:
            return False
        return True

    # meta
    def get_meta(self, key: str) -> str | None:
        rows = list(self.db.query("SELECT value FROM meta WHERE key = ?", [key]))
        return rows[0]["value"] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        with self.db.conn:
            self.db["meta"].upsert({"key": key, "value": value}, pk="key")

    # exam conflict forms set by staff at runtime
    def exam_form_urls(self, guild_id: int | None) -> dict[str, str]:
        rows = self.db.query("SELECT exam_id, url FROM exam_forms WHERE guild_id = ?", [guild_id or 0])
        return {r["exam_id"]: r["url"] for r in rows}

    def set_exam_form(self, guild_id: int | None, exam_id: str, url: str, user_id: int, now: dt.datetime) -> None:
        with self.db.conn:
            self.db["exam_forms"].upsert(
                {
                    "guild_id": guild_id or 0,
                    "exam_id": exam_id,
                    "url": url,
                    "set_by": user_id,
                    "set_at": now.isoformat(),
                },
                pk=("guild_id", "exam_id"),
            )
            self.audit_in_transaction(guild_id, user_id, "exam.set_form", {"exam": exam_id, "url": url}, now)

    # grades published (opens regrade windows)
    def grades_published(self, guild_id: int | None) -> dict[str, dt.datetime]:
        rows = self.db.query(
            "SELECT assignment_id, published_at FROM grades_published WHERE guild_id = ?", [guild_id or 0]
        )
        return {r["assignment_id"]: dt.datetime.fromisoformat(r["published_at"]) for r in rows}

    def set_grades_published(
        self, guild_id: int | None, assignment_id: str, at: dt.datetime, user_id: int, now: dt.datetime
    ) -> None:
        with self.db.conn:
            self.db["grades_published"].upsert(
                {
                    "guild_id": guild_id or 0,
                    "assignment_id": assignment_id,
                    "published_at": at.isoformat(),
                    "set_by": user_id,
                },
                pk=("guild_id", "assignment_id"),
            )
            self.audit_in_transaction(
                guild_id, user_id, "grades.published", {"assignment": assignment_id, "at": at.isoformat()}, now
            )

    # per-server announcement settings (JSON; the schema of the JSON is bot.guild_config)
    def guild_config(self, guild_id: int) -> dict | None:
        rows = list(self.db.query("SELECT config FROM guild_config WHERE guild_id = ?", [guild_id]))
        return json.loads(rows[0]["config"]) if rows else None

    def guild_ids(self) -> list[int]:
        return [r["guild_id"] for r in self.db.query("SELECT guild_id FROM guild_config ORDER BY guild_id")]

    def set_guild_config(self, guild_id: int, config: dict, user_id: int, now: dt.datetime, change: dict) -> None:
        with self.db.conn:
            self.db["guild_config"].upsert(
                {"guild_id": guild_id, "config": json.dumps(config, sort_keys=True), "updated_at": now.isoformat()},
                pk="guild_id",
            )
            self.audit_in_transaction(guild_id, user_id, "setup", change, now)

    # the delivery log: claim before sending, confirm after
    def claim(self, guild_id: int, key: str, owner: str, now: dt.datetime, lease: dt.timedelta) -> bool:
        """Take the right to post (guild, key). True for exactly one caller, across processes sharing the file.

        A claim whose lease ran out (its process died between claim and confirm) can be taken over; the caller
        must then check whether the earlier attempt reached Discord before posting again.
        """
        until = (now + lease).isoformat()
        with self.immediate() as conn:
            row = conn.execute(
                "SELECT status, lease_until FROM deliveries WHERE guild_id = ? AND key = ?", [guild_id, key]
            ).fetchone()
            if row is None:
                conn.execute(
                    "INSERT INTO deliveries (guild_id, key, status, owner, claimed_at, lease_until, late) "
                    "VALUES (?, ?, 'claimed', ?, ?, ?, 0)",
                    [guild_id, key, owner, now.isoformat(), until],
                )
                taken = True
            elif row[0] == "claimed" and dt.datetime.fromisoformat(row[1]) <= now:
                conn.execute(
                    "UPDATE deliveries SET owner = ?, lease_until = ? WHERE guild_id = ? AND key = ?",
                    [owner, until, guild_id, key],
                )
                taken = True
            else:
                taken = False
        return taken

    def delivery(self, guild_id: int, key: str) -> dict | None:
        rows = list(self.db.query("SELECT * FROM deliveries WHERE guild_id = ? AND key = ?", [guild_id, key]))
        return rows[0] if rows else None

    def confirm(
        self, guild_id: int, key: str, now: dt.datetime, *, message_id: int | None, channel_id: int | None, late: bool
    ) -> None:
        with self.db.conn:
            self.db.execute(
                "UPDATE deliveries SET status = 'sent', done_at = ?, message_id = ?, channel_id = ?, late = ? "
                "WHERE guild_id = ? AND key = ?",
                [now.isoformat(), message_id, channel_id, int(late), guild_id, key],
            )

    def mark(self, guild_id: int, key: str, status: str, now: dt.datetime, note: str = "") -> None:
        """Record an item as skipped (stale) or failed, so it is never retried by accident."""
        with self.db.conn:
            self.db.execute(
                "INSERT INTO deliveries (guild_id, key, status, owner, claimed_at, lease_until, done_at, late, note) "
                "VALUES (?, ?, ?, '', ?, ?, ?, 0, ?) "
                "ON CONFLICT(guild_id, key) DO UPDATE SET status = excluded.status, "
                "done_at = excluded.done_at, note = excluded.note",
                [guild_id, key, status, now.isoformat(), now.isoformat(), now.isoformat(), note],
            )

    def finished_keys(self, guild_id: int) -> set[str]:
        rows = self.db.query("SELECT key FROM deliveries WHERE guild_id = ? AND status != 'claimed'", [guild_id])
        return {r["key"] for r in rows}

    def stale_claims(self, guild_id: int, now: dt.datetime) -> list[dict]:
        rows = self.db.query(
            "SELECT * FROM deliveries WHERE guild_id = ? AND status = 'claimed' AND lease_until <= ?",
            [guild_id, now.isoformat()],
        )
        return list(rows)

    def deliveries_with_status(self, guild_id: int, status: str, limit: int = 10) -> list[dict]:
        """The latest delivery-log rows with this status (e.g. failed, skipped), newest first."""
        rows = self.db.query(
            "SELECT * FROM deliveries WHERE guild_id = ? AND status = ? ORDER BY done_at DESC, key LIMIT ?",
            [guild_id, status, limit],
        )
        return list(rows)

    def delivery_counts(self, guild_id: int) -> dict[str, int]:
        """How many delivery-log rows have each status."""
        rows = self.db.query(
            "SELECT status, COUNT(*) AS n FROM deliveries WHERE guild_id = ? GROUP BY status", [guild_id]
        )
        return {r["status"]: r["n"] for r in rows}

    def last_sent(self) -> str | None:
        rows = list(self.db.query("SELECT MAX(done_at) AS at FROM deliveries WHERE status = 'sent'"))
        return rows[0]["at"] if rows else None

    # staff announcements scheduled with /announce
    def add_staff_post(self, guild_id: int, at: dt.datetime, message: str, author_id: int, now: dt.datetime) -> int:
        with self.db.conn:
            row_id = (
                self.db["staff_posts"]
                .insert(
                    {
                        "guild_id": guild_id,
                        "at": at.isoformat(),
                        "message": message,
                        "author_id": author_id,
                        "created_at": now.isoformat(),
                        "cancelled": 0,
                    }
                )
                .last_pk
            )
            self.audit_in_transaction(guild_id, author_id, "announce.add", {"id": row_id, "at": at.isoformat()}, now)
        return row_id

    def staff_posts(self, guild_id: int, *, include_cancelled: bool = False) -> list[dict]:
        rows = self.db.query("SELECT * FROM staff_posts WHERE guild_id = ? ORDER BY at, id", [guild_id])
        return [r for r in rows if include_cancelled or not r["cancelled"]]

    def cancel_staff_post(self, guild_id: int, post_id: int, user_id: int, now: dt.datetime) -> bool:
        with self.db.conn:
            cursor = self.db.execute(
                "UPDATE staff_posts SET cancelled = 1 WHERE guild_id = ? AND id = ? AND cancelled = 0",
                [guild_id, post_id],
            )
            if cursor.rowcount:
                self.audit_in_transaction(guild_id, user_id, "announce.cancel", {"id": post_id}, now)
        return bool(cursor.rowcount)

    # personal DM reminders
    def subscribe(
        self, guild_id: int, user_id: int, kinds: list[str], offsets: list[int], section: str | None, now: dt.datetime
    ) -> None:
        with self.db.conn:
            self.db["subscriptions"].upsert(
                {
                    "guild_id": guild_id,
                    "user_id": user_id,
                    "kinds": json.dumps(kinds),
                    "offsets": json.dumps(offsets),
                    "section": section,
                    "created_at": now.isoformat(),
                },
                pk=("guild_id", "user_id"),
            )

    def unsubscribe(self, guild_id: int, user_id: int) -> bool:
        with self.db.conn:
            cursor = self.db.execute(
                "DELETE FROM subscriptions WHERE guild_id = ? AND user_id = ?", [guild_id, user_id]
            )
        return bool(cursor.rowcount)

    def subscriptions(self, guild_id: int | None = None) -> list[dict]:
        if guild_id is None:
            rows = self.db.query("SELECT * FROM subscriptions ORDER BY guild_id, user_id")
        else:
            rows = self.db.query("SELECT * FROM subscriptions WHERE guild_id = ? ORDER BY user_id", [guild_id])
        return [{**r, "kinds": json.loads(r["kinds"]), "offsets": json.loads(r["offsets"])} for r in rows]

    def mark_dms_closed(self, user_id: int, now: dt.datetime) -> None:
        with self.db.conn:
            self.db["dm_status"].upsert({"user_id": user_id, "closed_at": now.isoformat(), "told": 0}, pk="user_id")

    def dms_closed(self, user_id: int) -> bool:
        return bool(list(self.db.query("SELECT 1 FROM dm_status WHERE user_id = ?", [user_id])))

    def take_dm_closed_notice(self, user_id: int) -> bool:
        """True once after the user's DMs were found closed (so the bot tells them exactly once)."""
        with self.db.conn:
            cursor = self.db.execute("UPDATE dm_status SET told = 1 WHERE user_id = ? AND told = 0", [user_id])
        return bool(cursor.rowcount)

    def clear_dms_closed(self, user_id: int) -> None:
        with self.db.conn:
            self.db.execute("DELETE FROM dm_status WHERE user_id = ?", [user_id])

    # audit trail of staff actions
    def audit_in_transaction(
        self, guild_id: int | None, user_id: int, action: str, detail: dict, now: dt.datetime
    ) -> None:
        """Add an audit row inside the caller's open transaction (plain SQL: it never commits on its own)."""
        self.db.conn.execute(
            "INSERT INTO audit (at, guild_id, user_id, action, detail) VALUES (?, ?, ?, ?, ?)",
            [now.isoformat(), guild_id or 0, user_id, action, json.dumps(detail, sort_keys=True)],
        )

    def audit(self, guild_id: int | None, user_id: int, action: str, detail: dict, now: dt.datetime) -> None:
        with self.db.conn:
            self.audit_in_transaction(guild_id, user_id, action, detail, now)

    def audit_log(self, guild_id: int | None, limit: int = 20) -> list[dict]:
        return list(
            self.db.query("SELECT * FROM audit WHERE guild_id = ? ORDER BY id DESC LIMIT ?", [guild_id or 0, limit])
        )
