"""What staff publish while the course runs: exam-conflict form links and grade releases (which open regrades)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from bot.core.clock import on_the_minute
from bot.store.encoding import from_db, server_key, to_db

if TYPE_CHECKING:
    from bot.store.database import Store


class Published:
    def __init__(self, store: Store) -> None:
        self.store = store

    def exam_forms(self, guild_id: int | None) -> dict[str, str]:
        """Exam id -> the conflict form's link, for the exams staff set one for."""
        guild = server_key(guild_id)
        sql = "SELECT exam_id, url FROM exam_forms WHERE guild_id = ?"
        return dict(self.store.cache.get(("exam_forms", guild), lambda: tuple(self.store.db.execute(sql, [guild]))))

    def set_exam_form(self, guild_id: int | None, exam_id: str, url: str, *, by: int, now: dt.datetime) -> None:
        with self.store.immediate() as db:
            db["exam_forms"].upsert(
                {"guild_id": server_key(guild_id), "exam_id": exam_id, "url": url, "set_by": by, "set_at": to_db(now)},
                pk=("guild_id", "exam_id"),
            )
            self.store.audit.record(guild_id, by, "exam.set_form", {"exam": exam_id, "url": url}, now)

    def grades(self, guild_id: int | None) -> dict[str, dt.datetime]:
        """Assignment id -> when its grades were published, on the minute (rounded down)."""
        guild = server_key(guild_id)
        return dict(self.store.cache.get(("grades_published", guild), lambda: self._grades(guild)))

    def _grades(self, guild: int) -> tuple[tuple[str, dt.datetime], ...]:
        rows = self.store.db.execute(
            "SELECT assignment_id, published_at FROM grades_published WHERE guild_id = ?", [guild]
        )
        # a row written with seconds (before publication times were kept on the minute) is read on its minute
        return tuple((assignment, on_the_minute(from_db(at, self.store.zone))) for assignment, at in rows)

    def set_grades(
        self, guild_id: int | None, assignment_id: str, at: dt.datetime, *, by: int, now: dt.datetime
    ) -> None:
        """Record a grade release. `at` is kept rounded down to the minute: the instant is not known to the
        second anyway, and a regrade window closing mid-minute would flip an answer within its minute."""
        at = on_the_minute(at)
        with self.store.immediate() as db:
            db["grades_published"].upsert(
                {
                    "guild_id": server_key(guild_id),
                    "assignment_id": assignment_id,
                    "published_at": to_db(at),
                    "set_by": by,
                },
                pk=("guild_id", "assignment_id"),
            )
            self.store.audit.record(
                guild_id, by, "grades.published", {"assignment": assignment_id, "at": to_db(at)}, now
            )
