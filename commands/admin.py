"""/admin: staff tools: reload the course data, status, record grade publication, the audit trail."""

from __future__ import annotations

import json

import discord
from discord import app_commands
from discord.ext.commands import GroupCog

from bot.announce.bounds import check_publication_time
from bot.announce.status_report import delivery_fields
from bot.answers.deadlines import assignment_choices, resolve_assignments
from bot.core.answer import Answer, Field, Stamp, text
from bot.course.loader import CourseDataError, load_course
from bot.course.windows import regrade_closes
from bot.discord_app.replies import send_answer
from bot.discord_app.tree import staff_only
from bot.understand.dates import parse_submission_time
from commands._shared import choices, context


@app_commands.default_permissions(manage_guild=True)
@app_commands.guild_only()
class Admin(GroupCog, group_name="admin", group_description="Course staff tools"):
    def __init__(self, bot) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="reload")
    @staff_only()
    async def reload(self, interaction: discord.Interaction) -> None:
        """Staff: reload the course data files; a broken file is refused and the old data stays."""
        ctx = context(interaction)
        try:
            course = load_course(self.bot.settings.data_dir)
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
            old = self.bot.course.version
            await self.bot.replace_course(course)
            ctx.store.audit.record(
                ctx.guild_id, interaction.user.id, "data.reload", {"from": old, "to": course.version}, ctx.now
            )
            answer = Answer(
                title="Course data reloaded",
                lines=(text(f"{course.title}: version {old} → {course.version}."),),
                ephemeral=True,
            )
        await send_answer(interaction, answer)

    @app_commands.command(name="status")
    @staff_only()
    async def status(self, interaction: discord.Interaction) -> None:
        """Staff: data version, database, time, and announcements that failed or were skipped."""
        ctx = context(interaction)
        store, guild_id = ctx.store, ctx.guild_id
        answer = Answer(
            title="CourseBot status",
            lines=(
                text(f"Course: {ctx.course.title}"),
                text(f"Data version: {ctx.course.version} ({self.bot.settings.data_dir})"),
                text(f"Database: {'reachable' if store.ping() else 'NOT reachable'}, schema v{store.version}"),
                text("Bot time: ", Stamp(ctx.now, "F")),
            ),
            fields=delivery_fields(
                store.deliveries.counts(guild_id),
                store.deliveries.with_status(guild_id, "failed"),
                store.deliveries.with_status(guild_id, "skipped"),
                store.deliveries.expired_claims(guild_id, ctx.now),
                store.deliveries.last_sent(),
            ),
            ephemeral=True,
        )
        await send_answer(interaction, answer)

    @app_commands.command(name="grades-published")
    @app_commands.describe(assignment="The assignment", when="When grades were published (default: now)")
    @staff_only()
    async def grades_published(
        self, interaction: discord.Interaction, assignment: str, when: str | None = None
    ) -> None:
        """Staff: record that grades are out; this opens the regrade window students see."""
        ctx = context(interaction)
        at = ctx.now
        if when:
            at = parse_submission_time(when, ctx.now, ctx.course)
            check_publication_time(when, at, ctx.now, ctx.course)
        lines = []
        for item in resolve_assignments(ctx.course, assignment):
            ctx.store.published.set_grades(ctx.guild_id, item.id, at, by=interaction.user.id, now=ctx.now)
            lines.append(
                text(f"{item.short}: regrade requests close ", Stamp(regrade_closes(ctx.course, at), "F"), ".")
            )
        self.bot.reschedule()
        await send_answer(interaction, Answer(title="Grades recorded as published", lines=tuple(lines), ephemeral=True))

    @grades_published.autocomplete("assignment")
    async def _assignment_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(assignment_choices(interaction.client.course, current))

    @app_commands.command(name="audit")
    @staff_only()
    async def audit(self, interaction: discord.Interaction) -> None:
        """Staff: the latest staff actions (who changed what, when)."""
        ctx = context(interaction)
        entries = ctx.store.audit.latest(ctx.guild_id)
        lines = tuple(
            text(Stamp(e.at, "f"), f" · <@{e.user_id}> · {e.action} · {json.dumps(e.details, sort_keys=True)}")
            for e in entries
        )
        answer = Answer(
            title="Staff actions",
            fields=(Field("Latest first", lines or (text("Nothing recorded yet."),)),),
            ephemeral=True,
        )
        await send_answer(interaction, answer)


async def setup(bot) -> None:
    await bot.add_cog(Admin(bot))
