"""/gracedays, /late and /link: the private grace-day tally, what-ifs, Gradescope imports and account links.

Privacy: a student sees only their own record (ephemeral); every other view is a staff command, checked here.
"""

from __future__ import annotations

from bot.answers.deadlines import assignment_choices, resolve_assignments
from bot.answers.grace import late_answer_for, tally_answer
from bot.core.answer import Answer, Field, Mention, Stamp, text
from bot.core.errors import UserError
from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Choice, Opt, Upload, UserRef
from bot.grace.engine import Grant
from bot.grace.gradescope import GradescopeError, parse_export
from bot.grace.roster import parse_roster
from bot.store.grace_records import GraceRecords
from bot.understand.dates import parse_submission_time
from commands._shared import SHORT

COMMANDS = CommandSet()
setup = COMMANDS.setup
GRACEDAYS = COMMANDS.group("gracedays", "Grace days: your tally, and staff tools", server_only=True)

MAX_CSV_BYTES = 5 * 1024 * 1024
NOT_LINKED = (
    "Your Discord account isn't linked to a student record yet. Use /link with the email you use on Gradescope; "
    "course staff will approve it."
)
STUDENT_LIMIT = 200
KINDS = (
    Choice("Extension (moves the due time)", "extension"),
    Choice("Permission to submit more than 2 days late", "permission"),
)


async def _read_csv(upload: Upload) -> str:
    if upload.size > MAX_CSV_BYTES:
        raise UserError("That file is larger than 5 MB; export only this course's grades.")
    if not upload.filename.lower().endswith(".csv"):
        raise UserError(f"{upload.filename!r} is not a .csv file. Upload Gradescope's CSV export.")
    data = await upload.read()
    if len(data) > MAX_CSV_BYTES:
        raise UserError("That file is larger than 5 MB; export only this course's grades.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError("That file isn't UTF-8 text. Export it again as CSV.") from None


def _problems_answer(err: GradescopeError) -> Answer:
    shown = [text(f"• {p}") for p in err.problems[:20]]
    if len(err.problems) > 20:
        shown.append(text(f"… and {len(err.problems) - 20} more."))
    return Answer(
        title="Import refused: nothing was imported",
        lines=(text("Fix these in the file and upload it again:"), *shown),
        ephemeral=True,
        kind="error",
    )


async def assignment_autocomplete(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    return assignment_choices(inv.course, typed)


async def student_choices(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    """Imported students matching what was typed (staff commands only: autocomplete is gated like the command)."""
    found = GraceRecords(inv.store).find_students(inv.server_id, typed)
    return [(f"{s.name} <{s.email}>" if s.name else s.email, s.email) for s in found]


@GRACEDAYS.command("me")
async def me(inv: Invocation) -> None:
    """Your grace days: used, left, and each assignment (only you see this)."""
    records = GraceRecords(inv.store)
    student = records.student_for_user(inv.server_id, inv.user.id)
    if student is None:
        pending = records.link_request(inv.server_id, inv.user.id)
        extra = " Your link request is waiting for staff approval." if pending else ""
        raise UserError(NOT_LINKED + extra)
    tally = records.tally(inv.course, inv.server_id, student.email)
    await inv.reply.private(tally_answer(inv.course, tally, student.name or "you"))


@GRACEDAYS.command(
    "student",
    staff_only=True,
    student=Opt.text("Email, SID or @mention of the student", max_length=STUDENT_LIMIT, autocomplete=student_choices),
)
async def student(inv: Invocation, student: str) -> None:
    """Staff: one student's grace days."""
    records = GraceRecords(inv.store)
    record = records.student(inv.server_id, student)
    tally = records.tally(inv.course, inv.server_id, record.email)
    who = f"{record.name or record.email} ({record.email})"
    await inv.reply.private(tally_answer(inv.course, tally, who))


@GRACEDAYS.command(
    "grant",
    staff_only=True,
    student=Opt.text("Email, SID or @mention of the student", max_length=STUDENT_LIMIT, autocomplete=student_choices),
    assignment=Opt.text("The assignment", max_length=SHORT, autocomplete=assignment_autocomplete),
    kind=Opt.text(
        "An extension moves the due time; a permission allows more than 2 days late", max_length=20, choices=KINDS
    ),
    reason=Opt.text("Why (kept in the audit trail)", max_length=300),
    new_due=Opt.text("For an extension: the new due time, e.g. 'Feb 23 11:59pm'", max_length=SHORT),
)
async def grant(
    inv: Invocation, student: str, assignment: str, kind: str, reason: str, new_due: str | None = None
) -> None:
    """Staff: grant an extension or a late permission (with a reason)."""
    records = GraceRecords(inv.store)
    record = records.student(inv.server_id, student)
    items = resolve_assignments(inv.course, assignment)
    if len(items) != 1:
        raise UserError(f"{assignment!r} names {len(items)} assignments; pick one, e.g. {items[0].short}.")
    item = items[0]
    due = None
    if kind == "extension":
        if not new_due:
            raise UserError("An extension needs new_due, e.g. 'Feb 23 11:59pm'.")
        due = parse_submission_time(new_due, inv.now, inv.course)
        if due <= item.due:
            raise UserError("The new due time must be after the original one.")
    granted = Grant(item.id, kind, new_due=due, reason=reason, granted_by=str(inv.user.id))
    records.add_grant(inv.server_id, record.email, granted, by=inv.user.id, now=inv.now)
    lines = [text(f"{kind.capitalize()} for {record.email} on {item.short}: {reason}")]
    if due:
        lines.append(text("New due time: ", Stamp(due, "F")))
    await inv.reply.answer(Answer(title="Granted", lines=tuple(lines), ephemeral=True))


@GRACEDAYS.command(
    "import",
    staff_only=True,
    file=Opt.file("Gradescope's CSV export (course-wide 'Download Grades', or one assignment's scores)"),
    assignment=Opt.text(
        "For a one-assignment export: which assignment it is (default: from the file name)",
        max_length=SHORT,
        autocomplete=assignment_autocomplete,
    ),
)
async def import_(inv: Invocation, file: Upload, assignment: str | None = None) -> None:
    """Staff: import a Gradescope export; nothing is half-imported."""
    await inv.reply.defer()
    raw = await _read_csv(file)
    try:
        data = parse_export(inv.course, raw, assignment or file.filename)
    except GradescopeError as err:
        await inv.reply.answer(_problems_answer(err))
        return
    result = GraceRecords(inv.store).import_export(
        inv.server_id, data, raw, user_id=inv.user.id, filename=file.filename, now=inv.now
    )
    lines = [
        text(f"{result.students} students, assignments: {', '.join(result.assignments) or 'none'}."),
        text("Same file as before: nothing changed." if result.duplicate else f"{result.changed} records changed."),
    ]
    fields = ()
    if result.unmapped:
        fields = (Field("Columns not matched to an assignment (left out)", (text(", ".join(result.unmapped)),)),)
    await inv.reply.answer(Answer(title="Import done", lines=tuple(lines), fields=fields, ephemeral=True))


@GRACEDAYS.command(
    "roster", staff_only=True, file=Opt.file("CSV with columns email and discord (a user id or username)")
)
async def roster(inv: Invocation, file: Upload) -> None:
    """Staff: link students to Discord accounts from a roster CSV."""
    raw = await _read_csv(file)
    rows, skipped = parse_roster(raw)
    records = GraceRecords(inv.store)
    for email, user_id, username in rows:
        records.link(inv.server_id, email, user_id, username, by=inv.user.id, now=inv.now)
    lines = [text(f"Linked {len(rows)} students.")]
    if skipped:
        shown = ", ".join(f"row {n}" for n in skipped[:20])
        lines.append(text(f"Skipped (need an email and a numeric Discord id): {shown}"))
    await inv.reply.answer(Answer(title="Roster imported", lines=tuple(lines), ephemeral=True))


@GRACEDAYS.command("approve", staff_only=True, user=Opt.user("The student whose /link request to approve"))
async def approve(inv: Invocation, user: UserRef) -> None:
    """Staff: approve a student's /link request."""
    records = GraceRecords(inv.store)
    request = records.link_request(inv.server_id, user.id)
    if request is None or request["status"] != "pending":
        raise UserError(f"{user.name} has no pending link request.")
    records.link(inv.server_id, request["email"], user.id, user.name, by=inv.user.id, now=inv.now)
    answer = Answer(title="Linked", lines=(text(f"{user.name} is now {request['email']}."),))
    await inv.reply.private(answer)


@GRACEDAYS.command("requests", staff_only=True)
async def requests(inv: Invocation) -> None:
    """Staff: pending /link requests."""
    rows = GraceRecords(inv.store).pending_links(inv.server_id)
    lines = tuple(
        text(Mention("user", r["user_id"], r["username"] or ""), f" ({r['username']}) → {r['email']}") for r in rows
    ) or (text("No pending requests."),)
    await inv.reply.answer(Answer(title="Link requests", lines=lines, ephemeral=True))


@COMMANDS.command(
    "late",
    assignment=Opt.text("The assignment", max_length=SHORT, autocomplete=assignment_autocomplete),
    when=Opt.text("When you would submit, e.g. 'thursday 2am'", max_length=SHORT),
)
async def late(inv: Invocation, assignment: str, when: str) -> None:
    """What if I submit late? The outcome under the late policy (only you see this)."""
    at = parse_submission_time(when, inv.now, inv.course)
    records = GraceRecords(inv.store)
    found = records.student_for_user(inv.server_id, inv.user.id) if inv.server_id is not None else None
    left, known = inv.course.grace.total, False
    if found is not None:
        ids = {i.id for i in resolve_assignments(inv.course, assignment)}
        left, known = records.days_left_before(inv.course, inv.server_id, found.email, ids), True
    await inv.reply.private(late_answer_for(inv.course, assignment, at, left, known=known))


@COMMANDS.command(
    "link", server_only=True, email=Opt.text("The email you use on Gradescope", min_length=3, max_length=200)
)
async def link(inv: Invocation, email: str) -> None:
    """Link your Discord account to your grade record (staff approve it)."""
    if "@" not in email or any(c.isspace() for c in email.strip()):
        raise UserError(f"{email!r} doesn't look like an email address.")
    GraceRecords(inv.store).request_link(inv.server_id, inv.user.id, inv.user.name, email.strip(), inv.now)
    answer = Answer(
        title="Link requested",
        lines=(text("Course staff will approve it; then /gracedays me shows your tally."),),
        ephemeral=True,
    )
    await inv.reply.answer(answer)
