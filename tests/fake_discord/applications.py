"""The bot's own user and application, the gateway URL, and application commands (global and per guild; ids kept
per name like Discord)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from .models import DiscordHTTPError, FakeUser, RecordedRequest, not_found, snowflake
from .routing import route


class Applications:
    """Users, the application and its commands (a part of FakeDiscord)."""

    def _init_applications(self) -> None:
        self.global_commands: list[dict[str, Any]] = []
        self.guild_commands: dict[int, list[dict[str, Any]]] = {}

    def _bot_pii(self) -> dict[str, Any]:
        payload = self.bot_user.to_payload()
        payload.update(mfa_enabled=True, locale="en-US", verified=True, email=None, premium_type=0, bot=True)
        return payload

    def _application(self) -> dict[str, Any]:
        bot = self.bot_user.to_payload()
        return {
            "id": str(self.application_id),
            "name": self.bot_user.username,
            "icon": None,
            "description": "",
            "summary": "",
            "type": None,
            "bot": bot,
            "bot_public": True,
            "bot_require_code_grant": False,
            "verify_key": hashlib.sha256(str(self.application_id).encode()).hexdigest(),
            "flags": self.application_flags,
            "flags_new": str(self.application_flags),
            "redirect_uris": [],
            "interactions_endpoint_url": None,
            "role_connections_verification_url": None,
            "owner": FakeUser(id=self.default_user.id, username=self.default_user.username).to_payload(),
            "approximate_guild_count": len(self.guilds),
            "approximate_user_install_count": 0,
            "approximate_user_authorization_count": 0,
            "explicit_content_filter": 0,
            "team": None,
            "eligible_oauth2_scopes": ["bot", "applications.commands"],
            "tags": [],
            "rpc_origins": [],
            "hook": True,
            "integration_types_config": {"0": {}},
        }

    @route("GET", "/users/@me")
    async def get_me(self, req: RecordedRequest) -> tuple[int, Any]:
        return 200, self._bot_pii()

    @route("GET", "/users/{user_id}")
    async def get_user(self, req: RecordedRequest) -> tuple[int, Any]:
        user = self.users.get(int(req.params["user_id"]))
        if user is None:
            raise not_found("User", 10013)
        return 200, user.to_payload()

    @route("GET", "/gateway")
    async def get_gateway(self, req: RecordedRequest) -> tuple[int, Any]:
        return 200, {"url": self.gateway_url}

    @route("GET", "/gateway/bot")
    async def get_gateway_bot(self, req: RecordedRequest) -> tuple[int, Any]:
        limit = {"total": 1000, "remaining": 999, "reset_after": 14_400_000, "max_concurrency": 1}
        return 200, {"url": self.gateway_url, "shards": 1, "session_start_limit": limit}

    @route("GET", "/applications/@me")
    @route("GET", "/oauth2/applications/@me")
    async def get_application(self, req: RecordedRequest) -> tuple[int, Any]:
        return 200, self._application()

    # Application commands ---------------------------------------------------------------
    def _commands_for(self, req: RecordedRequest) -> tuple[list[dict[str, Any]], int | None]:
        if int(req.params["application_id"]) != self.application_id:
            raise DiscordHTTPError(403, 50001, "Missing Access")
        if "guild_id" in req.params:
            guild = self._guild(req.params["guild_id"])
            return self.guild_commands.setdefault(guild.id, []), guild.id
        return self.global_commands, None

    def _build_command(self, body: Mapping[str, Any], guild_id: int | None, existing: Sequence[dict[str, Any]]):
        ctype = body.get("type") or 1
        old = next((c for c in existing if c["name"] == body["name"] and c["type"] == ctype), None)
        perms = body.get("default_member_permissions")
        command: dict[str, Any] = {
            "id": old["id"] if old else str(snowflake()),
            "application_id": str(self.application_id),
            "version": str(snowflake()),
            "default_member_permissions": None if perms is None else str(perms),
            "type": ctype,
            "name": body["name"],
            "name_localizations": body.get("name_localizations"),
            "description": body.get("description") or "",
            "description_localizations": body.get("description_localizations"),
            "dm_permission": body.get("dm_permission", True) if guild_id is None else True,
            "contexts": body.get("contexts"),
            "integration_types": body.get("integration_types") or [0],
            "nsfw": bool(body.get("nsfw", False)),
        }
        if body.get("options"):
            command["options"] = body["options"]
        if guild_id is not None:
            command["guild_id"] = str(guild_id)
        return command

    @route("GET", "/applications/{application_id}/commands")
    @route("GET", "/applications/{application_id}/guilds/{guild_id}/commands")
    async def list_commands(self, req: RecordedRequest) -> tuple[int, Any]:
        commands, _ = self._commands_for(req)
        return 200, commands

    @route("PUT", "/applications/{application_id}/commands")
    @route("PUT", "/applications/{application_id}/guilds/{guild_id}/commands")
    async def put_commands(self, req: RecordedRequest) -> tuple[int, Any]:
        commands, guild_id = self._commands_for(req)
        new = [self._build_command(body, guild_id, commands) for body in req.json or []]
        commands[:] = new
        return 200, new

    @route("POST", "/applications/{application_id}/commands")
    @route("POST", "/applications/{application_id}/guilds/{guild_id}/commands")
    async def post_command(self, req: RecordedRequest) -> tuple[int, Any]:
        commands, guild_id = self._commands_for(req)
        command = self._build_command(req.json, guild_id, commands)
        existed = any(c["id"] == command["id"] for c in commands)
        commands[:] = [c for c in commands if c["id"] != command["id"]] + [command]
        return (200 if existed else 201), command

    def _stored_command(self, req: RecordedRequest) -> tuple[list[dict[str, Any]], dict[str, Any], int | None]:
        commands, guild_id = self._commands_for(req)
        for command in commands:
            if command["id"] == req.params["command_id"]:
                return commands, command, guild_id
        raise not_found("application command", 10063)

    @route("GET", "/applications/{application_id}/commands/{command_id}")
    @route("GET", "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}")
    async def get_command(self, req: RecordedRequest) -> tuple[int, Any]:
        return 200, self._stored_command(req)[1]

    @route("PATCH", "/applications/{application_id}/commands/{command_id}")
    @route("PATCH", "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}")
    async def patch_command(self, req: RecordedRequest) -> tuple[int, Any]:
        _, command, guild_id = self._stored_command(req)
        merged = {**command, **(req.json or {})}
        command.update(self._build_command(merged, guild_id, [command]))
        return 200, command

    @route("DELETE", "/applications/{application_id}/commands/{command_id}")
    @route("DELETE", "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}")
    async def delete_command(self, req: RecordedRequest) -> tuple[int, Any]:
        commands, command, _ = self._stored_command(req)
        commands.remove(command)
        return 204, None
