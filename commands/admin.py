"""/admin: staff tools: reload the course data, status, record grade publication, the audit trail."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from bot.announce.planner import KIND_LABELS
from bot.answers.deadlines import assignment_choices, resolve_assignments
from bot.core.answer import Answer, Field, Mention, Stamp, Text, text
from bot.course.loader import CourseDataError, load_course
from bot.course.model import Course
from bot.course.windows import regrade_closes
from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Opt
from bot.store.database import Store
from bot.understand.dates import parse_submission_time
from commands._shared import SHORT

COMMANDS = CommandSet()
setup = COMMANDS.setup
ADMIN = COMMANDS.group("admin", "Course staff tools", staff_only=True, server_only=True)
AUDIT_ROWS = 20
COMMAND_LINE_USER = 0  # who the `coursebot` command line acts as in the audit trail


async def assignment_autocomplete(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    return assignment_choices(inv.course, typed)


@ADMIN.command("reload")
async def reload(inv: Invocation) -> None:
    """Staff: reload the course data files; a broken file is refused and the old data stays."""
    try:
        course = load_course(inv.host.settings.data_dir)
    except CourseDataError as err:
        shown = [text(f"• {p}") for p in err.problems[:15]]
        more = len(err.problems) - len(shown)
        if more > 0:
            shown.append(text(f"… and {more} more (run `coursebot check` to see all)."))
        answer = Answer(
            title="Reload refused: the data has problems",
            lines=(text("The current data stays in service. Fix these and reload again:"), *shown),
            ephemeral=True,
            kind="error",
        )
    else:
        old = inv.course.version
        await inv.host.replace_course(course)
        inv.store.audit(inv.server_id, inv.user.id, "data.reload", {"from": old, "to": course.version}, inv.now)
        answer = Answer(
            title="Course data reloaded",
            lines=(text(f"{course.title}: version {old} → {course.version}."),),
            ephemeral=True,
        )
    await inv.reply.answer(answer)


@ADMIN.command("status")
async def status(inv: Invocation) -> None:
    """Staff: what the bot is running: data version, database, time."""
    store = inv.store
    answer = Answer(
        title="CourseBot status",
        lines=(
            text(f"Course: {inv.course.title}"),
            text(f"Data version: {inv.course.version} ({inv.host.settings.data_dir})"),
            text(f"Database: {'reachable' if store.ping() else 'NOT reachable'}, schema v{store.version}"),
            text("Bot time: ", Stamp(inv.now, "F")),
        ),
        ephemeral=True,
    )
    await inv.reply.answer(answer)


@ADMIN.command(
    "grades-published",
    assignment=Opt.text("The assignment", max_length=SHORT, autocomplete=assignment_autocomplete),
    when=Opt.text("When grades were published (default: now)", max_length=SHORT),
)
async def grades_published(inv: Invocation, assignment: str, when: str | None = None) -> None:
    """Staff: record that grades are out; this opens the regrade window students see."""
    at = parse_submission_time(when, inv.now, inv.course) if when else inv.now
    lines = []
    for item in resolve_assignments(inv.course, assignment):
        inv.store.set_grades_published(inv.server_id, item.id, at, inv.user.id, inv.now)
        lines.append(text(f"{item.short}: regrade requests close ", Stamp(regrade_closes(inv.course, at), "F"), "."))
    inv.host.reschedule()
    await inv.reply.answer(Answer(title="Grades recorded as published", lines=tuple(lines), ephemeral=True))


@ADMIN.command("audit")
async def audit(inv: Invocation) -> None:
    """Staff: the latest staff actions (who changed what, when)."""
    entries = audit_entries(inv.store, inv.server_id)
    await inv.reply.answer(audit_answer(inv.course, entries))


# --- the audit trail in words ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditEntry:
    at: dt.datetime
    user_id: int
    action: str
    detail: dict[str, Any]


def audit_entries(store: Store, server_id: int | None, limit: int = AUDIT_ROWS) -> list[AuditEntry]:
    """The latest audit rows of a server, newest first (the one place that reads the store's audit rows)."""
    out = []
    for row in store.audit_log(server_id, limit):
        detail = row["detail"]
        if isinstance(detail, str):
            try:
                detail = json.loads(detail)
            except ValueError:
                detail = {"note": detail}
        out.append(AuditEntry(_moment(row["at"]), int(row["user_id"] or 0), row["action"], dict(detail or {})))
    return out


def _moment(value: Any) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def audit_answer(course: Course, entries: list[AuditEntry]) -> Answer:
    """/admin audit: one sentence per staff action, newest first."""
    lines = tuple(audit_line(course, e) for e in entries) or (text("Nothing recorded yet."),)
    return Answer(title="Staff actions", fields=(Field("Latest first", lines),), ephemeral=True)


def audit_line(course: Course, entry: AuditEntry) -> Text:
    """'Wed Feb 14, 10:00 AM · @ta set the announcement channel to #announcements.'"""
    who: tuple = (
        ("the coursebot command line",) if entry.user_id == COMMAND_LINE_USER else (Mention("user", entry.user_id),)
    )
    return text(Stamp(entry.at, "f"), " · ", *who, " ", *what_changed(course, entry.action, entry.detail), ".")


def what_changed(course: Course, action: str, d: dict[str, Any]) -> Text:
    """What an audit row did, in words (an action this code does not know is still listed, plainly)."""
    if action == "data.reload":
        return text(f"reloaded the course data (version {d.get('from')} → {d.get('to')})")
    if action == "setup":
        return _setup_change(d)
    if action == "announce.add":
        at = d.get("at")
        return text(f"scheduled announcement #{d.get('id')}", *((" for ", Stamp(_moment(at), "f")) if at else ()))
    if action == "announce.cancel":
        return text(f"cancelled announcement #{d.get('id')}")
    if action == "exam.set_form":
        exam = course.exam(str(d.get("exam")))
        return text(f"published the conflict form for {exam.title if exam else d.get('exam')}")
    if action == "grades.published":
        item = course.assignment(str(d.get("assignment")))
        at = d.get("at")
        name = item.short if item else d.get("assignment")
        return text(f"recorded {name} grades as published", *((" on ", Stamp(_moment(at), "f")) if at else ()))
    if action == "events.sync":
        return text(
            f"updated the Events tab ({d.get('created', 0)} created, {d.get('updated', 0)} updated, "
            f"{d.get('deleted', 0)} removed)"
        )
    if action == "gracedays.import":
        return text(
            f"imported {d.get('file')} ({d.get('students')} students, {d.get('changed')} grade records changed)"
        )
    if action == "gracedays.link":
        user = d.get("user")
        return text("linked ", _mention("user", user) if user else "a member", f" to {d.get('email')}")
    if action.startswith("gracedays.grant."):
        kind = "an extension" if action.endswith("extension") else "permission to submit late"
        item = course.assignment(str(d.get("assignment")))
        name = item.short if item else d.get("assignment")
        return text(f"granted {d.get('student')} {kind} on {name} (reason: {d.get('reason')})")
    shown = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in sorted(d.items()))
    return text(action.replace(".", " ").replace("_", " ") + (f" ({shown})" if shown else ""))


def _mention(kind: str, value: Any) -> Mention | str:
    return Mention(kind, int(value)) if str(value).isdigit() else str(value)


def _setup_change(d: dict[str, Any]) -> Text:
    if "channel_id" in d:
        return text("set the announcement channel to ", _mention("channel", d["channel_id"]))
    if "staff_role" in d:
        return text("set the staff role to ", _mention("role", d["staff_role"]))
    if "section" in d:
        channel = (" and its channel to ", _mention("channel", d["channel"])) if d.get("channel") else ()
        return text(f"set section {d['section']}'s role to ", _mention("role", d.get("role")), *channel)
    if "kind" in d:
        label = KIND_LABELS.get(str(d["kind"]), str(d["kind"]))
        return text(f"turned {label} {'on' if d.get('enabled') else 'off'}")
    if "deadline_offsets" in d:
        return text(f"set deadline reminders to {d['deadline_offsets']} before each due time")
    if "morning" in d:
        return text(f"set the morning posts to {d['morning']} course time")
    return text("changed the server setup")
