# Waiting helpers deliberately take a per-call ``timeout`` (test ergonomics), hence:
# ruff: noqa: ASYNC109
"""Interactions: what tests send (slash commands, autocomplete, button clicks, modal submits), the callback route
(types 4-9), and `InteractionResult`, what the bot did in answer. Finished interactions are forgotten once
`keep_interactions` newer ones have finished (their tokens then answer 10015 Unknown Webhook, as expired ones do),
so the fake's memory stays flat through long benchmarks."""

from __future__ import annotations

import asyncio
import mimetypes
import secrets
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .models import (
    ADMINISTRATOR,
    ALL_PERMISSIONS,
    EPHEMERAL,
    LOADING,
    DiscordHTTPError,
    FakeAttachment,
    FakeGuild,
    FakeMember,
    FakeUser,
    RecordedRequest,
    UploadedFile,
    iso_now,
    not_found,
    snowflake,
)
from .routing import route

if TYPE_CHECKING:
    from .server import FakeDiscord


def interaction_token() -> str:
    return "aW50ZXJhY3Rpb246" + secrets.token_urlsafe(96)


class InteractionResult:
    """What the bot did in response to one interaction the fake sent.

    ``callback`` is ``{"type": int, "data": dict | None}``; ``original`` is the current state of the
    original response message (after edits); ``followups`` are the followup messages in order.
    ``sent_at``/``callback_at`` are ``time.perf_counter()`` values.
    """

    def __init__(self, fake: FakeDiscord, payload: dict[str, Any]) -> None:
        self._fake = fake
        self.payload = payload
        self.id = int(payload["id"])
        self.token: str = payload["token"]
        self.type: int = payload["type"]
        self.channel_id: int | None = int(payload["channel_id"]) if payload.get("channel_id") else None
        self.message: dict[str, Any] | None = payload.get("message")
        self.triggered_by: InteractionResult | None = None  # for modal submits: the interaction that opened it
        self.sent_at: float = 0.0
        self.callback_at: float | None = None
        self.callback: dict[str, Any] | None = None
        self.callback_files: list[UploadedFile] = []
        self.original: dict[str, Any] | None = None
        self.original_deleted = False
        self.followups: list[dict[str, Any]] = []
        self.edits: list[dict[str, Any]] = []
        self.events: list[tuple[float, str]] = []
        self._changed = asyncio.Condition()

    def __repr__(self) -> str:
        return f"<InteractionResult id={self.id} type={self.type} callback={self.callback_type}>"

    @property
    def callback_type(self) -> int | None:
        return None if self.callback is None else self.callback["type"]

    @property
    def data(self) -> dict[str, Any]:
        """The callback's ``data`` (``{}`` if none)."""
        return (self.callback or {}).get("data") or {}

    @property
    def response_time(self) -> float | None:
        """Seconds from dispatching INTERACTION_CREATE to receiving the callback."""
        return None if self.callback_at is None else self.callback_at - self.sent_at

    @property
    def choices(self) -> list[dict[str, Any]]:
        """Autocomplete choices (callback type 8)."""
        return list(self.data.get("choices") or [])

    @property
    def content(self) -> str | None:
        """Content of the original response message (or of the callback, if no message)."""
        if self.original is not None:
            return self.original.get("content")
        return self.data.get("content")

    @property
    def ephemeral(self) -> bool:
        if self.original is not None:
            return bool(self.original.get("flags", 0) & EPHEMERAL)
        return bool((self.data.get("flags") or 0) & EPHEMERAL)

    @property
    def messages(self) -> list[dict[str, Any]]:
        """Original response (if any) followed by followups."""
        return ([self.original] if self.original is not None else []) + list(self.followups)

    async def _notify(self, kind: str) -> None:
        self.events.append((time.perf_counter(), kind))
        async with self._changed:
            self._changed.notify_all()

    async def wait_until(self, predicate: Callable[[InteractionResult], bool], timeout: float | None = None) -> None:
        """Wait until ``predicate(self)`` is true."""
        timeout = self._fake.interaction_timeout if timeout is None else timeout
        async with self._changed:
            try:
                await asyncio.wait_for(self._changed.wait_for(lambda: predicate(self)), timeout)
            except TimeoutError:
                raise TimeoutError(f"{self!r}: condition not met within {timeout}s; {self._fake.describe()}") from None

    async def wait_for_callback(self, timeout: float | None = None) -> dict[str, Any]:
        await self.wait_until(lambda r: r.callback is not None, timeout)
        assert self.callback is not None
        return self.callback

    async def wait_for_followups(self, n: int = 1, timeout: float | None = None) -> list[dict[str, Any]]:
        """Wait until at least ``n`` followup messages were sent; return them."""
        await self.wait_until(lambda r: len(r.followups) >= n, timeout)
        return self.followups

    async def wait_for_edits(self, n: int = 1, timeout: float | None = None) -> list[dict[str, Any]]:
        """Wait until the original response was edited ``n`` times; return the PATCH bodies."""
        await self.wait_until(lambda r: len(r.edits) >= n, timeout)
        return self.edits

    async def wait_for_content(self, timeout: float | None = None) -> dict[str, Any]:
        """Wait until the original message is no longer a deferred "thinking" placeholder."""
        await self.wait_until(lambda r: r.original is not None and not r.original.get("flags", 0) & LOADING, timeout)
        assert self.original is not None
        return self.original


class Interactions:
    """Sending interactions and receiving their callbacks (a part of FakeDiscord)."""

    def _init_interactions(self, keep: int) -> None:
        self.interactions: dict[int, InteractionResult] = {}
        self.attachments: dict[int, tuple[str, str, bytes]] = {}
        self.keep_interactions = keep
        self._by_token: dict[str, InteractionResult] = {}
        self._finished: deque[int] = deque()

    @route("POST", "/interactions/{interaction_id}/{interaction_token}/callback")
    async def callback(self, req: RecordedRequest) -> tuple[int, Any]:
        return await self._interaction_callback(req)

    def interaction_by_token(self, token: str) -> InteractionResult | None:
        """A live interaction by its token (None once it has been forgotten)."""
        return self._by_token.get(token)

    def _forget_finished(self) -> None:
        """Keep only the newest `keep_interactions` answered interactions: tests hold on to the results they
        need, and a long benchmark must not grow the fake's memory (or its GC pauses) without bound."""
        while len(self._finished) > self.keep_interactions:
            result = self.interactions.pop(self._finished.popleft(), None)
            if result is not None:
                self._by_token.pop(result.token, None)

    async def _interaction_callback(self, req: RecordedRequest) -> tuple[int, Any]:
        result = self.interactions.get(int(req.params["interaction_id"]))
        if result is None or result.token != req.params["interaction_token"]:
            raise not_found("interaction", 10062)
        if result.callback is not None:
            raise DiscordHTTPError(400, 40060, "Interaction has already been acknowledged.")
        now = time.perf_counter()
        if self.callback_deadline is not None and now - result.sent_at > self.callback_deadline:
            raise not_found("interaction", 10062)
        body = req.json or {}
        ctype = body.get("type")
        data = body.get("data")
        result.callback = {"type": ctype, "data": data}
        result.callback_at = now
        result.callback_files = list(req.files)
        self._finished.append(result.id)
        self._forget_finished()
        data = data or {}
        channel_id = result.channel_id or 0
        resource: dict[str, Any] | None = None
        message_id: str | None = None
        loading = False
        if ctype == 4:
            message_type = 20 if result.type == 2 else 0
            message = self._make_message(channel_id, data, req, message_type=message_type, interaction=result)
            result.original = message
            message_id = message["id"]
            if not message["flags"] & EPHEMERAL:
                self._store_message(message)
            resource = {"type": 4, "message": message}
        elif ctype == 5:
            flags = LOADING | (data.get("flags") or 0)
            message = self._make_message(channel_id, {}, None, message_type=20, flags=flags, interaction=result)
            result.original = message
            message_id, loading = message["id"], True
            if not flags & EPHEMERAL:
                self._store_message(message)
        elif ctype in (6, 7) and result.message is not None:
            stored = self._stored(result.message) or result.message
            message_id = stored["id"]
            if ctype == 7:
                self._apply_edit(stored, data, req)
                resource = {"type": 7, "message": stored}
            result.original = stored
        response: dict[str, Any] = {
            "interaction": {
                "id": str(result.id),
                "type": result.type,
                "activity_instance_id": None,
                "response_message_id": message_id,
                "response_message_loading": loading,
                "response_message_ephemeral": bool((data.get("flags") or 0) & EPHEMERAL),
            }
        }
        if message_id is None:
            del response["interaction"]["response_message_id"]
        if resource is not None:
            response["resource"] = resource
        await result._notify("callback")
        if req.query.get("with_response", "false").lower() in ("1", "true"):
            return 200, response
        return 204, None

    def _stored(self, message: Mapping[str, Any]) -> dict[str, Any] | None:
        for stored in self.messages.get(int(message["channel_id"]), []):
            if stored["id"] == message["id"]:
                return stored
        for result in self.interactions.values():
            for candidate in result.messages:
                if candidate["id"] == message["id"]:
                    return candidate
        return None

    def _resolve_user(self, user: FakeUser | int | None) -> FakeUser:
        if user is None:
            return self.default_user
        if isinstance(user, FakeUser):
            self.users.setdefault(user.id, user)
            return user
        found = self.users.get(int(user))
        if found is None:
            for guild in self.guilds.values():
                member = guild.member(int(user))
                if member is not None:
                    return member.user
            found = self.add_user(FakeUser(id=int(user), username=f"user{user}"))
        return found

    def _context(
        self,
        *,
        user: FakeUser | int | None,
        guild_id: int | None,
        channel_id: int | None,
        roles: Sequence[int] | None,
        permissions: int | None,
        dm: bool,
    ) -> tuple[FakeUser, FakeGuild | None, dict[str, Any]]:
        """Common interaction fields: user/member, guild, channel, permissions, locale..."""
        who = self._resolve_user(user)
        payload: dict[str, Any] = {
            "application_id": str(self.application_id),
            "version": 1,
            "entitlements": [],
            "attachment_size_limit": self.attachment_size_limit,
            "locale": "en-US",
        }
        if dm or not self.guilds:
            channel_id = channel_id or next((c for c, u in self.dm_channels.items() if u == who.id), None)
            if channel_id is None:
                channel_id = snowflake()
            self.dm_channels.setdefault(channel_id, who.id)
            channel = self._dm_channel(channel_id)
            payload.update(
                channel_id=str(channel_id),
                channel=channel,
                user=who.to_payload(),
                context=1,
                authorizing_integration_owners={"0": "0"},
                app_permissions=str(ALL_PERMISSIONS & ~ADMINISTRATOR),
            )
            return who, None, payload
        guild = self._guild(guild_id) if guild_id is not None else next(iter(self.guilds.values()))
        member = guild.member(who.id)
        role_ids = list(roles) if roles is not None else (list(member.roles) if member else [])
        if member is None or roles is not None:
            member = FakeMember(user=who, roles=role_ids, joined_at=member.joined_at if member else iso_now())
        perms = permissions if permissions is not None else guild.permissions_for(role_ids, user_id=who.id)
        fake_channel = guild.channel(channel_id) if channel_id is not None else guild.text_channel()
        if fake_channel is None:
            raise ValueError(f"guild {guild.id} has no channel {channel_id}")
        channel = fake_channel.to_payload(guild.id)
        channel["permissions"] = str(perms)
        member_payload = member.to_payload()
        member_payload["permissions"] = str(perms)
        payload.update(
            guild_id=str(guild.id),
            guild={"id": str(guild.id), "locale": guild.preferred_locale, "features": []},
            guild_locale=guild.preferred_locale,
            channel_id=str(fake_channel.id),
            channel=channel,
            member=member_payload,
            context=0,
            authorizing_integration_owners={"0": str(guild.id)},
            app_permissions=str(guild.bot_permissions),
        )
        return who, guild, payload

    def find_command(self, name: str, guild_id: int | None = None, command_type: int = 1) -> dict[str, Any] | None:
        """A registered command by name: the guild's commands first, then global ones."""
        pools = ([self.guild_commands.get(guild_id, [])] if guild_id is not None else []) + [self.global_commands]
        for pool in pools:
            for command in pool:
                if command["name"] == name and command.get("type", 1) == command_type:
                    return command
        return None

    def _typed_option(
        self,
        spec: Mapping[str, Any],
        value: Any,
        resolved: dict[str, dict[str, Any]],
        guild: FakeGuild | None,
        crafted: bool = False,
    ) -> Any:
        otype = spec["type"]
        if crafted and otype in (3, 4, 5, 10):
            return value  # a crafted interaction sends any value, unchecked, as a modified client could
        if otype == 3:
            value = str(value)
        elif otype == 4:
            if isinstance(value, bool) or int(value) != value:
                raise ValueError(f"option {spec['name']!r} is an integer option, got {value!r}")
            value = int(value)
        elif otype == 5:
            value = bool(value)
        elif otype == 10:
            value = float(value) if not isinstance(value, int) else value
        elif otype in (6, 9) and not (otype == 9 and guild is not None and guild.role(self._id_of(value))):
            if isinstance(value, FakeMember):
                value = value.user
            user = self._resolve_user(value if isinstance(value, FakeUser) else self._id_of(value))
            resolved.setdefault("users", {})[str(user.id)] = user.to_payload()
            member = guild.member(user.id) if guild else None
            if member is not None:
                member_payload = member.to_payload(with_user=False)
                member_payload["permissions"] = str(guild.permissions_for(member.roles, user_id=user.id))
                resolved.setdefault("members", {})[str(user.id)] = member_payload
            value = str(user.id)
        elif otype in (8, 9):
            role = guild.role(self._id_of(value)) if guild else None
            if role is None:
                raise ValueError(f"unknown role {value!r} for option {spec['name']!r}")
            resolved.setdefault("roles", {})[str(role.id)] = role.to_payload()
            value = str(role.id)
        elif otype == 7:
            channel = guild.channel(self._id_of(value)) if guild else None
            if channel is None:
                raise ValueError(f"unknown channel {value!r} for option {spec['name']!r}")
            data = channel.to_payload(guild.id)  # type: ignore[union-attr]
            data["permissions"] = str(ALL_PERMISSIONS)
            resolved.setdefault("channels", {})[str(channel.id)] = data
            value = str(channel.id)
        elif otype == 11:
            attachment = self._attachment_option(value)
            resolved.setdefault("attachments", {})[attachment["id"]] = attachment
            value = attachment["id"]
        choices = spec.get("choices")
        if choices and value not in [c["value"] for c in choices]:
            raise ValueError(f"{value!r} is not a choice of option {spec['name']!r}: {[c['value'] for c in choices]}")
        return value

    @staticmethod
    def _id_of(value: Any) -> int:
        if isinstance(value, FakeMember):
            value = value.user
        return int(getattr(value, "id", value))

    def _attachment_option(self, value: Any) -> dict[str, Any]:
        if isinstance(value, tuple):
            value = FakeAttachment(*value)
        if not isinstance(value, FakeAttachment):
            raise TypeError("attachment options take FakeAttachment(filename, data) or a (filename, bytes) tuple")
        attachment_id = snowflake()
        content_type = value.content_type or mimetypes.guess_type(value.filename)[0] or "application/octet-stream"
        self.attachments[attachment_id] = (value.filename, content_type, value.data)
        url = f"{self.base_url}/attachments/0/{attachment_id}/{quote(value.filename)}"
        return {
            "id": str(attachment_id),
            "filename": value.filename,
            "size": len(value.data),
            "url": url,
            "proxy_url": url,
            "content_type": content_type,
            "ephemeral": True,
        }

    def _build_options(
        self,
        specs: Sequence[Mapping[str, Any]],
        path: Sequence[str],
        values: Mapping[str, Any],
        resolved: dict[str, dict[str, Any]],
        guild: FakeGuild | None,
        focused: str | None,
        crafted: bool = False,
    ) -> list[dict[str, Any]]:
        by_name = {s["name"]: s for s in specs}
        if path:
            head, *rest = path
            spec = by_name.get(head)
            if spec is None or spec["type"] not in (1, 2):
                raise ValueError(f"no subcommand/group {head!r}; available: {sorted(by_name)}")
            inner = self._build_options(spec.get("options") or [], rest, values, resolved, guild, focused, crafted)
            return [{"type": spec["type"], "name": head, "options": inner}]
        subcommands = [s["name"] for s in specs if s["type"] in (1, 2)]
        if subcommands:
            raise ValueError(f"a subcommand is required, one of: {subcommands}")
        options = []
        for name, value in values.items():
            spec = by_name.get(name)
            if spec is None:
                raise ValueError(f"unknown option {name!r}; available: {sorted(by_name)}")
            if name == focused:
                options.append({"type": spec["type"], "name": name, "value": str(value), "focused": True})
            else:
                typed = self._typed_option(spec, value, resolved, guild, crafted)
                options.append({"type": spec["type"], "name": name, "value": typed})
        if focused is None and not crafted:
            missing = [s["name"] for s in specs if s.get("required") and s["name"] not in values]
            if missing:
                raise ValueError(f"required options missing: {missing}")
        return options

    async def _send_interaction(
        self,
        payload: dict[str, Any],
        wait: bool,
        timeout: float | None,
        triggered_by: InteractionResult | None = None,
    ) -> InteractionResult:
        result = InteractionResult(self, payload)
        result.triggered_by = triggered_by
        self.interactions[result.id] = result
        self._by_token[result.token] = result
        if not self._sessions:
            await self.wait_until_identified(timeout=timeout or self.interaction_timeout)
        result.sent_at = time.perf_counter()
        await self.dispatch("INTERACTION_CREATE", payload)
        if wait:
            await result.wait_for_callback(timeout)
        return result

    def _command_payload(
        self,
        name: str,
        subcommand: str | Sequence[str] | None,
        options: Mapping[str, Any] | None,
        guild: FakeGuild | None,
        focused: str | None,
        crafted: bool = False,
    ) -> dict[str, Any]:
        parts = name.split()
        path = parts[1:] + ([subcommand] if isinstance(subcommand, str) else list(subcommand or []))
        command = self.find_command(parts[0], guild.id if guild else None)
        if command is None:
            known = [c["name"] for c in self.global_commands] + [
                c["name"] for c in self.guild_commands.get(guild.id if guild else -1, [])
            ]
            raise LookupError(f"command {parts[0]!r} is not registered (did the bot sync?); registered: {known}")
        resolved: dict[str, dict[str, Any]] = {}
        data: dict[str, Any] = {
            "id": command["id"],
            "name": command["name"],
            "type": command.get("type", 1),
            "options": self._build_options(
                command.get("options") or [], path, options or {}, resolved, guild, focused, crafted
            ),
        }
        if command.get("guild_id"):
            data["guild_id"] = command["guild_id"]
        if resolved:
            data["resolved"] = resolved
        return data

    async def send_slash_command(
        self,
        name: str,
        options: Mapping[str, Any] | None = None,
        *,
        subcommand: str | Sequence[str] | None = None,
        user: FakeUser | int | None = None,
        roles: Sequence[int] | None = None,
        permissions: int | None = None,
        guild_id: int | None = None,
        channel_id: int | None = None,
        dm: bool = False,
        locale: str = "en-US",
        wait: bool = True,
        timeout: float | None = None,
        crafted: bool = False,
    ) -> InteractionResult:
        """Send a slash command (INTERACTION_CREATE type 2) and wait for the bot's callback.

        ``name`` may include the subcommand path (``"setup channel"``); ``options`` is ``{name: value}``
        typed via the registered command (users/roles/channels by id or Fake* object, attachments as
        :class:`FakeAttachment` or ``(filename, bytes)``). ``crafted=True`` sends string, number and boolean
        values exactly as given, unchecked against the option's type and choices, and allows leaving out required
        options: what a modified client can send, which the bot must refuse on its own side.
        """
        _, guild, payload = self._context(
            user=user, guild_id=guild_id, channel_id=channel_id, roles=roles, permissions=permissions, dm=dm
        )
        payload.update(
            id=str(snowflake()),
            type=2,
            token=interaction_token(),
            locale=locale,
            data=self._command_payload(name, subcommand, options, guild, None, crafted),
        )
        return await self._send_interaction(payload, wait, timeout)

    async def send_autocomplete(
        self,
        name: str,
        options: Mapping[str, Any] | None = None,
        *,
        focused: str,
        subcommand: str | Sequence[str] | None = None,
        user: FakeUser | int | None = None,
        roles: Sequence[int] | None = None,
        permissions: int | None = None,
        guild_id: int | None = None,
        channel_id: int | None = None,
        dm: bool = False,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """Send an autocomplete interaction (type 4) with ``focused`` option; return the choices. The member's
        ``roles`` and ``permissions`` are set as for :meth:`send_slash_command`."""
        _, guild, payload = self._context(
            user=user, guild_id=guild_id, channel_id=channel_id, roles=roles, permissions=permissions, dm=dm
        )
        values = dict(options or {})
        values.setdefault(focused, "")
        payload.update(
            id=str(snowflake()),
            type=4,
            token=interaction_token(),
            data=self._command_payload(name, subcommand, values, guild, focused),
        )
        result = await self._send_interaction(payload, True, timeout)
        return result.choices

    async def send_component(
        self,
        custom_id: str,
        message: Mapping[str, Any] | InteractionResult,
        *,
        component_type: int = 2,
        values: Sequence[str] | None = None,
        user: FakeUser | int | None = None,
        roles: Sequence[int] | None = None,
        wait: bool = True,
        timeout: float | None = None,
    ) -> InteractionResult:
        """Click a button (``component_type`` 2) or pick select ``values`` on ``message``
        (a message dict or an :class:`InteractionResult`, meaning its original response)."""
        if isinstance(message, InteractionResult):
            if message.original is None:
                raise ValueError("that interaction has no original response message")
            message = message.original
        message = self._stored(message) or dict(message)
        channel_id = int(message["channel_id"])
        guild_id = next((g.id for g in self.guilds.values() if g.channel(channel_id)), None)
        _, _, payload = self._context(
            user=user,
            guild_id=guild_id,
            channel_id=channel_id,
            roles=roles,
            permissions=None,
            dm=guild_id is None,
        )
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": component_type}
        if values is not None:
            data["values"] = list(values)
        payload.update(id=str(snowflake()), type=3, token=interaction_token(), data=data, message=message)
        return await self._send_interaction(payload, wait, timeout)

    async def send_modal_submit(
        self,
        modal: Mapping[str, Any] | InteractionResult,
        values: Mapping[str, str],
        *,
        user: FakeUser | int | None = None,
        guild_id: int | None = None,
        channel_id: int | None = None,
        wait: bool = True,
        timeout: float | None = None,
    ) -> InteractionResult:
        """Submit a modal the bot opened (callback type 9) with ``{text_input_custom_id: value}``."""
        trigger: InteractionResult | None = None
        if isinstance(modal, InteractionResult):
            if modal.callback_type != 9:
                raise ValueError("that interaction was not answered with a modal")
            trigger, modal = modal, modal.data

        def fill(components: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
            out = []
            for comp in components:
                if comp.get("type") == 1:
                    out.append({"type": 1, "components": fill(comp.get("components") or [])})
                elif comp.get("type") == 18 and comp.get("component"):
                    out.append({"type": 18, "component": fill([comp["component"]])[0]})
                else:
                    cid = comp.get("custom_id")
                    out.append({"type": comp.get("type"), "custom_id": cid, "value": values.get(cid, "")})
            return out

        _, _, payload = self._context(
            user=user, guild_id=guild_id, channel_id=channel_id, roles=None, permissions=None, dm=False
        )
        data = {"custom_id": modal["custom_id"], "components": fill(modal.get("components") or [])}
        payload.update(id=str(snowflake()), type=5, token=interaction_token(), data=data)
        return await self._send_interaction(payload, wait, timeout, triggered_by=trigger)
