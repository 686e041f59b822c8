"""/staff: the course staff by role (in the course's own role names), or one person."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext.commands import Cog

from bot.answers.office_hours import person_choices
from bot.answers.people import role_choices, staff_answer
from bot.discord_app.replies import send_answer
from commands._shared import choices, context


class Staff(Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(name="staff")
    @app_commands.describe(person="One staff member", role="Only one role, as the course names it")
    async def staff(self, interaction: discord.Interaction, person: str | None = None, role: str | None = None) -> None:
        """Who teaches the course, by role, with their sections and office hours."""
        ctx = context(interaction)
        await send_answer(interaction, staff_answer(ctx.course, person, role))

    @staff.autocomplete("person")
    async def _person_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(person_choices(interaction.client.course, current))

    @staff.autocomplete("role")
    async def _role_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(role_choices(interaction.client.course, current))


async def setup(bot) -> None:
    await bot.add_cog(Staff(bot))
