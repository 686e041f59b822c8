"""Grace-day records in the store: imports from Gradescope, staff grants, and who is which student.

The schema lives in bot/store.py (one module owns it); this module is the grace-day view of those tables.
Imports are all-or-nothing (one transaction); importing the same export twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from bot.core.errors import UserError
from bot.course.model import Course
from bot.grace.engine import Grant, Submission, Tally, compute_tally
from bot.grace.gradescope import GradescopeImport
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
        self.db = store.db

    # imports
    def import_export(
        self, guild_id: int, data: GradescopeImport, raw: str, *, user_id: int, filename: str, now: dt.datetime
    ) -> ImportResult:
        """Store a parsed export. Rows that did not change are left alone; a repeat of the same file is a no-op."""
        digest = hashlib.sha256(raw.encode()).hexdigest()
        seen = list(self.db.query("SELECT id FROM imports WHERE guild_id = ? AND digest = ?", [guild_id, digest]))
        changed = 0
        with self.store.immediate() as conn:
            import_id = None
            if not seen:
                cursor = conn.execute(
                    "INSERT INTO imports (guild_id, at, user_id, filename, digest, students, assignments, changed) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
                    [
                        guild_id,
                        now.isoformat(),
                        user_id,
                        filename,
                        digest,
                        len(data.students),
                        json.dumps(list(data.assignment_ids)),
                    ],
                )
                import_id = cursor.lastrowid
            for record in data.students:
                email = record.email.strip().lower()
                conn.execute(
                    "INSERT INTO students (guild_id, email, sid, name, sections) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(guild_id, email) DO UPDATE SET sid = excluded.sid, name = excluded.name, "
                    "sections = excluded.sections",
                    [guild_id, email, record.sid, record.name, record.sections],
                )
                for sub in record.submissions:
                    at = sub.submitted_at.isoformat() if sub.submitted_at else None
                    late = sub.lateness.total_seconds() if sub.lateness is not None else None
                    row = conn.execute(
                        "SELECT submitted_at, lateness_s FROM submissions "
                        "WHERE guild_id = ? AND email = ? AND assignment_id = ?",
                        [guild_id, email, sub.assignment_id],
                    ).fetchone()
                    if row is not None and (row[0], row[1]) == (at, late):
                        continue
                    changed += 1
                    conn.execute(
                        "INSERT INTO submissions (guild_id, email, assignment_id, submitted_at, lateness_s, import_id) "
                        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(guild_id, email, assignment_id) DO UPDATE SET "
                        "submitted_at = excluded.submitted_at, lateness_s = excluded.lateness_s, "
                        "import_id = excluded.import_id",
                        [guild_id, email, sub.assignment_id, at, late, import_id],
                    )
            if import_id is not None:
                conn.execute("UPDATE imports SET changed = ? WHERE id = ?", [changed, import_id])
                self.store.audit_in_transaction(
                    guild_id,
                    user_id,
                    "gracedays.import",
                    {"file": filename, "students": len(data.students), "changed": changed},
                    now,
                )
        return ImportResult(len(data.students), data.assignment_ids, changed, data.unmapped_columns, bool(seen))

    # students and links
    def student(self, guild_id: int, who: str) -> Student:
        """A student by email, SID or linked Discord user id; UserError if unknown."""
        key = who.strip().lower().removeprefix("<@").removesuffix(">").lstrip("!")
        rows = list(
            self.db.query(
                "SELECT * FROM students WHERE guild_id = ? AND (email = ? OR lower(sid) = ? "
                "OR CAST(user_id AS TEXT) = ? OR lower(username) = ?)",
                [guild_id, key, key, key, key],
            )
        )
        if not rows:
            raise UserError(f"No student {who.strip()!r} in the imported records (try their email or SID).")
        return _student(rows[0])

    def student_for_user(self, guild_id: int, user_id: int) -> Student | None:
        rows = list(self.db.query("SELECT * FROM students WHERE guild_id = ? AND user_id = ?", [guild_id, user_id]))
        return _student(rows[0]) if rows else None

    def link(self, guild_id: int, email: str, user_id: int, username: str, *, by: int, now: dt.datetime) -> None:
        email = email.strip().lower()
        with self.db.conn:
            self.db.execute(
                "UPDATE students SET user_id = NULL WHERE guild_id = ? AND user_id = ?", [guild_id, user_id]
            )
            self.db.execute(
                "INSERT INTO students (guild_id, email, sid, name, sections, user_id, username) "
                "VALUES (?, ?, '', '', '', ?, ?) ON CONFLICT(guild_id, email) DO UPDATE SET "
                "user_id = excluded.user_id, username = excluded.username",
                [guild_id, email, user_id, username],
            )
            self.db.execute(
                "UPDATE link_requests SET status = 'approved' WHERE guild_id = ? AND user_id = ?", [guild_id, user_id]
            )
            self.store.audit_in_transaction(guild_id, by, "gracedays.link", {"email": email, "user": user_id}, now)

    def request_link(self, guild_id: int, user_id: int, username: str, email: str, now: dt.datetime) -> None:
        with self.db.conn:
            self.db["link_requests"].upsert(
                {
                    "guild_id": guild_id,
                    "user_id": user_id,
                    "email": email.strip().lower(),
                    "username": username,
                    "at": now.isoformat(),
                    "status": "pending",
                },
                pk=("guild_id", "user_id"),
            )

    def pending_links(self, guild_id: int) -> list[dict]:
        return list(
            self.db.query(
                "SELECT * FROM link_requests WHERE guild_id = ? AND status = 'pending' ORDER BY at", [guild_id]
            )
        )

    def find_students(self, guild_id: int, typed: str, limit: int = 25) -> list[Student]:
        """Students whose email or name contains what was typed (for staff autocomplete)."""
        rows = self.db.query(
            "SELECT * FROM students WHERE guild_id = ? AND (email LIKE ? OR name LIKE ?) ORDER BY email LIMIT ?",
            [guild_id, f"%{typed}%", f"%{typed}%", limit],
        )
        return [_student(r) for r in rows]

    def link_request(self, guild_id: int, user_id: int) -> dict | None:
        rows = list(
            self.db.query("SELECT * FROM link_requests WHERE guild_id = ? AND user_id = ?", [guild_id, user_id])
        )
        return rows[0] if rows else None

    # grants
    def add_grant(self, guild_id: int, email: str, grant: Grant, *, by: int, now: dt.datetime) -> int:
        with self.db.conn:
            row_id = (
                self.db["grants"]
                .insert(
                    {
                        "guild_id": guild_id,
                        "email": email,
                        "assignment_id": grant.assignment_id,
                        "kind": grant.kind,
                        "new_due": grant.new_due.isoformat() if grant.new_due else None,
                        "reason": grant.reason,
                        "granted_by": by,
                        "at": now.isoformat(),
                    }
                )
                .last_pk
            )
            detail = {"student": email, "assignment": grant.assignment_id, "reason": grant.reason}
            self.store.audit_in_transaction(guild_id, by, f"gracedays.grant.{grant.kind}", detail, now)
        return row_id

    def grants(self, guild_id: int, email: str) -> list[Grant]:
        rows = self.db.query(
            "SELECT * FROM grants WHERE guild_id = ? AND email = ? ORDER BY id", [guild_id, email.strip().lower()]
        )
        return [
            Grant(
                assignment_id=r["assignment_id"],
                kind=r["kind"],
                new_due=dt.datetime.fromisoformat(r["new_due"]) if r["new_due"] else None,
                reason=r["reason"] or "",
                granted_by=str(r["granted_by"]),
            )
            for r in rows
        ]

    # tallies
    def submissions(self, guild_id: int, email: str) -> list[Submission]:
        rows = self.db.query(
            "SELECT * FROM submissions WHERE guild_id = ? AND email = ?", [guild_id, email.strip().lower()]
        )
        return [
            Submission(
                assignment_id=r["assignment_id"],
                submitted_at=dt.datetime.fromisoformat(r["submitted_at"]) if r["submitted_at"] else None,
                lateness=dt.timedelta(seconds=r["lateness_s"]) if r["lateness_s"] is not None else None,
            )
            for r in rows
        ]

    def days_left_before(self, course: Course, guild_id: int, email: str, assignment_ids: set[str]) -> int:
        """Grace days left for a what-if on these assignments (days they already used count as available)."""
        tally = self.tally(course, guild_id, email)
        return tally.left + sum(o.grace_days for o in tally.outcomes if o.assignment_id in assignment_ids)

    def tally(self, course: Course, guild_id: int, email: str) -> Tally:
        known = {a.id for a in course.assignments}
        subs = [s for s in self.submissions(guild_id, email) if s.assignment_id in known]
        grants = [g for g in self.grants(guild_id, email) if g.assignment_id in known]
        return compute_tally(course, subs, grants)


def _student(row: dict) -> Student:
    return Student(
        row["email"], row["sid"] or "", row["name"] or "", row["sections"] or "", row["user_id"], row["username"] or ""
    )
