"""Grace-day records: imports from Gradescope, staff grants, students, and each student's tally.

Imports are all-or-nothing (one transaction); importing the same export twice changes nothing. Which Discord
account is which student is bot.store.links' concern.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.errors import UserError
from bot.course.model import Course
from bot.grace.engine import Grant, Submission, Tally, compute_tally
from bot.grace.gradescope import GradescopeImport
from bot.store.encoding import email_key, from_db, server_key, to_db

if TYPE_CHECKING:
    from bot.store.database import Store


@dataclass(frozen=True)
class Student:
    email: str
    sid: str
    name: str
    sections: str
    user_id: int | None
    username: str


@dataclass(frozen=True)
class ImportResult:
    students: int
    assignments: tuple[str, ...]
    changed: int
    unmapped: tuple[str, ...]
    duplicate: bool


class GraceRecords:
    def __init__(self, store: Store) -> None:
        self.store = store

    # imports
    def import_export(
        self,
        guild_id: int | None,
        data: GradescopeImport,
        raw: str,
        *,
        user_id: int,
        filename: str,
        now: dt.datetime,
    ) -> ImportResult:
        """Store a parsed export. Rows that did not change are left alone; a repeat of the same file is a no-op."""
        guild_id = server_key(guild_id)
        digest = hashlib.sha256(raw.encode()).hexdigest()
        changed = 0
        with self.store.immediate() as db:
            seen = db.execute("SELECT 1 FROM imports WHERE guild_id = ? AND digest = ?", [guild_id, digest]).fetchone()
            import_id = None
            if not seen:
                cursor = db.execute(
                    "INSERT INTO imports (guild_id, at, user_id, filename, digest, students, assignments, changed) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
                    [
                        guild_id,
                        to_db(now),
                        user_id,
                        filename,
                        digest,
                        len(data.students),
                        json.dumps(list(data.assignment_ids)),
                    ],
                )
                import_id = cursor.lastrowid
            for record in data.students:
                email = email_key(record.email)
                db.execute(
                    "INSERT INTO students (guild_id, email, sid, name, sections) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(guild_id, email) DO UPDATE SET sid = excluded.sid, name = excluded.name, "
                    "sections = excluded.sections",
                    [guild_id, email, record.sid, record.name, record.sections],
                )
                for sub in record.submissions:
                    at = to_db(sub.submitted_at) if sub.submitted_at else None
                    late = sub.lateness.total_seconds() if sub.lateness is not None else None
                    row = db.execute(
                        "SELECT submitted_at, lateness_s FROM submissions "
                        "WHERE guild_id = ? AND email = ? AND assignment_id = ?",
                        [guild_id, email, sub.assignment_id],
                    ).fetchone()
                    if row is not None and (row[0], row[1]) == (at, late):
                        continue
                    changed += 1
                    db.execute(
                        "INSERT INTO submissions (guild_id, email, assignment_id, submitted_at, lateness_s, import_id) "
                        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(guild_id, email, assignment_id) DO UPDATE SET "
                        "submitted_at = excluded.submitted_at, lateness_s = excluded.lateness_s, "
                        "import_id = excluded.import_id",
                        [guild_id, email, sub.assignment_id, at, late, import_id],
                    )
            if import_id is not None:
                db.execute("UPDATE imports SET changed = ? WHERE id = ?", [changed, import_id])
                self.store.audit.record(
                    guild_id,
                    user_id,
                    "gracedays.import",
                    {"file": filename, "students": len(data.students), "changed": changed},
                    now,
                )
        return ImportResult(len(data.students), data.assignment_ids, changed, data.unmapped_columns, bool(seen))

    # students
    def student(self, guild_id: int | None, who: str) -> Student:
        """A student by email, SID or linked Discord user id; UserError if unknown."""
        key = who.strip().lower().removeprefix("<@").removesuffix(">").lstrip("!")
        row = self.store.db.execute(
            f"SELECT {_STUDENT} FROM students WHERE guild_id = ? AND (email = ? OR lower(sid) = ? "  # noqa: S608 (fixed columns)
            "OR CAST(user_id AS TEXT) = ? OR lower(username) = ?)",
            [server_key(guild_id), key, key, key, key],
        ).fetchone()
        if row is None:
            raise UserError(f"No student {who.strip()!r} in the imported records (try their email or SID).")
        return _student(row)

    def student_for_user(self, guild_id: int | None, user_id: int) -> Student | None:
        row = self.store.db.execute(
            f"SELECT {_STUDENT} FROM students WHERE guild_id = ? AND user_id = ?",  # noqa: S608 (fixed columns)
            [server_key(guild_id), user_id],
        ).fetchone()
        return _student(row) if row else None

    def find_students(self, guild_id: int | None, typed: str, limit: int = 25) -> list[Student]:
        """Students whose email or name contains what was typed (for staff autocomplete)."""
        rows = self.store.db.execute(
            f"SELECT {_STUDENT} FROM students WHERE guild_id = ? AND (email LIKE ? OR name LIKE ?) "  # noqa: S608
            "ORDER BY email LIMIT ?",
            [server_key(guild_id), f"%{typed}%", f"%{typed}%", limit],
        )
        return [_student(r) for r in rows]

    def recorded(self, guild_id: int | None) -> tuple[int, set[str]]:
        """(students imported, assignment ids with submissions or grants) in this server: what a course change
        would have read against another course's assignments."""
        guild = server_key(guild_id)
        students = self.store.db.execute("SELECT COUNT(*) FROM students WHERE guild_id = ?", [guild]).fetchone()[0]
        rows = self.store.db.execute(
            "SELECT assignment_id FROM submissions WHERE guild_id = ? UNION SELECT assignment_id FROM grants "
            "WHERE guild_id = ?",
            [guild, guild],
        )
        return students, {assignment_id for (assignment_id,) in rows}

    # grants
    def add_grant(self, guild_id: int | None, email: str, grant: Grant, *, by: int, now: dt.datetime) -> int:
        email = email_key(email)
        with self.store.immediate() as db:
            row_id = (
                db["grants"]
                .insert(
                    {
                        "guild_id": server_key(guild_id),
                        "email": email,
                        "assignment_id": grant.assignment_id,
                        "kind": grant.kind,
                        "new_due": to_db(grant.new_due) if grant.new_due else None,
                        "reason": grant.reason,
                        "granted_by": by,
                        "at": to_db(now),
                    }
                )
                .last_pk
            )
            detail = {"student": email, "assignment": grant.assignment_id, "reason": grant.reason}
            if grant.new_due:
                detail["new_due"] = to_db(grant.new_due)
            self.store.audit.record(guild_id, by, f"gracedays.grant.{grant.kind}", detail, now)
        return row_id

    def grants(self, guild_id: int | None, email: str) -> list[Grant]:
        rows = self.store.db.execute(
            "SELECT assignment_id, kind, new_due, reason, granted_by FROM grants "
            "WHERE guild_id = ? AND email = ? ORDER BY id",
            [server_key(guild_id), email_key(email)],
        )
        zone = self.store.zone
        return [
            Grant(
                assignment_id=assignment_id,
                kind=kind,
                new_due=from_db(new_due, zone) if new_due else None,
                reason=reason or "",
                granted_by=str(granted_by),
            )
            for assignment_id, kind, new_due, reason, granted_by in rows
        ]

    # tallies
    def submissions(self, guild_id: int | None, email: str) -> list[Submission]:
        rows = self.store.db.execute(
            "SELECT assignment_id, submitted_at, lateness_s FROM submissions WHERE guild_id = ? AND email = ?",
            [server_key(guild_id), email_key(email)],
        )
        zone = self.store.zone
        return [
            Submission(
                assignment_id=assignment_id,
                submitted_at=from_db(at, zone) if at else None,
                lateness=dt.timedelta(seconds=lateness) if lateness is not None else None,
            )
            for assignment_id, at, lateness in rows
        ]

    def days_left_before(self, course: Course, guild_id: int | None, email: str, assignment_ids: set[str]) -> int:
        """Grace days left for a what-if on these assignments (days they already used count as available)."""
        tally = self.tally(course, guild_id, email)
        return tally.left + sum(o.grace_days for o in tally.outcomes if o.assignment_id in assignment_ids)

    def tally(self, course: Course, guild_id: int | None, email: str) -> Tally:
        known = {a.id for a in course.assignments}
        subs = [s for s in self.submissions(guild_id, email) if s.assignment_id in known]
        grants = [g for g in self.grants(guild_id, email) if g.assignment_id in known]
        return compute_tally(course, subs, grants)


_STUDENT = "email, sid, name, sections, user_id, username"


def _student(row: tuple) -> Student:
    email, sid, name, sections, user_id, username = row
    return Student(email, sid or "", name or "", sections or "", user_id, username or "")
