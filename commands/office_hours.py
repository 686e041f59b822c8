"""/oh: office hours now, today, on a day, this week, or for one TA."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext.commands import Cog

from bot.answers.office_hours import office_hours_answer, person_choices
from bot.course.model import WEEKDAYS
from bot.discord_app.replies import send_answer
from bot.understand.dates import parse_office_hours_when
from commands._shared import choices, context

WHEN_SUGGESTIONS = ["now", "today", "tomorrow", "this week", "next week", *WEEKDAYS[:5]]


class OfficeHours(Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(name="oh")
    @app_commands.describe(
        day="'now', 'today', 'tomorrow', 'this week', a weekday, or a date like 'Feb 21' (default: next sessions)",
        person="Only this TA's office hours",
    )
    async def oh(self, interaction: discord.Interaction, day: str | None = None, person: str | None = None) -> None:
        """Office hours: who is holding them and when, with cancellations."""
        ctx = context(interaction)
        when = parse_office_hours_when(day, ctx.now, ctx.course)
        await send_answer(interaction, office_hours_answer(ctx.course, ctx.now, when, person))

    @oh.autocomplete("day")
    async def _day_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        typed = current.lower().strip()
        options = [w for w in WHEN_SUGGESTIONS if w.startswith(typed)] or ([current] if typed else [])
        return choices([(w, w) for w in options])

    @oh.autocomplete("person")
    async def _person_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        course = interaction.client.course
        return choices([pair for pair in person_choices(course, current) if course.person(pair[1]).office_hours])


async def setup(bot) -> None:
    await bot.add_cog(OfficeHours(bot))
