"""/admin: staff tools: reload the course data, status, record grade publication, the audit trail."""

from __future__ import annotations

import datetime as dt

from bot.announce.bounds import check_publication_time
from bot.announce.server_course import course_list
from bot.announce.status_report import delivery_fields
from bot.answers.audit_trail import audit_sentence
from bot.answers.deadlines import assignment_choices, resolve_assignments
from bot.answers.moved_dates import with_moved_dates
from bot.answers.orphan_report import with_orphans
from bot.answers.record_deletion import DELETE_ACTION, Confirmation, delete_question, refusal, shown_as
from bot.answers.reload_report import reload_answer
from bot.core.answer import Answer, Field, Stamp, Text, text
from bot.core.clock import on_the_minute
from bot.core.errors import UserError
from bot.course.model import Assignment, Course
from bot.course.reload import reload_served
from bot.course.unknown import PAGE_SILENT
from bot.course.windows import regrade_closes
from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Opt
from bot.store.audit import AuditEntry
from bot.understand.times.dates import parse_submission_time, small_hours_note
from commands._shared import SHORT, data_folder

COMMANDS = CommandSet()
setup = COMMANDS.setup
ADMIN = COMMANDS.group("admin", "Course staff tools", staff_only=True, server_only=True)
AUDIT_ROWS = 20


async def assignment_autocomplete(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    return assignment_choices(inv.course, typed)


@ADMIN.command("reload")
async def reload(inv: Invocation) -> None:
    """Staff: reload the course data files; a broken file is refused and the old data stays."""
    host, settings = inv.host, inv.host.settings
    before = host.courses
    result = reload_served(before, settings.data_dir, settings.courses_dir)
    if result.catalog is not before:  # every server's next command and the rebuilt schedule use the new data
        await host.replace_courses(result.catalog)
    mine = inv.served.id if inv.has_course else None
    if mine is not None and mine in result.catalog.courses:
        old, new = before.courses[mine].version, result.catalog.courses[mine].version
        inv.store.audit.record(inv.server_id, inv.user.id, "data.reload", {"from": old, "to": new}, inv.now)
    answer = reload_answer(before, result, mine)
    if mine is not None and mine in result.catalog.courses:
        now_served = result.catalog.courses[mine]
        if mine in before.courses:
            answer = with_moved_dates(answer, before.courses[mine], now_served)
        answer = with_orphans(answer, inv.store.orphans.of(inv.server_id, now_served))
    await inv.reply.answer(answer)


@ADMIN.command("status")
async def status(inv: Invocation) -> None:
    """Staff: data version, database, time, and announcements that failed or were skipped."""
    store = inv.store
    if inv.has_course:
        course = inv.course
        about = (
            text(f"Course: {course.title} ({course.id})"),
            text(f"Data version: {course.version} ({data_folder(inv)})"),
        )
    else:
        about = (text(f"Course: none picked yet: run /setup course ({course_list(inv.host.courses)})"),)
    answer = Answer(
        title="CourseBot status",
        lines=(
            *about,
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
    if inv.has_course:
        answer = with_orphans(answer, store.orphans.of(inv.server_id, inv.course))
    await inv.reply.answer(answer)


@ADMIN.command(
    "move-records",
    old_id=Opt.text("The id the data no longer has (as /admin status names it)", max_length=SHORT),
    new_id=Opt.text("The id the data uses now (an assignment, exam or section id)", max_length=SHORT),
    delete=Opt.flag("Delete the records instead of moving them"),
)
async def move_records(inv: Invocation, old_id: str, new_id: str | None = None, delete: bool = False) -> None:
    """Staff: move records under an id the data no longer has to its new id, or delete them (asks first)."""
    course = inv.course  # a server that has not picked its course is told to first
    old_id, new_id = old_id.strip(), (new_id or "").strip() or None
    if delete and new_id is not None:
        raise UserError("Give either new_id (to move the records there) or delete:True (to delete them), not both.")
    if not delete and new_id is None:
        raise UserError("Give new_id (the id the data uses now) to move the records, or delete:True to delete them.")
    if delete:  # asked first: exactly what would go, and a button only this staff member can use, for a while
        await inv.reply.answer(
            delete_question(inv.store.orphans.held(inv.server_id, course, old_id), inv.user.id, inv.now)
        )
        return
    orphan = inv.store.orphans.move(inv.server_id, course, old_id, new_id, by=inv.user.id, now=inv.now)
    inv.host.reschedule()
    await inv.reply.answer(
        Answer(
            title="Records moved",
            lines=(text(f"Moved to {orphan.kind} id {new_id!r}: {orphan.words()}."),),
            ephemeral=True,
        )
    )


@COMMANDS.action(DELETE_ACTION, staff_only=True)
async def delete_records(inv: Invocation, arg: str, values: dict[str, str]) -> None:
    """The Delete button of /admin move-records delete:True: deletes what was shown, if it is still exactly that."""
    wanted = Confirmation.read(arg)
    refused = refusal(wanted, inv.user.id, inv.now)
    if refused is not None:
        raise UserError(refused)
    course = inv.course
    orphan = shown_as(inv.store.orphans.held_by_id(inv.server_id, course), wanted)
    if orphan is None:
        raise UserError(
            "Those records changed since you were asked (moved, deleted or added to), so nothing was deleted. Run "
            "/admin move-records again to see what would be."
        )
    deleted = inv.store.orphans.move(inv.server_id, course, orphan.old_id, None, by=inv.user.id, now=inv.now)
    inv.host.reschedule()
    await inv.reply.answer(
        Answer(title="Records deleted", lines=(text(f"Deleted: {deleted.words()}."),), ephemeral=True)
    )


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
    at = on_the_minute(at)  # as the store keeps it, so the reply and a retry's comparison match the record
    items = resolve_assignments(inv.course, assignment, sure=True)
    recorded = inv.store.published.grades(inv.server_id)
    # a retry (the same command sent again) must not record the publication again: without a `when`, an
    # assignment already recorded is left as it is and said so
    again = [i for i in items if i.id in recorded and (not when or recorded[i.id] == at)]
    fresh = [i for i in items if i not in again]
    lines = [published_line(inv.course, i, recorded[i.id], "was already recorded as published") for i in again]
    lines += [published_line(inv.course, i, at, "recorded as published") for i in fresh]
    if when and (night := small_hours_note(when, at, inv.now, inv.course)):
        lines.append(text(night))
    for item in fresh:
        inv.store.published.set_grades(inv.server_id, item.id, at, by=inv.user.id, now=inv.now)
    if fresh:
        inv.host.reschedule()
    title = "Grades recorded as published" if fresh else "Already recorded"
    await inv.reply.answer(Answer(title=title, lines=tuple(lines), ephemeral=True))


def published_line(course: Course, item: Assignment, at: dt.datetime, state: str) -> Text:
    """One assignment's publication, and when its regrade requests close (when the course page says)."""
    closes = regrade_closes(course, at)
    if closes is None:
        return text(f"{item.short}: {state} ", Stamp(at, "f"), f". How long regrade requests stay open: {PAGE_SILENT}.")
    return text(f"{item.short}: {state} ", Stamp(at, "f"), "; regrade requests close ", Stamp(closes, "F"), ".")


@ADMIN.command("audit")
async def audit(inv: Invocation) -> None:
    """Staff: the latest staff actions (who changed what, when)."""
    course = inv.course if inv.has_course else None  # the trail is readable before a course is picked
    await inv.reply.private(audit_answer(course, inv.store.audit.latest(inv.server_id, AUDIT_ROWS)))


def audit_answer(course: Course | None, entries: list[AuditEntry]) -> Answer:
    """/admin audit: one sentence per staff action, newest first, each with its time."""
    lines = tuple(text(Stamp(e.at, "f"), " · ", *audit_sentence(e, course), ".") for e in entries)
    return Answer(
        title="Staff actions",
        fields=(Field("Latest first", lines or (text("Nothing recorded yet."),)),),
        ephemeral=True,
    )
