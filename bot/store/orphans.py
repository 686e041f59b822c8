"""Records kept under an id the course data no longer has (an assignment, exam or section renamed or removed):
found, never dropped silently, and either moved to the id the data now uses or deleted on staff's word."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.errors import UserError
from bot.course.model import Course
from bot.store.encoding import server_key

if TYPE_CHECKING:
    from bot.store.database import Store


@dataclass(frozen=True)
class Keyed:
    """One table's column that holds a data id."""

    table: str
    column: str
    kind: str  # assignment | exam | section
    what: str  # the records, as staff call them
    managed: str  # how they are changed while their id is in the data (they are then not left over)


KEYED = (
    Keyed(
        "submissions", "assignment_id", "assignment", "imported submissions", "a new /gracedays import replaces them"
    ),
    Keyed(
        "grants", "assignment_id", "assignment", "grants (extensions, permissions)", "/gracedays revoke takes one back"
    ),
    Keyed("grades_published", "assignment_id", "assignment", "grade-publication dates", "/admin grades-published"),
    Keyed("exam_forms", "exam_id", "exam", "conflict-form links", "/exam set-form"),
    Keyed("subscriptions", "section", "section", "reminder subscriptions", "each student's /remind stop"),
)


@dataclass(frozen=True)
class Orphan:
    """Records of one server stored under an id of `kind` that the course data no longer has."""

    kind: str
    old_id: str
    counts: tuple[tuple[str, int], ...]  # (what, how many), per table

    def words(self) -> str:
        held = ", ".join(f"{n} {what}" for what, n in self.counts)
        return f"{self.kind} id {self.old_id!r}: {held}"


def known_ids(course: Course, kind: str) -> set[str]:
    if kind == "assignment":
        return {a.id for a in course.assignments}
    if kind == "exam":
        return {e.id for e in course.exams}
    return {s.id for s in course.sections}


# Where each kind of id is written in a course folder (docs/course-format.md)
_DATA_FILE = {"assignment": "assignments.toml", "exam": "exams.toml", "section": "course.toml"}
_RELOAD = "load the data again (/admin reload; the command line reads the files each time)"


def item_words(course: Course, kind: str, item_id: str) -> str:
    """An id the data has, as staff recognise it: 'hw3' (HW3, due Thu Feb 29, 11:59 PM)."""
    if kind == "assignment" and (item := course.assignment(item_id)) is not None:
        return f"{item_id!r} ({item.title}, due {item.due.astimezone(course.tz):%a %b %d, %I:%M %p})"
    if kind == "exam" and (exam := next((e for e in course.exams if e.id == item_id), None)) is not None:
        return f"{item_id!r} ({exam.title}, {exam.date:%a %b %d})"
    section = next((s for s in course.sections if s.id == item_id), None)
    return f"{item_id!r} ({section.name})" if section is not None and section.name else repr(item_id)


def _same_item(course: Course, kind: str, old_id: str, new_id: str) -> bool:
    """Two ids the data has for one thing (same title and time): an id renamed by adding the new one."""
    if kind == "assignment":
        old, new = course.assignment(old_id), course.assignment(new_id)
        return old is not None and new is not None and (old.title, old.due) == (new.title, new.due)
    if kind == "exam":
        exams = {e.id: (e.title, e.date, e.time) for e in course.exams}
        return exams.get(old_id) is not None and exams.get(old_id) == exams.get(new_id)
    sections = {s.id: s.name for s in course.sections}
    return bool(sections.get(old_id)) and sections.get(old_id) == sections.get(new_id)


def still_in_data(course: Course, kind: str, old_id: str, new_id: str | None, held: Orphan | None) -> str:
    """Why records under an id the data still has are not moved (or deleted): they count for that item, so they are
    not left over. Never advice that drops a live item from the data unless both ids are plainly the same thing;
    with no records under the id, only that there is nothing to move."""
    article = "an" if kind[0] in "aeiou" else "a"
    file = _DATA_FILE[kind]
    old = item_words(course, kind, old_id)
    if held is None:
        return f"Nothing to move from {old_id!r}: no records are kept under it (the course data has it: {old})."
    records = ", ".join(f"{n} {what}" for what, n in held.counts)
    counted = (
        f"Nothing was changed: the course data still has {article} {kind} {old}, and its records ({records}) "
        "count for it."
    )
    if new_id is None:
        managed = "; ".join(k.managed for k in KEYED if k.kind == kind and any(w == k.what for w, _ in held.counts))
        return f"{counted} They are not left over, so they are not deleted here; they are managed as usual ({managed})."
    if new_id in known_ids(course, kind):
        new = item_words(course, kind, new_id)
        if not _same_item(course, kind, old_id, new_id):
            return f"{counted} {new} is another {kind} of the course: the records stay with {old_id!r}."
        return (
            f"{counted} {new} has the same title and time, so the id looks renamed by adding the new one: to re-key "
            f"them, remove the {kind} {old_id!r} from {file} (keep {new_id!r}); {_RELOAD}; then move them from "
            f"{old_id!r} to {new_id!r} again."
        )
    return (
        f'{counted} If {old_id!r} is being renamed to {new_id!r}: in {file}, change id = "{old_id}" to id = '
        f'"{new_id}"; {_RELOAD}; then move them from {old_id!r} to {new_id!r} again.'
    )


ORPHAN_ADVICE = (
    "The data no longer has these ids, so their records count nowhere. Rename the id back in the data, or move "
    "the records to the new id with /admin move-records (coursebot console: the same), or delete them with "
    "/admin move-records and delete:True."
)


class Orphans:
    def __init__(self, store: Store) -> None:
        self.store = store

    def servers(self) -> list[int]:
        """Every server with records keyed by data ids."""
        union = " UNION ".join(f"SELECT guild_id FROM {k.table}" for k in KEYED)  # noqa: S608 (fixed names)
        return sorted(g for (g,) in self.store.db.execute(union))

    def of(self, guild_id: int | None, course: Course) -> list[Orphan]:
        """This server's records whose ids `course` no longer has, by kind and id."""
        guild = server_key(guild_id)
        found: dict[tuple[str, str], list[tuple[str, int]]] = {}
        for keyed in KEYED:
            known = known_ids(course, keyed.kind)
            rows = self.store.db.execute(
                f"SELECT {keyed.column}, COUNT(*) FROM {keyed.table} WHERE guild_id = ? "  # noqa: S608 (fixed names)
                f"AND {keyed.column} IS NOT NULL AND {keyed.column} != '' GROUP BY {keyed.column}",
                [guild],
            )
            for old_id, count in rows:
                if old_id not in known:
                    found.setdefault((keyed.kind, old_id), []).append((keyed.what, count))
        return [Orphan(kind, old_id, tuple(counts)) for (kind, old_id), counts in sorted(found.items())]

    def held(self, guild_id: int | None, course: Course, old_id: str) -> Orphan:
        """Every record kept under `old_id` (of every kind), exactly what `move` would move or delete; UserError when
        there is none."""
        return _merged(self._under(guild_id, course, old_id))

    def held_by_id(self, guild_id: int | None, course: Course) -> list[Orphan]:
        """Each id's records, every kind of it together, as `held` gives them one id at a time."""
        by_id: dict[str, list[Orphan]] = {}
        for orphan in self.of(guild_id, course):
            by_id.setdefault(orphan.old_id, []).append(orphan)
        return [_merged(found) for found in by_id.values()]

    def _under(self, guild_id: int | None, course: Course, old_id: str, new_id: str | None = None) -> list[Orphan]:
        # An id the data dropped may have been both an assignment's and an exam's: every kind of it moves at once.
        found = [o for o in self.of(guild_id, course) if o.old_id == old_id]
        if not found:
            still = [k for k in ("assignment", "exam", "section") if old_id in known_ids(course, k)]
            if still:
                held = self._kept(guild_id, still[0], old_id)
                raise UserError(still_in_data(course, still[0], old_id, new_id, held))
            raise UserError(f"Nothing to move from {old_id!r}: no records are kept under it.")
        return found

    def _kept(self, guild_id: int | None, kind: str, item_id: str) -> Orphan | None:
        """The records of `kind` kept under an id (one the data has, or not), or None when there are none."""
        counts = []
        for keyed in KEYED:
            if keyed.kind != kind:
                continue
            (n,) = self.store.db.execute(
                f"SELECT COUNT(*) FROM {keyed.table} WHERE guild_id = ? AND {keyed.column} = ?",  # noqa: S608 (fixed names)
                [server_key(guild_id), item_id],
            ).fetchone()
            if n:
                counts.append((keyed.what, n))
        return Orphan(kind, item_id, tuple(counts)) if counts else None

    def move(
        self, guild_id: int | None, course: Course, old_id: str, new_id: str | None, *, by: int, now: dt.datetime
    ) -> Orphan:
        """Move the records of an id the data no longer has to the id it now uses (`new_id`, of the same kind), or
        delete them (`new_id` None). UserError, nothing changed, when `old_id` holds no such records, `new_id` is not
        in the data, or a record would collide with one the new id already has."""
        guild = server_key(guild_id)
        found = self._under(guild_id, course, old_id, new_id)
        for orphan in found:
            if new_id is not None and new_id not in known_ids(course, orphan.kind):
                ids = ", ".join(sorted(known_ids(course, orphan.kind))) or "none"
                article = "an" if orphan.kind[0] in "aeiou" else "a"
                raise UserError(f"{new_id!r} is not {article} {orphan.kind} id in the data ({orphan.kind} ids: {ids}).")
        kinds = {o.kind for o in found}
        with self.store.immediate() as db:
            for keyed in KEYED:
                if keyed.kind not in kinds:
                    continue
                where = f"WHERE guild_id = ? AND {keyed.column} = ?"
                if new_id is None:
                    db.execute(f"DELETE FROM {keyed.table} {where}", [guild, old_id])  # noqa: S608 (fixed names)
                    continue
                try:
                    db.execute(
                        f"UPDATE {keyed.table} SET {keyed.column} = ? {where}",  # noqa: S608 (fixed names)
                        [new_id, guild, old_id],
                    )
                except sqlite3.IntegrityError:  # a primary key both ids hold: the new id has its own record already
                    raise UserError(
                        f"Some of {old_id!r}'s {keyed.what} would replace records {new_id!r} already has; nothing was "
                        f"moved. Delete one set first (/admin move-records old_id:{old_id} delete:True)."
                    ) from None
            if new_id is not None and "assignment" in kinds:
                # One extension per student and assignment, as a grant keeps it: the last one granted stands.
                db.execute(
                    "DELETE FROM grants WHERE guild_id = ? AND assignment_id = ? AND kind = 'extension' AND id NOT IN "
                    "(SELECT MAX(id) FROM grants WHERE guild_id = ? AND assignment_id = ? AND kind = 'extension' "
                    "GROUP BY email)",
                    [guild, new_id, guild, new_id],
                )
            merged = _merged(found)
            for orphan in found:
                detail = {"kind": orphan.kind, "from": old_id, "to": new_id, "records": dict(orphan.counts)}
                self.store.audit.record(guild_id, by, "data.move_records", detail, now)
        return merged


def _merged(found: list[Orphan]) -> Orphan:
    return Orphan(" and ".join(o.kind for o in found), found[0].old_id, tuple(c for o in found for c in o.counts))
