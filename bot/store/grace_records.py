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
    import sqlite_utils

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
class OlderPart:
    """A part the records hold a later submission of than the file being imported (or any, when it has none)."""

    email: str
    assignment_id: str
    part: str
    recorded_at: str | None
    file_at: str | None


class OlderExport(UserError):
    """The export is older than the records: importing it would take back submissions. Nothing was imported."""

    def __init__(self, parts: list[OlderPart], zone: dt.tzinfo) -> None:
        self.parts = tuple(parts)
        self.summary = self.summary_in(zone)
        super().__init__(f"{self.summary} {self.how('replace_newer:True')}")

    def summary_in(self, zone: dt.tzinfo) -> str:
        """What it would take back, with times in `zone` (the course's, for plain text)."""
        parts = self.parts
        shown = "; ".join(_older_words(p, zone) for p in parts[:SHOWN_OLDER])
        more = f"; and {len(parts) - SHOWN_OLDER} more" if len(parts) > SHOWN_OLDER else ""
        return (
            "Nothing imported: this export is older than the records already imported, and would take back "
            f"{len(parts)} submission(s): {shown}{more}."
        )

    @staticmethod
    def how(option: str) -> str:
        return (
            "If the file is right (a submission was deleted, or an earlier one made active), "
            f"import it again with {option}."
        )


SHOWN_OLDER = 3


def _older_words(part: OlderPart, zone: dt.tzinfo) -> str:
    label = f" ({part.part})" if part.part else ""
    recorded = f"submitted {_moment(part.recorded_at, zone)}" if part.recorded_at else "submitted"
    in_file = f"submitted {_moment(part.file_at, zone)}" if part.file_at else "not submitted"
    return f"{part.email}, {part.assignment_id}{label}: {recorded} in the records, {in_file} in this file"


def _moment(value: str, zone: dt.tzinfo) -> str:
    return from_db(value, zone).strftime("%a %b %d %Y, %H:%M:%S %Z")


def _goes_back(before: tuple[str | None, float | None], at: str | None, late: float | None) -> bool:
    """Whether the file's part is older than the recorded one: submitted earlier, or no longer submitted."""
    recorded_at, recorded_late = before
    if at is None and late is None:
        return recorded_at is not None or recorded_late is not None
    # Stored instants are UTC text of one format (bot.store.encoding.to_db), so text order is time order.
    return recorded_at is not None and at is not None and at < recorded_at


@dataclass(frozen=True)
class ImportResult:
    students: int
    assignments: tuple[str, ...]
    changed: int
    unmapped: tuple[str, ...]
    duplicate: bool


@dataclass(frozen=True)
class GrantRecord:
    """A stored grant and when it was recorded."""

    grant: Grant
    at: dt.datetime


@dataclass(frozen=True)
class GrantOutcome:
    """What add_grant did: recorded it (replacing `replaced`), or found the `same` grant already in force."""

    recorded: bool
    replaced: tuple[GrantRecord, ...]
    same: GrantRecord | None


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
        replace_newer: bool = False,
    ) -> ImportResult:
        """Store a parsed export, one record per assignment part. A file imported before is a no-op (nothing is
        read from it again) unless `replace_newer`; parts the file does not hold are kept. A file older than the
        records (a part submitted earlier than recorded, or not at all) is refused with OlderExport unless
        `replace_newer`."""
        guild_id = server_key(guild_id)
        digest = hashlib.sha256(raw.encode()).hexdigest()
        with self.store.immediate() as db:
            seen = db.execute("SELECT 1 FROM imports WHERE guild_id = ? AND digest = ?", [guild_id, digest]).fetchone()
            changes, older = self._changes(db, guild_id, data) if replace_newer or not seen else ([], [])
            if seen and not changes:
                # replace_newer re-reads a file imported before (the way back from a newer file by mistake);
                # without it, or when it would change nothing, the same file is a no-op.
                return ImportResult(len(data.students), data.assignment_ids, 0, data.unmapped_columns, True)
            if older and not replace_newer:
                raise OlderExport(older, self.store.zone)
            cursor = db.execute(
                "INSERT INTO imports (guild_id, at, user_id, filename, digest, students, assignments, changed) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    guild_id,
                    to_db(now),
                    user_id,
                    filename,
                    digest,
                    len(data.students),
                    json.dumps(list(data.assignment_ids)),
                    len(changes),
                ],
            )
            import_id = cursor.lastrowid
            for record in data.students:
                db.execute(
                    "INSERT INTO students (guild_id, email, sid, name, sections) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(guild_id, email) DO UPDATE SET sid = excluded.sid, name = excluded.name, "
                    "sections = excluded.sections",
                    [guild_id, email_key(record.email), record.sid, record.name, record.sections],
                )
            for email, sub, at, late in changes:
                db.execute(
                    "INSERT INTO submissions (guild_id, email, assignment_id, part, submitted_at, lateness_s, "
                    "import_id) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(guild_id, email, assignment_id, part) "
                    "DO UPDATE SET submitted_at = excluded.submitted_at, lateness_s = excluded.lateness_s, "
                    "import_id = excluded.import_id",
                    [guild_id, email, sub.assignment_id, sub.part, at, late, import_id],
                )
            self._drop_replaced(db, guild_id, data)
            detail = {"file": filename, "students": len(data.students), "changed": len(changes)}
            if older:
                detail["replaced_newer"] = len(older)
            self.store.audit.record(guild_id, user_id, "gracedays.import", detail, now)
        return ImportResult(len(data.students), data.assignment_ids, len(changes), data.unmapped_columns, False)

    def _changes(
        self, db: sqlite_utils.Database, guild_id: int, data: GradescopeImport
    ) -> tuple[list[tuple[str, Submission, str | None, float | None]], list[OlderPart]]:
        """The parts this file changes, and those where it is older than the records."""
        changes = []
        older = []
        for record in data.students:
            email = email_key(record.email)
            stored = {
                (assignment_id, part): (at, late)
                for assignment_id, part, at, late in db.execute(
                    "SELECT assignment_id, part, submitted_at, lateness_s FROM submissions "
                    "WHERE guild_id = ? AND email = ?",
                    [guild_id, email],
                )
            }
            for sub in record.parts or record.submissions:
                at = to_db(sub.submitted_at) if sub.submitted_at else None
                late = sub.lateness.total_seconds() if sub.lateness is not None else None
                before = stored.get((sub.assignment_id, sub.part))
                if before == (at, late):
                    continue
                changes.append((email, sub, at, late))
                if before is not None and _goes_back(before, at, late):
                    older.append(OlderPart(email, sub.assignment_id, sub.part, before[0], at))
        return changes, older

    @staticmethod
    def _drop_replaced(db: sqlite_utils.Database, guild_id: int, data: GradescopeImport) -> None:
        """Records of an assignment the file holds whole that the file no longer holds: a file by parts replaces
        a record of the assignment as one (part "", as kept from before parts were stored), and a file with the
        assignment as one column replaces its parts. Every label the file holds is kept, whatever mix of whole
        and part columns it has. A file of some parts only leaves them all (the tally then counts the parts)."""
        for record in data.students:
            email = email_key(record.email)
            held: dict[str, set[str]] = {}
            for sub in record.parts:
                if sub.assignment_id in data.whole:
                    held.setdefault(sub.assignment_id, set()).add(sub.part)
            for assignment_id, labels in held.items():
                marks = ", ".join("?" for _ in labels)
                db.execute(
                    f"DELETE FROM submissions WHERE guild_id = ? AND email = ? AND assignment_id = ? "  # noqa: S608 (placeholders only)
                    f"AND part NOT IN ({marks})",
                    [guild_id, email, assignment_id, *sorted(labels)],
                )

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
    def add_grant(self, guild_id: int | None, email: str, grant: Grant, *, by: int, now: dt.datetime) -> GrantOutcome:
        """Record a grant. A grant is a fact staff can correct: a new extension for the same student and assignment
        replaces the earlier one (whatever its date), and the outcome says what it replaced. A grant the student
        already has, exactly, records nothing (outcome.same says when it was recorded)."""
        email = email_key(email)
        guild = server_key(guild_id)
        new_due = to_db(grant.new_due) if grant.new_due else None
        with self.store.immediate() as db:
            same = db.execute(
                f"SELECT {_GRANT} FROM grants WHERE guild_id = ? AND email = ? AND assignment_id = ? AND kind = ? "  # noqa: S608 (fixed columns)
                "AND new_due IS ? ORDER BY id DESC",
                [guild, email, grant.assignment_id, grant.kind, new_due],
            ).fetchone()
            if same is not None:
                return GrantOutcome(recorded=False, replaced=(), same=self._record(same))
            replaced: tuple[GrantRecord, ...] = ()
            if grant.kind == "extension":
                where = "WHERE guild_id = ? AND email = ? AND assignment_id = ? AND kind = 'extension'"
                values = [guild, email, grant.assignment_id]
                rows = db.execute(f"SELECT {_GRANT} FROM grants {where} ORDER BY id", values).fetchall()  # noqa: S608
                replaced = tuple(self._record(r) for r in rows)
                db.execute(f"DELETE FROM grants {where}", values)  # noqa: S608 (fixed text)
            db["grants"].insert(
                {
                    "guild_id": guild,
                    "email": email,
                    "assignment_id": grant.assignment_id,
                    "kind": grant.kind,
                    "new_due": new_due,
                    "reason": grant.reason,
                    "granted_by": by,
                    "at": to_db(now),
                }
            )
            detail = {"student": email, "assignment": grant.assignment_id, "reason": grant.reason}
            if grant.new_due:
                detail["new_due"] = to_db(grant.new_due)
            if replaced:
                detail["replaced"] = [to_db(r.grant.new_due) if r.grant.new_due else None for r in replaced]
            self.store.audit.record(guild_id, by, f"gracedays.grant.{grant.kind}", detail, now)
        return GrantOutcome(recorded=True, replaced=replaced, same=None)

    def revoke_grants(
        self, guild_id: int | None, email: str, assignment_id: str, kind: str | None, *, by: int, now: dt.datetime
    ) -> tuple[GrantRecord, ...]:
        """Take back a student's grants on one assignment (of one kind, or every kind); the tally follows at once.
        UserError (nothing changed) when there is none to take back."""
        email = email_key(email)
        guild = server_key(guild_id)
        where = "WHERE guild_id = ? AND email = ? AND assignment_id = ?"
        values: list = [guild, email, assignment_id]
        if kind:
            where += " AND kind = ?"
            values.append(kind)
        with self.store.immediate() as db:
            rows = db.execute(f"SELECT {_GRANT} FROM grants {where} ORDER BY id", values).fetchall()  # noqa: S608
            if not rows:
                what = f"{kind} " if kind else ""
                raise UserError(f"{email} has no {what}grant on {assignment_id} to revoke; nothing changed.")
            db.execute(f"DELETE FROM grants {where}", values)  # noqa: S608 (fixed text)
            revoked = tuple(self._record(r) for r in rows)
            detail = {"student": email, "assignment": assignment_id, "kinds": sorted({r.grant.kind for r in revoked})}
            self.store.audit.record(guild_id, by, "gracedays.revoke", detail, now)
        return revoked

    def grants_on(self, guild_id: int | None, email: str, assignment_id: str) -> tuple[GrantRecord, ...]:
        """A student's grants on one assignment, oldest first."""
        rows = self.store.db.execute(
            f"SELECT {_GRANT} FROM grants WHERE guild_id = ? AND email = ? AND assignment_id = ? ORDER BY id",  # noqa: S608
            [server_key(guild_id), email_key(email), assignment_id],
        )
        return tuple(self._record(r) for r in rows)

    def _record(self, row: tuple) -> GrantRecord:
        assignment_id, kind, new_due, reason, granted_by, at = row
        zone = self.store.zone
        grant = Grant(
            assignment_id=assignment_id,
            kind=kind,
            new_due=from_db(new_due, zone) if new_due else None,
            reason=reason or "",
            granted_by=str(granted_by),
        )
        return GrantRecord(grant, from_db(at, zone))

    def grants(self, guild_id: int | None, email: str) -> list[Grant]:
        """A student's grants, oldest first (the engine lets the latest extension of an assignment stand)."""
        rows = self.store.db.execute(
            f"SELECT {_GRANT} FROM grants WHERE guild_id = ? AND email = ? ORDER BY id",  # noqa: S608 (fixed columns)
            [server_key(guild_id), email_key(email)],
        )
        return [self._record(r).grant for r in rows]

    # tallies
    def submissions(self, guild_id: int | None, email: str) -> list[Submission]:
        """A student's records, one per assignment part. A record of an assignment as one (part "", kept from
        before parts were stored) is left out once any part of it is recorded: the parts replace it, and counting
        both would charge the same lateness twice."""
        rows = self.store.db.execute(
            "SELECT assignment_id, part, submitted_at, lateness_s FROM submissions WHERE guild_id = ? AND email = ? "
            "ORDER BY assignment_id, part",
            [server_key(guild_id), email_key(email)],
        )
        rows = rows.fetchall()
        by_parts = {assignment_id for assignment_id, part, _, _ in rows if part}
        zone = self.store.zone
        return [
            Submission(
                assignment_id=assignment_id,
                submitted_at=from_db(at, zone) if at else None,
                lateness=dt.timedelta(seconds=lateness) if lateness is not None else None,
                part=part,
            )
            for assignment_id, part, at, lateness in rows
            if part or assignment_id not in by_parts
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
_GRANT = "assignment_id, kind, new_due, reason, granted_by, at"


def _student(row: tuple) -> Student:
    email, sid, name, sections, user_id, username = row
    return Student(email, sid or "", name or "", sections or "", user_id, username or "")
