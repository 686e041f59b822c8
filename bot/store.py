"""Runtime state in SQLite through sqlite-utils: one module owns the schema, versioned by PRAGMA user_version."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
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


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1]


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
            self._audit(guild_id, user_id, "exam.set_form", {"exam": exam_id, "url": url}, now)

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
            self._audit(guild_id, user_id, "grades.published", {"assignment": assignment_id, "at": at.isoformat()}, now)

    # audit trail of staff actions
    def _audit(self, guild_id: int | None, user_id: int, action: str, detail: dict, now: dt.datetime) -> None:
        self.db["audit"].insert(
            {
                "at": now.isoformat(),
                "guild_id": guild_id or 0,
                "user_id": user_id,
                "action": action,
                "detail": json.dumps(detail, sort_keys=True),
            }
        )

    def audit(self, guild_id: int | None, user_id: int, action: str, detail: dict, now: dt.datetime) -> None:
        with self.db.conn:
            self._audit(guild_id, user_id, action, detail, now)

    def audit_log(self, guild_id: int | None, limit: int = 20) -> list[dict]:
        return list(
            self.db.query("SELECT * FROM audit WHERE guild_id = ? ORDER BY id DESC LIMIT ?", [guild_id or 0, limit])
        )
