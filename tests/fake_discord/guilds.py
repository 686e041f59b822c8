"""Guilds: the GUILD_CREATE and REST payloads, roles, channels, members, and scheduled events (CRUD, stored)."""

from __future__ import annotations

from typing import Any

from .models import THREAD_TYPES, FakeGuild, FakeMember, RecordedRequest, not_found, snowflake
from .routing import route


class Guilds:
    """Guilds and their scheduled events (a part of FakeDiscord)."""

    def _init_guilds(self) -> None:
        self.scheduled_events: dict[int, dict[int, dict[str, Any]]] = {}

    def _bot_member(self, guild: FakeGuild) -> FakeMember:
        return FakeMember(user=self.bot_user, joined_at="2024-01-01T00:00:00+00:00")

    def _guild_create(self, guild: FakeGuild, large_threshold: int) -> dict[str, Any]:
        members = [self._bot_member(guild), *guild.all_members()]
        member_count = guild.member_count if guild.member_count is not None else len(members)
        return {
            "id": str(guild.id),
            "name": guild.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(guild.owner_id or self.default_user.id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "roles": [r.to_payload() for r in guild.roles],
            "emojis": [],
            "stickers": [],
            "features": [],
            "mfa_level": 0,
            "application_id": None,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "safety_alerts_channel_id": None,
            "max_members": 500000,
            "vanity_url_code": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": guild.preferred_locale,
            "nsfw_level": 0,
            "nsfw": False,
            "premium_progress_bar_enabled": False,
            "incidents_data": None,
            "joined_at": "2024-01-01T00:00:00+00:00",
            "large": member_count > large_threshold,
            "unavailable": False,
            "lazy": True,
            "member_count": member_count,
            "voice_states": [],
            "members": [m.to_payload() for m in members] if self.members_in_guild_create else [],
            # Discord: threads are not channels here; "threads" holds the active ones the bot may view
            "channels": [c.to_payload(guild.id) for c in guild.channels if c.type not in THREAD_TYPES],
            "threads": [c.to_payload(guild.id) for c in guild.channels if c.type in THREAD_TYPES and not c.archived],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": list(self.scheduled_events.get(guild.id, {}).values()),
            "soundboard_sounds": [],
        }

    def _guild_rest(self, guild: FakeGuild) -> dict[str, Any]:
        payload = self._guild_create(guild, 250)
        for key in ("joined_at", "large", "unavailable", "lazy", "member_count", "voice_states", "members"):
            payload.pop(key)
        for key in ("channels", "threads", "presences", "stage_instances", "guild_scheduled_events"):
            payload.pop(key)
        payload.pop("soundboard_sounds")
        payload.update(region="deprecated", widget_enabled=False, widget_channel_id=None, max_presences=None)
        payload.update(max_video_channel_users=25, max_stage_video_channel_users=50, home_header=None)
        return payload

    def _guild(self, guild_id: str | int) -> FakeGuild:
        try:
            return self.guilds[int(guild_id)]
        except (KeyError, ValueError):
            raise not_found("Guild", 10004) from None

    @route("GET", "/guilds/{guild_id}")
    async def get_guild(self, req: RecordedRequest) -> tuple[int, Any]:
        return 200, self._guild_rest(self._guild(req.params["guild_id"]))

    @route("GET", "/guilds/{guild_id}/roles")
    async def get_roles(self, req: RecordedRequest) -> tuple[int, Any]:
        return 200, [r.to_payload() for r in self._guild(req.params["guild_id"]).roles]

    @route("GET", "/guilds/{guild_id}/channels")
    async def get_channels(self, req: RecordedRequest) -> tuple[int, Any]:
        guild = self._guild(req.params["guild_id"])
        return 200, [c.to_payload(guild.id) for c in guild.channels]

    @route("GET", "/guilds/{guild_id}/members/{user_id}")
    async def get_member(self, req: RecordedRequest) -> tuple[int, Any]:
        guild = self._guild(req.params["guild_id"])
        user_id = int(req.params["user_id"])
        member = self._bot_member(guild) if user_id == self.bot_user.id else guild.member(user_id)
        if member is None:
            raise not_found("Member", 10007)
        return 200, member.to_payload()

    # Scheduled events -----------------------------------------------------------------------
    def _events_of(self, req: RecordedRequest) -> tuple[FakeGuild, dict[int, dict[str, Any]]]:
        guild = self._guild(req.params["guild_id"])
        return guild, self.scheduled_events.setdefault(guild.id, {})

    def _find_event(self, req: RecordedRequest) -> dict[str, Any]:
        _, events = self._events_of(req)
        try:
            return events[int(req.params["guild_scheduled_event_id"])]
        except (KeyError, ValueError):
            raise not_found("Guild Scheduled Event", 10070) from None

    def _with_count(self, event: dict[str, Any], req: RecordedRequest) -> dict[str, Any]:
        if req.query.get("with_user_count", "").lower() in ("1", "true"):
            return {**event, "user_count": 0}
        return event

    @route("GET", "/guilds/{guild_id}/scheduled-events")
    async def list_events(self, req: RecordedRequest) -> tuple[int, Any]:
        _, events = self._events_of(req)
        return 200, [self._with_count(e, req) for e in events.values()]

    @route("POST", "/guilds/{guild_id}/scheduled-events")
    async def create_event(self, req: RecordedRequest) -> tuple[int, Any]:
        guild, events = self._events_of(req)
        body = req.json or {}
        event_id = snowflake()
        event = {
            "id": str(event_id),
            "guild_id": str(guild.id),
            "name": body.get("name"),
            "description": body.get("description"),
            "channel_id": body.get("channel_id"),
            "creator_id": str(self.bot_user.id),
            "creator": self.bot_user.to_payload(),
            "image": None,
            "scheduled_start_time": body.get("scheduled_start_time"),
            "scheduled_end_time": body.get("scheduled_end_time"),
            "status": 1,
            "entity_type": body.get("entity_type"),
            "entity_id": None,
            "entity_metadata": body.get("entity_metadata"),
            "recurrence_rule": body.get("recurrence_rule"),
            "privacy_level": body.get("privacy_level", 2),
            "guild_scheduled_event_exceptions": [],
        }
        if event["channel_id"] is not None:
            event["channel_id"] = str(event["channel_id"])
        events[event_id] = event
        return 200, event

    @route("GET", "/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}")
    async def get_event(self, req: RecordedRequest) -> tuple[int, Any]:
        return 200, self._with_count(self._find_event(req), req)

    @route("PATCH", "/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}")
    async def edit_event(self, req: RecordedRequest) -> tuple[int, Any]:
        event = self._find_event(req)
        for key, value in (req.json or {}).items():
            if key in event or key in ("status", "entity_metadata", "scheduled_end_time", "description"):
                event[key] = str(value) if key == "channel_id" and value is not None else value
        return 200, event

    @route("DELETE", "/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}")
    async def delete_event(self, req: RecordedRequest) -> tuple[int, Any]:
        event = self._find_event(req)
        del self.scheduled_events[int(event["guild_id"])][int(event["id"])]
        return 204, None
