"""A server's Events tab through discord.py: the `EventsTab` that /setup events plans against."""

from __future__ import annotations

import discord

from bot.calendar.events import DesiredEvent, ExistingEvent
from bot.core.errors import UserError

NEEDS_MANAGE_EVENTS = "Discord refused: I need the Manage Events permission in this server (Server Settings → Roles)."


class DiscordEventsTab:
    """Lists, creates, edits and deletes one server's scheduled events; a refusal becomes a UserError."""

    __slots__ = ("_found", "_guild", "client", "guild_id")  # one per interaction: no __dict__

    def __init__(self, client: discord.Client, guild_id: int, guild: discord.Guild | None = None) -> None:
        self.client, self.guild_id, self._guild = client, guild_id, guild
        self._found: dict[int, discord.ScheduledEvent] = {}

    async def _server(self) -> discord.Guild:
        if self._guild is None:
            self._guild = self.client.get_guild(self.guild_id) or await self.client.fetch_guild(self.guild_id)
        return self._guild

    async def existing(self) -> list[ExistingEvent]:
        guild = await self._server()
        try:
            events = await guild.fetch_scheduled_events()
        except discord.Forbidden:
            raise UserError(NEEDS_MANAGE_EVENTS) from None
        self._found = {e.id: e for e in events}
        return [
            ExistingEvent(
                id=e.id,
                name=e.name,
                description=e.description or "",
                location=e.location or "",
                start=e.start_time,
                end=e.end_time,
                scheduled=e.status is discord.EventStatus.scheduled,
            )
            for e in events
        ]

    async def create(self, event: DesiredEvent) -> int:
        guild = await self._server()
        try:
            created = await guild.create_scheduled_event(
                name=event.name,
                description=event.description,
                start_time=event.start,
                end_time=event.end,
                entity_type=discord.EntityType.external,
                privacy_level=discord.PrivacyLevel.guild_only,
                location=event.location,
                reason="CourseBot /setup events",
            )
        except discord.Forbidden:
            raise UserError(NEEDS_MANAGE_EVENTS) from None
        return created.id

    async def update(self, event_id: int, event: DesiredEvent) -> None:
        try:
            await self._found[event_id].edit(
                name=event.name,
                description=event.description,
                start_time=event.start,
                end_time=event.end,
                location=event.location,
                reason="CourseBot /setup events: the course data changed",
            )
        except discord.Forbidden:
            raise UserError(NEEDS_MANAGE_EVENTS) from None

    async def delete(self, event_id: int) -> None:
        try:
            await self._found[event_id].delete(reason="CourseBot /setup events: no longer in the course data")
        except discord.Forbidden:
            raise UserError(NEEDS_MANAGE_EVENTS) from None
