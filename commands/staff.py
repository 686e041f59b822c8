"""/staff: the instructors, head TAs and TAs, or one person."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext.commands import Cog

from bot.answers.office_hours import person_choices
from bot.answers.people import staff_answer
from bot.discord_app.replies import send_answer
from commands._shared import choices, context

ROLES = [
    app_commands.Choice(name="Instructors", value="instructor"),
    app_commands.Choice(name="Head TAs", value="head_ta"),
    app_commands.Choice(name="TAs", value="ta"),
]


class Staff(Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(name="staff")
    @app_commands.describe(person="One staff member", role="Only one role")
    @app_commands.choices(role=ROLES)
    async def staff(self, interaction: discord.Interaction, person: str | None = None, role: str | None = None) -> None:
        """Who teaches the course: instructors, head TAs and TAs with their office hours."""
        ctx = context(interaction)
        await send_answer(interaction, staff_answer(ctx.course, person, role))

    @staff.autocomplete("person")
    async def _person_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(person_choices(interaction.client.course, current))


async def setup(bot) -> None:
    await bot.add_cog(Staff(bot))
