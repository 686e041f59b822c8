"""/exam info and /exam set-form: exam dates, rules, and the exam-conflict form."""

from __future__ import annotations

from urllib.parse import urlparse

import discord
from discord import app_commands
from discord.ext.commands import GroupCog

from bot.answers.exams import exam_answer, exam_choices, find_exam
from bot.core.answer import Answer, text
from bot.core.errors import UserError
from bot.discord_app.replies import send_answer
from bot.discord_app.tree import staff_only
from commands._shared import choices, context, section_autocomplete


def _check_url(url: str) -> str:
    url = url.strip()
    parsed = urlparse(url)
    if parsed.scheme not in ("https", "http") or not parsed.netloc:
        raise UserError(f"{url!r} doesn't look like a web link. Paste the full form address, starting with https://")
    return url


class Exams(GroupCog, group_name="exam", group_description="Exams: dates, rules and the exam-conflict form"):
    def __init__(self, bot) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="info")
    @app_commands.describe(which="Which exam (default: all of them)", section="Your section: its exam rooms")
    @app_commands.autocomplete(section=section_autocomplete)
    async def info(
        self, interaction: discord.Interaction, which: str | None = None, section: str | None = None
    ) -> None:
        """When and where the exams are, their rules, and the exam-conflict form."""
        ctx = context(interaction)
        answer = exam_answer(ctx.course, ctx.now, which, ctx.store.exam_form_urls(ctx.guild_id), section)
        await send_answer(interaction, answer)

    @app_commands.command(name="set-form")
    @app_commands.describe(which="Which exam", url="The conflict form's link (as posted on the course forum)")
    @staff_only()
    async def set_form(self, interaction: discord.Interaction, which: str, url: str) -> None:
        """Staff: publish the exam-conflict form link for an exam."""
        ctx = context(interaction)
        exam = find_exam(ctx.course, which)
        link = _check_url(url)
        ctx.store.set_exam_form(ctx.guild_id, exam.id, link, interaction.user.id, ctx.now)
        self.bot.reschedule()
        answer = Answer(
            title="Conflict form saved",
            lines=(text(f"{exam.title}: students now get [this form]({link}) from /exam info and /ask."),),
            ephemeral=True,
        )
        await send_answer(interaction, answer)

    @info.autocomplete("which")
    @set_form.autocomplete("which")
    async def _exam_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        typed = current.lower()
        return choices([pair for pair in exam_choices(interaction.client.course) if typed in pair[0].lower()])


async def setup(bot) -> None:
    await bot.add_cog(Exams(bot))
