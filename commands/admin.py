"""/admin: staff tools: reload the course data, status, record grade publication, the audit trail."""

from __future__ import annotations

from bot.announce.bounds import check_publication_time
from bot.announce.status_report import delivery_fields
from bot.answers.audit_trail import audit_sentence
from bot.answers.deadlines import assignment_choices, resolve_assignments
from bot.core.answer import Answer, Field, Stamp, text
from bot.course.loader import CourseDataError, load_course
from bot.course.model import Course
from bot.course.windows import regrade_closes
from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Opt
from bot.store.audit import AuditEntry
from bot.understand.dates import parse_submission_time
from commands._shared import SHORT

COMMANDS = CommandSet()
setup = COMMANDS.setup
ADMIN = COMMANDS.group("admin", "Course staff tools", staff_only=True, server_only=True)
AUDIT_ROWS = 20


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
        inv.store.audit.record(inv.server_id, inv.user.id, "data.reload", {"from": old, "to": course.version}, inv.now)
        answer = Answer(
            title="Course data reloaded",
            lines=(text(f"{course.title}: version {old} → {course.version}."),),
            ephemeral=True,
        )
    await inv.reply.answer(answer)


@ADMIN.command("status")
async def status(inv: Invocation) -> None:
    """Staff: data version, database, time, and announcements that failed or were skipped."""
    store = inv.store
    answer = Answer(
        title="CourseBot status",
        lines=(
            text(f"Course: {inv.course.title}"),
            text(f"Data version: {inv.course.version} ({inv.host.settings.data_dir})"),
            text(f"Database: {'reachable' if store.ping() else 'NOT reachable'}, schema v{store.version}"),
            text("Bot time: ", Stamp(inv.now, "F")),
        ),
        fields=delivery_fields(
            store.deliveries.counts(inv.server_id),
            store.deliveries.with_status(inv.server_id, "failed"),
            store.deliveries.with_status(inv.server_id, "skipped"),
            store.deliveries.expired_claims(inv.server_id, inv.now),
            store.deliveries.last_sent(),
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
    at = inv.now
    if when:
        at = parse_submission_time(when, inv.now, inv.course)
        check_publication_time(when, at, inv.now, inv.course)
    lines = []
    for item in resolve_assignments(inv.course, assignment):
        inv.store.published.set_grades(inv.server_id, item.id, at, by=inv.user.id, now=inv.now)
        lines.append(text(f"{item.short}: regrade requests close ", Stamp(regrade_closes(inv.course, at), "F"), "."))
    inv.host.reschedule()
    await inv.reply.answer(Answer(title="Grades recorded as published", lines=tuple(lines), ephemeral=True))


@ADMIN.command("audit")
async def audit(inv: Invocation) -> None:
    """Staff: the latest staff actions (who changed what, when)."""
    await inv.reply.private(audit_answer(inv.course, inv.store.audit.latest(inv.server_id, AUDIT_ROWS)))


def audit_answer(course: Course, entries: list[AuditEntry]) -> Answer:
    """/admin audit: one sentence per staff action, newest first, each with its time."""
    lines = tuple(text(Stamp(e.at, "f"), " · ", *audit_sentence(e, course), ".") for e in entries)
    return Answer(
        title="Staff actions",
        fields=(Field("Latest first", lines or (text("Nothing recorded yet."),)),),
        ephemeral=True,
    )
