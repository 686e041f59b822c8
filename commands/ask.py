"""/ask: any question in plain words; the answer engine routes it to the right answer."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext.commands import Cog

from bot.discord_app.replies import send_answer
from bot.understand.engine import answer_question
from commands._shared import context


class Ask(Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(name="ask")
    @app_commands.describe(question="e.g. 'when is hw3 due?', 'office hours today', 'can I use ChatGPT?'")
    async def ask(self, interaction: discord.Interaction, question: app_commands.Range[str, 1, 500]) -> None:
        """Ask anything about the course in plain words."""
        ctx = context(interaction)
        answer = answer_question(
            ctx.course,
            question,
            ctx.now,
            form_urls=ctx.store.exam_form_urls(ctx.guild_id),
            published=ctx.store.grades_published(ctx.guild_id),
        )
        await send_answer(interaction, answer)


async def setup(bot) -> None:
    await bot.add_cog(Ask(bot))
