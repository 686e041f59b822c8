"""/announce (staff): schedule an announcement in plain language ("tomorrow 9am"), list and cancel them."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext.commands import GroupCog

from bot.announce.bounds import check_announcement_time
from bot.announce.planner import staff_post_key
from bot.core.answer import Answer, Field, Stamp, text
from bot.core.errors import UserError
from bot.core.timefmt import human_datetime
from bot.discord_app.replies import send_answer
from bot.discord_app.tree import staff_only
from bot.understand.dates import parse_submission_time
from commands._shared import context


@app_commands.default_permissions(manage_guild=True)
@app_commands.guild_only()
class Announce(GroupCog, group_name="announce", group_description="Course staff: scheduled announcements"):
    def __init__(self, bot) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="add")
    @app_commands.describe(
        message="What to post (up to 1,500 characters)",
        when="When, in plain words: 'tomorrow 9am', 'friday 5pm', 'Mar 12 8:00' (course time)",
    )
    @staff_only()
    async def add(self, interaction: discord.Interaction, message: app_commands.Range[str, 1, 1500], when: str) -> None:
        """Staff: schedule an announcement for the announcement channel."""
        ctx = context(interaction)
        at = parse_submission_time(when, ctx.now, ctx.course)
        check_announcement_time(when, at, ctx.now, ctx.course)
        post_id = ctx.store.staff_posts.add(ctx.guild_id, at, message, by=interaction.user.id, now=ctx.now)
        self.bot.reschedule()
        answer = Answer(
            title=f"Announcement #{post_id} scheduled",
            lines=(text("Goes out ", Stamp(at, "F"), " (", Stamp(at, "R"), ")."), text(message)),
            ephemeral=True,
        )
        await send_answer(interaction, answer)

    @app_commands.command(name="list")
    @staff_only()
    async def list(self, interaction: discord.Interaction) -> None:
        """Staff: scheduled announcements that have not gone out yet."""
        ctx = context(interaction)
        done = ctx.store.deliveries.finished_keys(ctx.guild_id)
        posts = ctx.store.staff_posts.scheduled(ctx.guild_id)
        pending = [p for p in posts if staff_post_key(p.id) not in done]
        lines = tuple(text(f"#{p.id} · ", Stamp(p.at, "F"), f" · {p.message[:80]}") for p in pending) or (
            text("Nothing scheduled."),
        )
        await send_answer(
            interaction, Answer(title="Scheduled announcements", fields=(Field("Pending", lines),), ephemeral=True)
        )

    @app_commands.command(name="cancel")
    @app_commands.describe(announcement="The announcement to cancel")
    @staff_only()
    async def cancel(self, interaction: discord.Interaction, announcement: int) -> None:
        """Staff: cancel a scheduled announcement."""
        ctx = context(interaction)
        if not ctx.store.staff_posts.cancel(ctx.guild_id, announcement, by=interaction.user.id, now=ctx.now):
            raise UserError(f"There is no pending announcement #{announcement}. See /announce list.")
        self.bot.reschedule()
        await send_answer(
            interaction, Answer(title=f"Announcement #{announcement} cancelled", lines=(), ephemeral=True)
        )

    @cancel.autocomplete("announcement")
    async def _announcement_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[int]]:
        posts = self.bot.store.staff_posts.scheduled(interaction.guild_id)
        tz = self.bot.course.tz
        found = [
            (f"#{p.id} {human_datetime(p.at, tz)} {p.message[:60]}", p.id)
            for p in posts
            if current in str(p.id) or current.lower() in p.message.lower()
        ]
        return [app_commands.Choice(name=name[:100], value=value) for name, value in found[:25]]


async def setup(bot) -> None:
    await bot.add_cog(Announce(bot))
