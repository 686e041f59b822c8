"""/due and /deadline: what is due soon, and everything about one assignment."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext.commands import Cog

from bot.answers.deadlines import assignment_choices, deadline_detail, upcoming_deadlines
from bot.discord_app.replies import send_answer
from bot.understand.dates import parse_window
from commands._shared import choices, context, section_autocomplete


class Deadlines(Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(name="due")
    @app_commands.describe(
        within="How far ahead: 'today', 'this week' (default: next 7 days), 'next week', a day, or a number of days",
        section="Only deadlines for this section",
    )
    @app_commands.autocomplete(section=section_autocomplete)
    async def due(
        self, interaction: discord.Interaction, within: str | None = None, section: str | None = None
    ) -> None:
        """What's due soon, with exact times in your own time zone."""
        ctx = context(interaction)
        window = parse_window(within, ctx.now, ctx.course)
        await send_answer(interaction, upcoming_deadlines(ctx.course, ctx.now, window, section))

    @app_commands.command(name="deadline")
    @app_commands.describe(assignment="The assignment, e.g. HW3, 'homework 4 part b' or the mini-project")
    async def deadline(self, interaction: discord.Interaction, assignment: str) -> None:
        """Everything about one assignment: due time, release, parts, late rules, extensions."""
        ctx = context(interaction)
        published = ctx.store.grades_published(ctx.guild_id)
        await send_answer(interaction, deadline_detail(ctx.course, assignment, ctx.now, published))

    @deadline.autocomplete("assignment")
    async def _assignment_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(assignment_choices(interaction.client.course, current))


async def setup(bot) -> None:
    await bot.add_cog(Deadlines(bot))
