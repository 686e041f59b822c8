"""/schedule: a day, a week, a topic, the next lecture or recitation, and days without class."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext.commands import Cog

from bot.answers.schedule import next_class, no_class_days, schedule_answer
from bot.discord_app.replies import send_answer
from bot.understand.dates import parse_day
from commands._shared import context

SHOW = [
    app_commands.Choice(name="Next lecture", value="lecture"),
    app_commands.Choice(name="Next recitation", value="recitation"),
    app_commands.Choice(name="Next class of any kind", value="class"),
    app_commands.Choice(name="Days without class", value="no_class"),
]


class Schedule(Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(name="schedule")
    @app_commands.describe(
        date="A day: 'today', 'friday', 'Feb 14'",
        week="Any day in the week to show, e.g. 'next monday' or 'Mar 11'",
        topic="A topic to find, e.g. 'LSH' or 't-SNE'",
        show="Or jump straight to the next lecture, recitation, or the days without class",
    )
    @app_commands.choices(show=SHOW)
    async def schedule(
        self,
        interaction: discord.Interaction,
        date: str | None = None,
        week: str | None = None,
        topic: str | None = None,
        show: str | None = None,
    ) -> None:
        """The class schedule: this week by default, or a day, a week, a topic."""
        ctx = context(interaction)
        if show == "no_class":
            answer = no_class_days(ctx.course)
        elif show:
            answer = next_class(ctx.course, ctx.now, None if show == "class" else show)
        else:
            day = parse_day(date, ctx.now, ctx.course) if date else None
            monday = parse_day(week, ctx.now, ctx.course) if week else None
            answer = schedule_answer(ctx.course, ctx.now, date=day, week=monday, topic=topic)
        await send_answer(interaction, answer)


async def setup(bot) -> None:
    await bot.add_cog(Schedule(bot))
