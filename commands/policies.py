"""/policy: a course policy in brief, with the course page's own words."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext.commands import Cog

from bot.answers.policies import policy_answer, policy_choices
from bot.discord_app.replies import send_answer
from commands._shared import choices, context


class Policies(Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(name="policy")
    @app_commands.describe(topic="e.g. late work, regrades, extensions, exams, collaboration")
    async def policy(self, interaction: discord.Interaction, topic: str) -> None:
        """A course policy: the rule, and what the course page says word for word."""
        ctx = context(interaction)
        await send_answer(interaction, policy_answer(ctx.course, topic))

    @policy.autocomplete("topic")
    async def _topic_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(policy_choices(interaction.client.course, current))


async def setup(bot) -> None:
    await bot.add_cog(Policies(bot))
