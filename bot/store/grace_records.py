"""Grace-day records: imports from Gradescope, staff grants, students, and each student's tally.

Imports are all-or-nothing (one transaction); importing the same export twice, read as the same assignments,
changes nothing. A one-assignment export imported again as another assignment is refused (ImportWouldMove) unless
the import says to move it: then the first import is taken back. Which Discord account is which student is
bot.store.links' concern.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.errors import UserError
from bot.course.model import Course
from bot.grace.engine import Grant, Submission, Tally, compute_tally
from bot.grace.gradescope import GradescopeImport, reading_words
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
class TakenBack:
    """An earlier import of the same one-assignment export, read as another assignment, that an import took back:
    `restored` records are as they were before it, `removed` ones it had added are gone, `kept` ones a later
    import changed since are left as they are. An `untracked` one (made before v14) could not be taken back."""

    filename: str
    read_as: tuple[tuple[str, str], ...]
    restored: int
    removed: int
    kept: int
    # made by a version that kept no record of what an import changed: nothing of it could be taken back
    untracked: bool = False

    def words(self) -> str:
        """What staff are told: which import, read as what, and exactly what became of its records."""
        if self.untracked:
            return (
                f"This file was imported before as {reading_words(self.read_as)} (from {self.filename}) by an "
                "earlier version of CourseBot, which kept no record of what an import changed: its records there are "
                "left as they are (check them with /gracedays student)."
            )
        what = []
        if self.removed:
            what.append(f"{self.removed} record(s) it added removed")
        if self.restored:
            what.append(f"{self.restored} record(s) it changed put back as they were")
        if self.kept:
            what.append(f"{self.kept} record(s) a later import changed since kept as they are")
        done = "; ".join(what) if what else "it had changed no record"
        return (
            f"This file was imported before as {reading_words(self.read_as)} (from {self.filename}): that import is "
            f"taken back ({done})."
        )


@dataclass(frozen=True)
class WouldMove:
    """An earlier import of the same file, read as another assignment, that importing it now would take back."""

    filename: str
    read_as: tuple[tuple[str, str], ...]
    records: int  # the records it holds now, which would move to the new reading
    untracked: bool = False  # made before v14: its records would be left where they are

    def words(self, to: str) -> str:
        before = f"This file was imported before as {reading_words(self.read_as)} (from {self.filename})"
        if self.untracked:
            return (
                f"{before}, by an earlier version of CourseBot: its records there would stay as they are, and the "
                f"file's be added as {to}."
            )
        return f"{before}: importing it as {to} would take that import back and move its {self.records} record(s)."


class ImportWouldMove(UserError):
    """The file was imported before as another assignment: importing it again would move its records, which only
    an explicit move does (a mistyped assignment must not move a right import). Nothing was imported."""

    def __init__(self, moves: list[WouldMove], read_as: tuple[tuple[str, str], ...]) -> None:
        self.moves = tuple(moves)
        self.read_as = read_as
        self.summary = "Nothing imported. " + " ".join(m.words(reading_words(read_as)) for m in self.moves)
        super().__init__(f"{self.summary} {self.how('move:True')}")

    def how(self, option: str) -> str:
        was = reading_words(self.moves[0].read_as) if self.moves else "the earlier reading"
        return f"If {was} was wrong, import it again with {option}; if it was right, check the assignment you typed."


@dataclass(frozen=True)
class ImportResult:
    students: int
    assignments: tuple[str, ...]
    changed: int
    unmapped: tuple[str, ...]
    duplicate: bool
    taken_back: tuple[TakenBack, ...] = ()


@dataclass(frozen=True)
class _EarlierImport:
    """An import of the same bytes not taken back: its id, file name and what it was read as."""

    id: int
    filename: str
    read_as_json: str | None
    assignments_json: str | None

    def reading(self) -> tuple[tuple[str, str], ...]:
        if self.read_as_json is not None:
            return tuple((aid, part) for aid, part in json.loads(self.read_as_json))
        # Imports kept from before v14 name their assignments only (as one, part unknown).
        return tuple((aid, "") for aid in json.loads(self.assignments_json or "[]"))

    @property
    def tracked(self) -> bool:
        """Whether what it changed was kept (every import since v14), so it can be taken back."""
        return self.read_as_json is not None

    def untracked(self) -> TakenBack:
        return TakenBack(self.filename, self.reading(), 0, 0, 0, untracked=True)

    def same_reading(self, data: GradescopeImport) -> bool:
        if self.read_as_json is None:
            return tuple(json.loads(self.assignments_json or "[]")) == data.assignment_ids
        return self.reading() == data.read_as


def _keep_prior(
    db: sqlite_utils.Database, import_id: int, guild_id: int, email: str, assignment_id: str, part: str, *, wrote: bool
) -> None:
    """Keep the record at this key as it is before the import writes (wrote) or removes it, so it can be put back."""
    before = db.execute(
        "SELECT submitted_at, lateness_s, import_id FROM submissions WHERE guild_id = ? AND email = ? "
        "AND assignment_id = ? AND part = ?",
        [guild_id, email, assignment_id, part],
    ).fetchone()
    at, late, prior_id = before if before is not None else (None, None, None)
    db.execute(
        "INSERT INTO import_prior (import_id, guild_id, email, assignment_id, part, wrote, had, submitted_at, "
        "lateness_s, prior_import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [import_id, guild_id, email, assignment_id, part, int(wrote), int(before is not None), at, late, prior_id],
    )


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
        move: bool = False,
    ) -> ImportResult:
        """Store a parsed export, one record per assignment part. The same file read as the same assignments
        again is a no-op (nothing is read from it again) unless `replace_newer`; parts the file does not hold are
        kept. A file older than the records (a part submitted earlier than recorded, or not at all) is refused with
        OlderExport unless `replace_newer`.

        A one-assignment export imported before as ANOTHER assignment is refused with ImportWouldMove (naming that
        import and what would move) unless `move`: one of the two readings is a typo, and only staff know which.
        With `move` the earlier import is taken back first (each record it wrote or removed as it was before,
        unless a later import changed it since), and the result says so in `taken_back`."""
        guild_id = server_key(guild_id)
        digest = hashlib.sha256(raw.encode()).hexdigest()
        reading = [list(pair) for pair in data.read_as]
        with self.store.immediate() as db:
            earlier = [
                _EarlierImport(*row)
                for row in db.execute(
                    "SELECT id, filename, read_as, assignments FROM imports WHERE guild_id = ? AND digest = ? "
                    "AND taken_back_by IS NULL ORDER BY id",
                    [guild_id, digest],
                )
            ]
            seen = any(e.same_reading(data) for e in earlier)
            wrong = [e for e in earlier if not e.same_reading(data)] if data.named and not seen else []
            if wrong and not move:
                raise ImportWouldMove([self._would_move(db, guild_id, e) for e in wrong], data.read_as)
            # an import made before v14 kept no record of what it changed: it is named, and left as it is
            taken_back = [self._take_back(db, guild_id, e) if e.tracked else e.untracked() for e in wrong]
            wrong = [e for e in wrong if e.tracked]
            changes, older, claimed = self._changes(db, guild_id, data) if replace_newer or not seen else ([], [], [])
            if seen and not changes:
                # replace_newer re-reads a file imported before (the way back from a newer file by mistake);
                # without it, or when it would change nothing, the same file is a no-op.
                return ImportResult(len(data.students), data.assignment_ids, 0, data.unmapped_columns, True)
            if older and not replace_newer:
                raise OlderExport(older, self.store.zone)
            cursor = db.execute(
                "INSERT INTO imports (guild_id, at, user_id, filename, digest, students, assignments, changed, "
                "read_as, named) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    guild_id,
                    to_db(now),
                    user_id,
                    filename,
                    digest,
                    len(data.students),
                    json.dumps(list(data.assignment_ids)),
                    len(changes),
                    json.dumps(reading),
                    int(data.named),
                ],
            )
            import_id = cursor.lastrowid
            for e in wrong:
                db.execute("UPDATE imports SET taken_back_by = ? WHERE id = ?", [import_id, e.id])
            for record in data.students:
                db.execute(
                    "INSERT INTO students (guild_id, email, sid, name, sections) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(guild_id, email) DO UPDATE SET sid = excluded.sid, name = excluded.name, "
                    "sections = excluded.sections",
                    [guild_id, email_key(record.email), record.sid, record.name, record.sections],
                )
            for email, sub, at, late in changes:
                _keep_prior(db, import_id, guild_id, email, sub.assignment_id, sub.part, wrote=True)
                db.execute(
                    "INSERT INTO submissions (guild_id, email, assignment_id, part, submitted_at, lateness_s, "
                    "import_id) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(guild_id, email, assignment_id, part) "
                    "DO UPDATE SET submitted_at = excluded.submitted_at, lateness_s = excluded.lateness_s, "
                    "import_id = excluded.import_id",
                    [guild_id, email, sub.assignment_id, sub.part, at, late, import_id],
                )
            for email, assignment_id, part in claimed:
                _keep_prior(db, import_id, guild_id, email, assignment_id, part, wrote=True)
                db.execute(
                    "UPDATE submissions SET import_id = ? WHERE guild_id = ? AND email = ? AND assignment_id = ? "
                    "AND part = ?",
                    [import_id, guild_id, email, assignment_id, part],
                )
            self._drop_replaced(db, guild_id, data, import_id)
            detail: dict = {"file": filename, "students": len(data.students), "changed": len(changes)}
            if older:
                detail["replaced_newer"] = len(older)
            if taken_back:
                detail["took_back"] = [dataclasses.asdict(t) for t in taken_back]
            self.store.audit.record(guild_id, user_id, "gracedays.import", detail, now)
        return ImportResult(
            len(data.students), data.assignment_ids, len(changes), data.unmapped_columns, False, tuple(taken_back)
        )

    @staticmethod
    def _would_move(db: sqlite_utils.Database, guild_id: int, earlier: _EarlierImport) -> WouldMove:
        if not earlier.tracked:
            return WouldMove(earlier.filename, earlier.reading(), 0, untracked=True)
        (held,) = db.execute(
            "SELECT COUNT(*) FROM submissions WHERE guild_id = ? AND import_id = ?", [guild_id, earlier.id]
        ).fetchone()
        return WouldMove(earlier.filename, earlier.reading(), held)

    @staticmethod
    def _take_back(db: sqlite_utils.Database, guild_id: int, earlier: _EarlierImport) -> TakenBack:
        """Put back every record the earlier import wrote or removed as it was before it, except those a later
        import changed since (they are counted as kept)."""
        restored = removed = kept = 0
        rows = db.execute(
            "SELECT email, assignment_id, part, wrote, had, submitted_at, lateness_s, prior_import_id "
            "FROM import_prior WHERE import_id = ? ORDER BY rowid",
            [earlier.id],
        ).fetchall()
        for email, assignment_id, part, wrote, had, at, late, prior_id in rows:
            key = [guild_id, email, assignment_id, part]
            now_id = db.execute(
                "SELECT import_id FROM submissions WHERE guild_id = ? AND email = ? AND assignment_id = ? AND part = ?",
                key,
            ).fetchone()
            if (now_id is None or now_id[0] != earlier.id) if wrote else now_id is not None:
                kept += 1
                continue
            if had:
                db.execute(
                    "INSERT INTO submissions (guild_id, email, assignment_id, part, submitted_at, lateness_s, "
                    "import_id) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(guild_id, email, assignment_id, part) "
                    "DO UPDATE SET submitted_at = excluded.submitted_at, lateness_s = excluded.lateness_s, "
                    "import_id = excluded.import_id",
                    [*key, at, late, prior_id],
                )
                restored += 1
            else:
                db.execute(
                    "DELETE FROM submissions WHERE guild_id = ? AND email = ? AND assignment_id = ? AND part = ?", key
                )
                removed += 1
        return TakenBack(earlier.filename, earlier.reading(), restored, removed, kept)

    def _changes(
        self, db: sqlite_utils.Database, guild_id: int, data: GradescopeImport
    ) -> tuple[list[tuple[str, Submission, str | None, float | None]], list[OlderPart], list[tuple[str, str, str]]]:
        """The parts this file changes, those where it is older than the records, and those it holds as recorded
        by an import under a named assignment (the file vouches for them: taking that import back keeps them)."""
        changes = []
        older = []
        claimed = []
        named = {
            import_id
            for (import_id,) in db.execute(
                "SELECT id FROM imports WHERE guild_id = ? AND named = 1 AND taken_back_by IS NULL", [guild_id]
            )
        }
        for record in data.students:
            email = email_key(record.email)
            stored = {
                (assignment_id, part): (at, late, import_id)
                for assignment_id, part, at, late, import_id in db.execute(
                    "SELECT assignment_id, part, submitted_at, lateness_s, import_id FROM submissions "
                    "WHERE guild_id = ? AND email = ?",
                    [guild_id, email],
                )
            }
            for sub in record.parts or record.submissions:
                at = to_db(sub.submitted_at) if sub.submitted_at else None
                late = sub.lateness.total_seconds() if sub.lateness is not None else None
                found = stored.get((sub.assignment_id, sub.part))
                before = found[:2] if found is not None else None
                if before == (at, late):
                    if found is not None and found[2] in named:
                        claimed.append((email, sub.assignment_id, sub.part))
                    continue
                changes.append((email, sub, at, late))
                if before is not None and _goes_back(before, at, late):
                    older.append(OlderPart(email, sub.assignment_id, sub.part, before[0], at))
        return changes, older, claimed

    @staticmethod
    def _drop_replaced(db: sqlite_utils.Database, guild_id: int, data: GradescopeImport, import_id: int) -> None:
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
                where = f"WHERE guild_id = ? AND email = ? AND assignment_id = ? AND part NOT IN ({marks})"
                values = [guild_id, email, assignment_id, *sorted(labels)]
                for (part,) in db.execute(f"SELECT part FROM submissions {where}", values).fetchall():  # noqa: S608 (placeholders only)
                    _keep_prior(db, import_id, guild_id, email, assignment_id, part, wrote=False)
                db.execute(f"DELETE FROM submissions {where}", values)  # noqa: S608 (placeholders only)

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

    def tally_for_user(self, course: Course, guild_id: int | None, user_id: int) -> LinkedTally | None:
        """The student linked to this Discord account in this server and their tally (what /gracedays me, /late and a
        grace question in /ask read), or None when no record is linked to them. Outside a server (None) it reads
        what student_for_user reads there; whether to look at all is the front end's call."""
        found = self.student_for_user(guild_id, user_id)
        return LinkedTally(found, self.tally(course, guild_id, found.email)) if found is not None else None

    def tally(self, course: Course, guild_id: int | None, email: str) -> Tally:
        known = {a.id for a in course.assignments}
        subs = [s for s in self.submissions(guild_id, email) if s.assignment_id in known]
        grants = [g for g in self.grants(guild_id, email) if g.assignment_id in known]
        return compute_tally(course, subs, grants)


@dataclass(frozen=True)
class LinkedTally:
    """The student linked to a Discord account, and their tally."""

    student: Student
    tally: Tally


_STUDENT = "email, sid, name, sections, user_id, username"
_GRANT = "assignment_id, kind, new_due, reason, granted_by, at"


def _student(row: tuple) -> Student:
    email, sid, name, sections, user_id, username = row
    return Student(email, sid or "", name or "", sections or "", user_id, username or "")
