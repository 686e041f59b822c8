"""/remind: personal deadline and exam reminders by DM (opt in, list, stop)."""

from __future__ import annotations

import datetime as dt

import discord
from discord import app_commands
from discord.ext.commands import GroupCog

from bot.announce.planner import AnnounceConfig
from bot.announce.server_setup import offsets_text, parse_offsets
from bot.core.answer import Answer, text
from bot.discord_app.replies import send_answer
from commands._shared import context, section_autocomplete

WHAT = [
    app_commands.Choice(name="Deadlines", value="deadline"),
    app_commands.Choice(name="Deadlines and exams", value="deadline,exam"),
    app_commands.Choice(name="Deadlines, exams and releases", value="deadline,exam,release"),
]
DEFAULT_KINDS = "deadline,exam"


@app_commands.guild_only()
class Reminders(GroupCog, group_name="remind", group_description="Personal reminders by DM"):
    def __init__(self, bot) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="me")
    @app_commands.describe(
        what="What to be reminded of (default: deadlines and exams)",
        before="How long before each deadline, e.g. '24h, 2h' (default: 48h, 24h, 2h)",
        section="Your section, so you only hear about your own work",
    )
    @app_commands.choices(what=WHAT)
    @app_commands.autocomplete(section=section_autocomplete)
    async def me(
        self,
        interaction: discord.Interaction,
        what: str | None = None,
        before: str | None = None,
        section: str | None = None,
    ) -> None:
        """Get reminders by DM before deadlines (only you see this)."""
        ctx = context(interaction)
        offsets = parse_offsets(before) if before else ()
        section = ctx.course.check_section(section)  # the data's spelling ("1c" -> "1C")
        kinds = (what or DEFAULT_KINDS).split(",")
        minutes = [int(o.total_seconds() // 60) for o in offsets]
        ctx.store.subscribe(ctx.guild_id, interaction.user.id, kinds, minutes, section, ctx.now)
        ctx.store.clear_dms_closed(interaction.user.id)
        self.bot.reschedule()
        shown = offsets_text(offsets or AnnounceConfig().deadline_offsets)
        answer = Answer(
            title="Reminders on",
            lines=(
                text(f"I'll DM you about: {', '.join(kinds)}; deadline reminders {shown} before."),
                text("Make sure DMs from server members are allowed. /remind stop turns this off."),
            ),
            ephemeral=True,
        )
        await send_answer(interaction, answer)

    @app_commands.command(name="list")
    async def list(self, interaction: discord.Interaction) -> None:
        """Your reminder settings (only you see this)."""
        ctx = context(interaction)
        mine = [s for s in ctx.store.subscriptions(ctx.guild_id) if s["user_id"] == interaction.user.id]
        if not mine:
            answer = Answer(title="No reminders", lines=(text("You have no DM reminders. Try /remind me."),))
        else:
            sub = mine[0]
            chosen = tuple(dt.timedelta(minutes=m) for m in sub["offsets"]) or AnnounceConfig().deadline_offsets
            offsets = offsets_text(chosen)
            section = f" for {sub['section']}" if sub["section"] else ""
            answer = Answer(
                title="Your reminders",
                lines=(text(f"Kinds: {', '.join(sub['kinds'])}{section}; deadline reminders {offsets} before."),),
            )
        await send_answer(interaction, answer, ephemeral=True)

    @app_commands.command(name="stop")
    async def stop(self, interaction: discord.Interaction) -> None:
        """Stop DM reminders."""
        ctx = context(interaction)
        removed = ctx.store.unsubscribe(ctx.guild_id, interaction.user.id)
        self.bot.reschedule()
        message = "Reminders stopped." if removed else "You had no reminders."
        await send_answer(interaction, Answer(title="Reminders", lines=(text(message),)), ephemeral=True)


async def setup(bot) -> None:
    await bot.add_cog(Reminders(bot))
