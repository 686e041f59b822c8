"""/gracedays, /late and /link: the private late-work tally, what-ifs, grade-export imports and account links.

Privacy: a student sees only their own record (ephemeral); every other view is a staff command, checked here.
"""

from __future__ import annotations

import asyncio

import discord
from discord import app_commands
from discord.ext.commands import Cog, GroupCog

from bot.answers.deadlines import assignment_choices, resolve_assignments
from bot.answers.grace import late_answer_for, tally_answer
from bot.core.answer import Answer, Field, Stamp, text
from bot.core.errors import UserError
from bot.course.model import Course
from bot.discord_app.replies import send_answer
from bot.discord_app.tree import is_staff, staff_only
from bot.grace.engine import Grant
from bot.grace.gradescope import GradescopeError, parse_export
from bot.grace.roster import parse_roster
from bot.store.grace_records import GraceRecords
from bot.understand.dates import parse_submission_time
from commands._shared import choices, context

MAX_CSV_BYTES = 5 * 1024 * 1024
KINDS = [
    app_commands.Choice(name="Extension (moves the due time)", value="extension"),
    app_commands.Choice(name="Permission to submit after the late cutoff", value="permission"),
    app_commands.Choice(name="Use late days on it (for a pool used only on request)", value="pool"),
]


def not_linked(course: Course) -> str:
    site = course.submission_site.name if course.submission_site else "the course's submission site"
    return (
        f"Your Discord account isn't linked to a student record yet. Use /link with the email you use on {site}; "
        "course staff will approve it."
    )


async def _read_csv(attachment: discord.Attachment) -> str:
    if attachment.size > MAX_CSV_BYTES:
        raise UserError("That file is larger than 5 MB; export only this course's grades.")
    if not attachment.filename.lower().endswith(".csv"):
        raise UserError(f"{attachment.filename!r} is not a .csv file. Upload the grades export as CSV.")
    try:
        return (await attachment.read()).decode("utf-8-sig")
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


async def _assignment_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return choices(assignment_choices(interaction.client.course, current))


@app_commands.guild_only()
class GraceDays(GroupCog, group_name="gracedays", group_description="Late work: your tally, and staff tools"):
    def __init__(self, bot) -> None:
        self.bot = bot
        super().__init__()

    def records(self) -> GraceRecords:
        return GraceRecords(self.bot.store)

    @app_commands.command(name="me")
    async def me(self, interaction: discord.Interaction) -> None:
        """Your late days (grace/slip days...) used and left, and each assignment (only you see this)."""
        ctx = context(interaction)
        student = self.records().student_for_user(ctx.guild_id, interaction.user.id)
        if student is None:
            pending = self.records().link_request(ctx.guild_id, interaction.user.id)
            extra = " Your link request is waiting for staff approval." if pending else ""
            raise UserError(not_linked(ctx.course) + extra)
        tally = self.records().tally(ctx.course, ctx.guild_id, student.email)
        await send_answer(interaction, tally_answer(ctx.course, tally, student.name or "you"), ephemeral=True)

    @app_commands.command(name="student")
    @app_commands.describe(student="Email, SID or @mention of the student")
    @staff_only()
    async def student(self, interaction: discord.Interaction, student: str) -> None:
        """Staff: one student's late-work tally."""
        ctx = context(interaction)
        record = self.records().student(ctx.guild_id, student)
        tally = self.records().tally(ctx.course, ctx.guild_id, record.email)
        who = f"{record.name or record.email} ({record.email})"
        await send_answer(interaction, tally_answer(ctx.course, tally, who), ephemeral=True)

    @app_commands.command(name="grant")
    @app_commands.describe(
        student="Email, SID or @mention of the student",
        assignment="The assignment",
        kind="An extension moves the due time; a permission lifts the late cutoff; pool spends late days on request",
        reason="Why (kept in the audit trail)",
        new_due="For an extension: the new due time, e.g. 'Feb 23 11:59pm'",
    )
    @app_commands.choices(kind=KINDS)
    @app_commands.autocomplete(assignment=_assignment_autocomplete)
    @staff_only()
    async def grant(
        self,
        interaction: discord.Interaction,
        student: str,
        assignment: str,
        kind: str,
        reason: app_commands.Range[str, 1, 300],
        new_due: str | None = None,
    ) -> None:
        """Staff: grant an extension, a late permission, or late days on request (with a reason)."""
        ctx = context(interaction)
        record = self.records().student(ctx.guild_id, student)
        items = resolve_assignments(ctx.course, assignment)
        if len(items) != 1:
            raise UserError(f"{assignment!r} names {len(items)} assignments; pick one, e.g. {items[0].short}.")
        item = items[0]
        due = None
        if kind == "extension":
            if not new_due:
                raise UserError("An extension needs new_due, e.g. 'Feb 23 11:59pm'.")
            due = parse_submission_time(new_due, ctx.now, ctx.course)
            if due <= item.due:
                raise UserError("The new due time must be after the original one.")
        grant = Grant(item.id, kind, new_due=due, reason=reason, granted_by=str(interaction.user.id))
        self.records().add_grant(ctx.guild_id, record.email, grant, by=interaction.user.id, now=ctx.now)
        lines = [text(f"{kind.capitalize()} for {record.email} on {item.short}: {reason}")]
        if due:
            lines.append(text("New due time: ", Stamp(due, "F")))
        await send_answer(interaction, Answer(title="Granted", lines=tuple(lines), ephemeral=True))

    @app_commands.command(name="import")
    @app_commands.describe(
        file="The grades export as CSV (Gradescope format: 'Download Grades', or one assignment's scores)",
        assignment="For a one-assignment export: which assignment it is (default: from the file name)",
    )
    @app_commands.autocomplete(assignment=_assignment_autocomplete)
    @staff_only()
    async def import_(
        self, interaction: discord.Interaction, file: discord.Attachment, assignment: str | None = None
    ) -> None:
        """Staff: import a grades export (CSV); nothing is half-imported."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        ctx = context(interaction)
        raw = await _read_csv(file)
        try:
            # Parsed in a worker thread: a large export must not hold up everyone else's commands.
            data = await asyncio.to_thread(parse_export, ctx.course, raw, assignment or file.filename)
        except GradescopeError as err:
            await send_answer(interaction, _problems_answer(err))
            return
        result = self.records().import_export(
            ctx.guild_id, data, raw, user_id=interaction.user.id, filename=file.filename, now=ctx.now
        )
        lines = [
            text(f"{result.students} students, assignments: {', '.join(result.assignments) or 'none'}."),
            text("Same file as before: nothing changed." if result.duplicate else f"{result.changed} records changed."),
        ]
        fields = ()
        if result.unmapped:
            fields = (Field("Columns not matched to an assignment (left out)", (text(", ".join(result.unmapped)),)),)
        await send_answer(interaction, Answer(title="Import done", lines=tuple(lines), fields=fields, ephemeral=True))

    @app_commands.command(name="roster")
    @app_commands.describe(file="CSV with columns email and discord (a user id or username)")
    @staff_only()
    async def roster(self, interaction: discord.Interaction, file: discord.Attachment) -> None:
        """Staff: link students to Discord accounts from a roster CSV."""
        ctx = context(interaction)
        raw = await _read_csv(file)
        rows, skipped = parse_roster(raw)
        for email, user_id, username in rows:
            self.records().link(ctx.guild_id, email, user_id, username, by=interaction.user.id, now=ctx.now)
        linked = len(rows)
        lines = [text(f"Linked {linked} students.")]
        if skipped:
            shown = ", ".join(f"row {n}" for n in skipped[:20])
            lines.append(text(f"Skipped (need an email and a numeric Discord id): {shown}"))
        await send_answer(interaction, Answer(title="Roster imported", lines=tuple(lines), ephemeral=True))

    @app_commands.command(name="approve")
    @app_commands.describe(user="The student whose /link request to approve")
    @staff_only()
    async def approve(self, interaction: discord.Interaction, user: discord.User) -> None:
        """Staff: approve a student's /link request."""
        ctx = context(interaction)
        request = self.records().link_request(ctx.guild_id, user.id)
        if request is None or request["status"] != "pending":
            raise UserError(f"{user.name} has no pending link request.")
        self.records().link(ctx.guild_id, request["email"], user.id, user.name, by=interaction.user.id, now=ctx.now)
        await send_answer(
            interaction,
            Answer(title="Linked", lines=(text(f"{user.name} is now {request['email']}."),), ephemeral=True),
        )

    @app_commands.command(name="requests")
    @staff_only()
    async def requests(self, interaction: discord.Interaction) -> None:
        """Staff: pending /link requests."""
        ctx = context(interaction)
        rows = self.records().pending_links(ctx.guild_id)
        lines = tuple(text(f"<@{r['user_id']}> ({r['username']}) → {r['email']}") for r in rows) or (
            text("No pending requests."),
        )
        await send_answer(interaction, Answer(title="Link requests", lines=lines, ephemeral=True))

    @grant.autocomplete("student")
    @student.autocomplete("student")
    async def _student_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        if not is_staff(interaction):
            return []  # never reveal student emails to students
        found = self.records().find_students(interaction.guild_id, current)
        return choices([(f"{s.name} <{s.email}>" if s.name else s.email, s.email) for s in found])


class LateAndLink(Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(name="late")
    @app_commands.describe(assignment="The assignment", when="When you would submit, e.g. 'thursday 2am'")
    @app_commands.autocomplete(assignment=_assignment_autocomplete)
    async def late(self, interaction: discord.Interaction, assignment: str, when: str) -> None:
        """What if I submit late? The outcome under the late policy (only you see this)."""
        ctx = context(interaction)
        at = parse_submission_time(when, ctx.now, ctx.course)
        records = GraceRecords(ctx.store)
        student = records.student_for_user(ctx.guild_id, interaction.user.id) if ctx.guild_id else None
        left, known = ctx.course.grace.total, False
        if student is not None:
            ids = {i.id for i in resolve_assignments(ctx.course, assignment)}
            left, known = records.days_left_before(ctx.course, ctx.guild_id, student.email, ids), True
        await send_answer(interaction, late_answer_for(ctx.course, assignment, at, left, known=known), ephemeral=True)

    @app_commands.command(name="link")
    @app_commands.describe(email="The email you use on the course's submission site")
    @app_commands.guild_only()
    async def link(self, interaction: discord.Interaction, email: app_commands.Range[str, 3, 200]) -> None:
        """Link your Discord account to your grade record (staff approve it)."""
        ctx = context(interaction)
        if "@" not in email or " " in email.strip():
            raise UserError(f"{email!r} doesn't look like an email address.")
        GraceRecords(ctx.store).request_link(ctx.guild_id, interaction.user.id, interaction.user.name, email, ctx.now)
        answer = Answer(
            title="Link requested",
            lines=(text("Course staff will approve it; then /gracedays me shows your tally."),),
            ephemeral=True,
        )
        await send_answer(interaction, answer)


async def setup(bot) -> None:
    await bot.add_cog(GraceDays(bot))
    await bot.add_cog(LateAndLink(bot))
