"""/schedule: a day, a week, a topic, the next class meeting of a kind, and days without class."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext.commands import Cog

from bot.answers.meetings import find_meeting_kind
from bot.answers.schedule import next_class, no_class_days, schedule_answer
from bot.core.matching import fold
from bot.course.model import Course
from bot.discord_app.replies import send_answer
from bot.understand.dates import parse_day
from commands._shared import choices, context


def show_choices(course: Course, typed: str = "") -> list[tuple[str, str]]:
    """The next meeting of each kind the course names, the next class of any kind, days without class."""
    pairs = [(f"Next {k.name.lower()}", k.id) for k in course.meeting_kinds if not k.counts_as]
    pairs += [("Next class of any kind", "class"), ("Days without class", "no_class")]
    q = fold(typed)
    return [pair for pair in pairs if not q or q in fold(pair[0])]


class Schedule(Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(name="schedule")
    @app_commands.describe(
        date="A day: 'today', 'friday', 'Feb 14'",
        week="Any day in the week to show, e.g. 'next monday' or 'Mar 11'",
        topic="A topic to find, e.g. 'LSH' or 't-SNE'",
        show="Or jump straight to the next class meeting of a kind, or the days without class",
    )
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
            kind = None if show == "class" else find_meeting_kind(ctx.course, show).id
            answer = next_class(ctx.course, ctx.now, kind)
        else:
            day = parse_day(date, ctx.now, ctx.course) if date else None
            monday = parse_day(week, ctx.now, ctx.course) if week else None
            answer = schedule_answer(ctx.course, ctx.now, date=day, week=monday, topic=topic)
        await send_answer(interaction, answer)

    @schedule.autocomplete("show")
    async def _show_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(show_choices(interaction.client.course, current))


async def setup(bot) -> None:
    await bot.add_cog(Schedule(bot))
