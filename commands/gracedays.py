"""/gracedays, /late and /link: the private late-work tally, what-ifs, grade-export imports and account links.

Privacy: a student sees only their own record (ephemeral); every other view is a staff command, checked here.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import replace

from bot.answers.deadlines import assignment_choices, resolve_assignments
from bot.answers.grace import late_answer_for, own_tally_answer, tally_answer
from bot.answers.grade_import import (
    import_done_answer,
    import_problems_answer,
    import_would_move_answer,
    older_export_answer,
)
from bot.answers.links import (
    pending_answer,
    request_answer,
    review_answer,
    roster_answer,
    with_notices,
)
from bot.core.answer import Answer, Stamp, text
from bot.core.errors import UserError
from bot.course.model import Assignment
from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Choice, Opt, Upload, UserRef
from bot.grace.engine import Grant
from bot.grace.extension_due import due_on_day, extension_refusal, names_midnight
from bot.grace.gradescope import GradescopeError, filename_disagrees, not_utf8, parse_export
from bot.grace.grant_kinds import grant_refusal
from bot.grace.roster import parse_roster
from bot.grace.whatif_pool import whatif_pool
from bot.store.encoding import email_key
from bot.store.grace_records import ImportWouldMove, OlderExport
from bot.understand.times.dates import day_without_time, parse_submission_time, small_hours_note
from commands._shared import SHORT

COMMANDS = CommandSet()
setup = COMMANDS.setup
GRACEDAYS = COMMANDS.group("gracedays", "Late work: your tally, and staff tools", server_only=True)

MAX_CSV_BYTES = 5 * 1024 * 1024
EMAIL_LIMIT = 200
STUDENT_LIMIT = 200
KINDS = (
    Choice("Extension (moves the due time)", "extension"),
    Choice("Permission to submit after the late cutoff", "permission"),
    Choice("Use late days on it (for a pool used only on request)", "pool"),
)


async def _read_csv(upload: Upload) -> str:
    if upload.size > MAX_CSV_BYTES:
        raise UserError("That file is larger than 5 MB; export only this course's grades.")
    if not upload.filename.lower().endswith(".csv"):
        raise UserError(f"{upload.filename!r} is not a .csv file. Upload the grades export as CSV.")
    data = await upload.read()
    if len(data) > MAX_CSV_BYTES:
        raise UserError("That file is larger than 5 MB; export only this course's grades.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"That file can't be read: {not_utf8(data)}.") from None


async def assignment_autocomplete(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    return assignment_choices(inv.course, typed)


async def student_choices(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    """Imported students matching what was typed (staff commands only: autocomplete is gated like the command)."""
    found = inv.store.grace.find_students(inv.server_id, typed)
    return [(f"{s.name} <{s.email}>" if s.name else s.email, s.email) for s in found]


@GRACEDAYS.command("me")
async def me(inv: Invocation) -> None:
    """Your late days (grace/slip days...) used and left, and each assignment (only you see this)."""
    notices = inv.store.notices.take(inv.server_id, inv.user.id, inv.now)
    found = inv.store.grace.tally_for_user(inv.course, inv.server_id, inv.user.id)
    if found is None:
        waiting = inv.store.links.waiting_email(inv.server_id, inv.user.id)
        answer = replace(own_tally_answer(inv.course, None, waiting=waiting, staff=inv.is_staff), kind="error")
    else:
        answer = own_tally_answer(inv.course, found.tally, who=found.student.name or "you")
    await inv.reply.private(with_notices(answer, notices))


@GRACEDAYS.command(
    "student",
    staff_only=True,
    student=Opt.text("Email, SID or @mention of the student", max_length=STUDENT_LIMIT, autocomplete=student_choices),
)
async def student(inv: Invocation, student: str) -> None:
    """Staff: one student's late-work tally."""
    record = inv.store.grace.student(inv.server_id, student)
    tally = inv.store.grace.tally(inv.course, inv.server_id, record.email)
    who = f"{record.name or record.email} ({record.email})"
    await inv.reply.private(tally_answer(inv.course, tally, who))


@GRACEDAYS.command(
    "grant",
    staff_only=True,
    student=Opt.text("Email, SID or @mention of the student", max_length=STUDENT_LIMIT, autocomplete=student_choices),
    assignment=Opt.text("The assignment", max_length=SHORT, autocomplete=assignment_autocomplete),
    kind=Opt.text(
        "Extension moves the due time; permission lifts the late cutoff; pool spends late days on request",
        max_length=20,
        choices=KINDS,
    ),
    reason=Opt.text("Why (kept in the audit trail)", max_length=300),
    new_due=Opt.text("For an extension: the new due time, e.g. 'Feb 23 11:59pm'", max_length=SHORT),
)
async def grant(
    inv: Invocation, student: str, assignment: str, kind: str, reason: str, new_due: str | None = None
) -> None:
    """Staff: grant an extension, a late permission, or late days on request (with a reason)."""
    record = inv.store.grace.student(inv.server_id, student)
    item = _one_assignment(inv, assignment)
    refusal = grant_refusal(inv.course, item, kind)
    if refusal:
        raise UserError(refusal)
    due, notes = None, []
    if kind == "extension":
        due, notes = _extension_due(inv, item, record.email, new_due)
    granted = Grant(item.id, kind, new_due=due, reason=reason, granted_by=str(inv.user.id))
    outcome = inv.store.grace.add_grant(inv.server_id, record.email, granted, by=inv.user.id, now=inv.now)
    if outcome.same is not None:
        same = outcome.same
        lines = [
            text(f"{record.email} already has this {kind} on {item.id}, recorded ", Stamp(same.at, "f")),
            text(f"(reason: {same.grant.reason or 'none given'}); nothing new was recorded."),
        ]
        await inv.reply.answer(Answer(title="Already granted", lines=tuple(lines), ephemeral=True))
        return
    lines = [text(f"{kind.capitalize()} for {record.email} on {item.short}: {reason}")]
    if due:
        lines.append(text("New due time: ", Stamp(due, "F")))
    lines += [text(n) for n in notes]
    for old in outcome.replaced:
        if old.grant.new_due is not None:
            lines.append(text("This replaces the earlier extension to ", Stamp(old.grant.new_due, "F"), "."))
    await inv.reply.answer(Answer(title="Granted", lines=tuple(lines), ephemeral=True))


def _extension_due(inv: Invocation, item: Assignment, email: str, new_due: str | None) -> tuple[dt.datetime, list]:
    """The extension's new due time and what the reply should say about how it was read; UserError if refused."""
    if not new_due:
        raise UserError("An extension needs new_due, e.g. 'Feb 23 11:59pm'.")
    notes = []
    day = day_without_time(new_due, inv.now, inv.course)
    if day is None:
        due = parse_submission_time(new_due, inv.now, inv.course)
        if not names_midnight(new_due) and due.astimezone(inv.course.tz).time() == dt.time(0, 0):
            day = due.astimezone(inv.course.tz).date()  # a date the general reader took as its start: no time given
    if day is not None:
        due = due_on_day(inv.course, item, day)
        notes.append(f"No time of day was given, so it is {item.short}'s own due time of day on that day.")
    if night := small_hours_note(new_due, due, inv.now, inv.course):
        notes.append(night)
    in_force = any(g.grant.kind == "extension" for g in inv.store.grace.grants_on(inv.server_id, email, item.id))
    refusal = extension_refusal(inv.course, item, due, in_force=in_force)
    if refusal:
        raise UserError(refusal)
    return due, notes


@GRACEDAYS.command(
    "revoke",
    staff_only=True,
    student=Opt.text("Email, SID or @mention of the student", max_length=STUDENT_LIMIT, autocomplete=student_choices),
    assignment=Opt.text("The assignment", max_length=SHORT, autocomplete=assignment_autocomplete),
    kind=Opt.text("Which grant to take back (default: every grant on this assignment)", max_length=20, choices=KINDS),
)
async def revoke(inv: Invocation, student: str, assignment: str, kind: str | None = None) -> None:
    """Staff: take back a grant (extension, permission or late days on request); the tally follows."""
    record = inv.store.grace.student(inv.server_id, student)
    item = _one_assignment(inv, assignment)
    revoked = inv.store.grace.revoke_grants(inv.server_id, record.email, item.id, kind, by=inv.user.id, now=inv.now)
    lines = []
    for old in revoked:
        line = text(f"{old.grant.kind.capitalize()} on {item.short} (reason: {old.grant.reason or 'none given'})")
        if old.grant.new_due is not None:
            line = (*line, " to ", Stamp(old.grant.new_due, "F"))
        lines.append((*line, "."))
    lines.append(text(f"{record.email}'s tally now counts {item.short} without it."))
    await inv.reply.answer(Answer(title="Revoked", lines=tuple(lines), ephemeral=True))


def _one_assignment(inv: Invocation, assignment: str) -> Assignment:
    items = resolve_assignments(inv.course, assignment, sure=True)
    if len(items) != 1:
        raise UserError(f"{assignment!r} names {len(items)} assignments; pick one, e.g. {items[0].short}.")
    return items[0]


@GRACEDAYS.command(
    "import",
    staff_only=True,
    file=Opt.file("The grades export as CSV (Gradescope format: 'Download Grades', or one assignment's scores)"),
    assignment=Opt.text(
        "For a one-assignment export: which assignment it is (default: from the file name)",
        max_length=SHORT,
        autocomplete=assignment_autocomplete,
    ),
    replace_newer=Opt.flag("Import even where this file is older than the records (it would take submissions back)"),
    move=Opt.flag("This file was imported before as another assignment, wrongly: move its records to this one"),
)
async def import_(
    inv: Invocation, file: Upload, assignment: str | None = None, replace_newer: bool = False, move: bool = False
) -> None:
    """Staff: import a grades export (CSV); nothing is half-imported."""
    await inv.reply.defer()
    raw = await _read_csv(file)
    try:
        # Parsed in a worker thread: a large export must not hold up everyone else's commands.
        data = await asyncio.to_thread(parse_export, inv.course, raw, assignment or file.filename)
    except GradescopeError as err:
        await inv.reply.answer(import_problems_answer(err))
        return
    warning = filename_disagrees(inv.course, file.filename, data)
    try:
        result = inv.store.grace.import_export(
            inv.server_id,
            data,
            raw,
            user_id=inv.user.id,
            filename=file.filename,
            now=inv.now,
            replace_newer=replace_newer,
            move=move,
        )
    except OlderExport as err:
        await inv.reply.answer(older_export_answer(err))
        return
    except ImportWouldMove as err:
        await inv.reply.answer(import_would_move_answer(err, warning))
        return
    await inv.reply.answer(import_done_answer(result, warning))


@GRACEDAYS.command(
    "roster", staff_only=True, file=Opt.file("CSV with columns email and discord (a user id or username)")
)
async def roster(inv: Invocation, file: Upload) -> None:
    """Staff: link students to Discord accounts from a roster CSV."""
    raw = await _read_csv(file)
    roster = parse_roster(raw)
    result = inv.store.links.link_roster(inv.server_id, list(roster.rows), by=inv.user.id, now=inv.now)
    await inv.reply.answer(roster_answer(result, roster))


async def requested_emails(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    """Emails waiting for review (staff commands only: autocomplete is gated like the command)."""
    folded = typed.strip().lower()
    return [
        (f"{p.request.email} (asked by {p.request.username or p.request.user_id})", p.request.email)
        for p in inv.store.links.pending(inv.server_id)
        if folded in p.request.email
    ]


@GRACEDAYS.command(
    "approve",
    staff_only=True,
    user=Opt.user("The student whose /link request to approve"),
    email=Opt.text(
        "The email you reviewed, exactly as /gracedays requests shows it",
        min_length=3,
        max_length=EMAIL_LIMIT,
        autocomplete=requested_emails,
    ),
    move=Opt.flag("If the email is linked to another account: move it to this student (both are told)"),
)
async def approve(inv: Invocation, user: UserRef, email: str, move: bool = False) -> None:
    """Staff: approve a /link request (name the user and the email you reviewed)."""
    result = inv.store.links.approve(inv.server_id, user.id, user.name, email, by=inv.user.id, now=inv.now, move=move)
    await inv.reply.private(review_answer(result, user.id))


@GRACEDAYS.command(
    "deny",
    staff_only=True,
    user=Opt.user("The student whose /link request to turn down"),
    email=Opt.text(
        "The email they asked for, exactly as /gracedays requests shows it",
        min_length=3,
        max_length=EMAIL_LIMIT,
        autocomplete=requested_emails,
    ),
    reason=Opt.text("Why (they are told, and it is kept in the audit trail)", max_length=300),
)
async def deny(inv: Invocation, user: UserRef, email: str, reason: str) -> None:
    """Staff: turn down a /link request, with a reason the student is told."""
    result = inv.store.links.deny(inv.server_id, user.id, email, by=inv.user.id, now=inv.now, reason=reason)
    await inv.reply.private(review_answer(result, user.id))


@GRACEDAYS.command("requests", staff_only=True)
async def requests(inv: Invocation) -> None:
    """Staff: pending /link requests, with what to check before approving each."""
    await inv.reply.private(pending_answer(inv.store.links.pending(inv.server_id)))


@COMMANDS.command(
    "late",
    assignment=Opt.text("The assignment", max_length=SHORT, autocomplete=assignment_autocomplete),
    when=Opt.text("When you would submit, e.g. 'thursday 2am'", max_length=SHORT),
)
async def late(inv: Invocation, assignment: str, when: str) -> None:
    """What if I submit late? The outcome under the late policy (only you see this)."""
    at = parse_submission_time(when, inv.now, inv.course)
    found = inv.store.grace.tally_for_user(inv.course, inv.server_id, inv.user.id)
    items = resolve_assignments(inv.course, assignment)
    pool = whatif_pool(inv.course, found.tally if found is not None else None, items)
    answer = late_answer_for(inv.course, assignment, at, pool.left, known=pool.known)
    night = small_hours_note(when, at, inv.now, inv.course)
    await inv.reply.private(answer.with_lines(text(night)) if night else answer)


@COMMANDS.command(
    "link",
    server_only=True,
    email=Opt.text("The email you use on the course's submission site", min_length=3, max_length=200),
)
async def link(inv: Invocation, email: str) -> None:
    """Link your Discord account to your grade record (staff approve it)."""
    if "@" not in email or any(c.isspace() for c in email.strip()):
        raise UserError(f"{email!r} doesn't look like an email address.")
    outcome = inv.store.links.request(inv.server_id, inv.user.id, inv.user.name, email, inv.now)
    await inv.reply.answer(request_answer(outcome, email_key(email)))
