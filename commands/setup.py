"""/setup (staff): where announcements go, who is staff, section roles, which kinds, reminder offsets."""

from __future__ import annotations

import datetime as dt

import discord
from discord import app_commands
from discord.ext.commands import GroupCog

from bot.announce.planner import KIND_LABELS
from bot.announce.server_setup import GuildSetup, offsets_text, parse_offsets
from bot.announce.setup_answer import setup_answer
from bot.core.errors import UserError
from bot.discord_app.replies import send_answer
from bot.discord_app.tree import staff_only
from commands._shared import context, section_autocomplete
from commands.calendar import sync_server_events

KIND_CHOICES = [app_commands.Choice(name=label, value=kind) for kind, label in KIND_LABELS.items()]


@app_commands.default_permissions(manage_guild=True)
@app_commands.guild_only()
class Setup(GroupCog, group_name="setup", group_description="Course staff: set up announcements for this server"):
    def __init__(self, bot) -> None:
        self.bot = bot
        super().__init__()

    def _save(self, interaction: discord.Interaction, setup: GuildSetup, change: dict) -> None:
        ctx = context(interaction)
        self.bot.store.set_guild_config(ctx.guild_id, setup.to_json(), interaction.user.id, ctx.now, change)
        self.bot.reschedule()

    def _current(self, interaction: discord.Interaction) -> GuildSetup:
        return GuildSetup.from_json(self.bot.store.guild_config(interaction.guild_id))

    @app_commands.command(name="channel")
    @app_commands.describe(channel="Where announcements and reminders are posted")
    @staff_only()
    async def channel(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        """Staff: the channel for announcements (turns them on from now; nothing older is posted)."""
        current = self._current(interaction)
        setup = current.with_changes(channel_id=channel.id, since=current.since or context(interaction).now)
        self._save(interaction, setup, {"channel_id": channel.id})
        await send_answer(interaction, setup_answer(setup, "Announcement channel set"))

    @app_commands.command(name="staff-role")
    @app_commands.describe(role="Members with this role can use staff commands")
    @staff_only()
    async def staff_role(self, interaction: discord.Interaction, role: discord.Role) -> None:
        """Staff: which role counts as course staff."""
        setup = self._current(interaction).with_changes(staff_role=str(role.id))
        self._save(interaction, setup, {"staff_role": role.id})
        await send_answer(interaction, setup_answer(setup, "Staff role set"))

    @app_commands.command(name="section-role")
    @app_commands.describe(
        section="The section, as the course names it",
        role="The role its students have (mentioned on section-only items)",
        channel="Optional: a channel only this section can see, for its section-only items",
    )
    @app_commands.autocomplete(section=section_autocomplete)
    @staff_only()
    async def section_role(
        self,
        interaction: discord.Interaction,
        section: str,
        role: discord.Role,
        channel: discord.TextChannel | None = None,
    ) -> None:
        """Staff: the role (and optionally channel) of one section, for section-only announcements."""
        section = self.bot.course.check_section(section)  # the data's spelling ("1c" -> "1C")
        current = self._current(interaction)
        channels = dict(current.section_channels)
        if channel is not None:
            channels[section] = channel.id
        setup = current.with_changes(
            section_roles={**current.section_roles, section: role.id}, section_channels=channels
        )
        self._save(
            interaction, setup, {"section": section, "role": role.id, "channel": channel.id if channel else None}
        )
        await send_answer(interaction, setup_answer(setup, f"Section {section} set"))

    @app_commands.command(name="announcements")
    @app_commands.describe(kind="Which kind of announcement", enabled="On or off")
    @app_commands.choices(kind=KIND_CHOICES)
    @staff_only()
    async def announcements(self, interaction: discord.Interaction, kind: str, enabled: bool) -> None:
        """Staff: switch one kind of announcement on or off for this server."""
        current = self._current(interaction)
        kinds = set(current.kinds) | {kind} if enabled else set(current.kinds) - {kind}
        setup = current.with_changes(kinds=frozenset(kinds))
        self._save(interaction, setup, {"kind": kind, "enabled": enabled})
        await send_answer(interaction, setup_answer(setup, f"{KIND_LABELS[kind]}: {'on' if enabled else 'off'}"))

    @app_commands.command(name="offsets")
    @app_commands.describe(reminders="How long before each deadline to remind, e.g. '48h, 24h, 2h'")
    @staff_only()
    async def offsets(self, interaction: discord.Interaction, reminders: str) -> None:
        """Staff: when deadline reminders go out."""
        setup = self._current(interaction).with_changes(deadline_offsets=parse_offsets(reminders))
        self._save(interaction, setup, {"deadline_offsets": offsets_text(setup.deadline_offsets)})
        await send_answer(interaction, setup_answer(setup, "Reminder offsets set"))

    @app_commands.command(name="morning")
    @app_commands.describe(time="Course time for the daily digest and morning notices, e.g. 08:00")
    @staff_only()
    async def morning(self, interaction: discord.Interaction, time: str) -> None:
        """Staff: the time of the morning digest."""
        try:
            when = dt.time.fromisoformat(time.strip())
        except ValueError:
            raise UserError(f"I couldn't read {time!r} as a time; use 24-hour HH:MM, like 08:00.") from None
        setup = self._current(interaction).with_changes(morning=when.replace(second=0, microsecond=0))
        self._save(interaction, setup, {"morning": setup.morning.isoformat(timespec="minutes")})
        await send_answer(interaction, setup_answer(setup, "Morning time set"))

    @app_commands.command(name="events")
    @app_commands.describe(classes="Also add the class meetings on the schedule (default: exams only)")
    @staff_only()
    async def events(self, interaction: discord.Interaction, classes: bool = False) -> None:
        """Staff: put the exams (and optionally classes) in this server's Events tab; re-run to update them."""
        await sync_server_events(interaction, classes=classes)

    @app_commands.command(name="show")
    @staff_only()
    async def show(self, interaction: discord.Interaction) -> None:
        """Staff: this server's setup."""
        await send_answer(interaction, setup_answer(self._current(interaction)))


async def setup(bot) -> None:
    await bot.add_cog(Setup(bot))
