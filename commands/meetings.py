"""/meetings: when and where class meets (lectures, sections, labs...), one section, and who runs it."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext.commands import Cog

from bot.answers.meetings import meeting_kind_choices, meetings_answer, section_answer
from bot.discord_app.replies import send_answer
from commands._shared import choices, context, section_autocomplete


class Meetings(Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(name="meetings")
    @app_commands.describe(
        kind="Which kind of class meeting, as the course names them (default: all of them)",
        section="Your section: its meeting time, room and who runs it",
    )
    @app_commands.autocomplete(section=section_autocomplete)
    async def meetings(
        self, interaction: discord.Interaction, kind: str | None = None, section: str | None = None
    ) -> None:
        """When and where class meets, your section, who runs it, and the next meeting."""
        ctx = context(interaction)
        if section and not kind:
            answer = section_answer(ctx.course, ctx.now, section)
        else:
            answer = meetings_answer(ctx.course, ctx.now, kind, section)
        await send_answer(interaction, answer)

    @meetings.autocomplete("kind")
    async def _kind_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(meeting_kind_choices(interaction.client.course, current))


async def setup(bot) -> None:
    await bot.add_cog(Meetings(bot))
