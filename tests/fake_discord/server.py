# Waiting helpers deliberately take a per-call ``timeout`` (test ergonomics), hence:
# ruff: noqa: ASYNC109
"""A loopback fake of Discord's REST API and gateway for driving the real discord.py client.

Every REST request is recorded and validated against Discord's OpenAPI spec (see ``openapi.py``).
"""

from __future__ import annotations

import asyncio
import contextlib
import fnmatch
import hashlib
import itertools
import json
import logging
import math
import mimetypes
import re
import secrets
import socket
import threading
import time
import zlib
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from aiohttp import BodyPartReader, WSMsgType, web

from bot.discord_app.endpoints import discord_pointed_at

from .openapi import API_PREFIX, OpenAPIValidator, Violation

if TYPE_CHECKING:
    import discord

__all__ = [
    "ADMINISTRATOR",
    "ALL_PERMISSIONS",
    "DEFAULT_EVERYONE_PERMISSIONS",
    "DEFAULT_TOKEN",
    "FakeAttachment",
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "FakeMember",
    "FakeRole",
    "FakeUser",
    "InteractionResult",
    "RecordedRequest",
    "UploadedFile",
    "connect_bot",
    "point_discord_py_at",
    "snowflake",
]

log = logging.getLogger("fake_discord")

DEFAULT_TOKEN = "fake-bot-token.for-tests-only"
DISCORD_EPOCH_MS = 1_420_070_400_000
ADMINISTRATOR = 1 << 3
ALL_PERMISSIONS = (1 << 51) - 1
# CREATE_INSTANT_INVITE, ADD_REACTIONS, VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS, ATTACH_FILES,
# READ_MESSAGE_HISTORY, USE_EXTERNAL_EMOJIS, CONNECT, SPEAK, CHANGE_NICKNAME, USE_APPLICATION_COMMANDS,
# CREATE_PUBLIC_THREADS, SEND_MESSAGES_IN_THREADS
DEFAULT_EVERYONE_PERMISSIONS = sum(1 << bit for bit in (0, 6, 10, 11, 14, 15, 16, 18, 20, 21, 26, 31, 35, 38))
EPHEMERAL = 1 << 6
LOADING = 1 << 7
GUILDS_INTENT = 1 << 0
PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15)  # GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT

_counter = itertools.count()
_counter_lock = threading.Lock()


def snowflake(at: float | None = None) -> int:
    """A realistic, unique Discord snowflake for time ``at`` (default: now)."""
    ms = int((time.time() if at is None else at) * 1000)
    with _counter_lock:
        increment = next(_counter)
    return ((ms - DISCORD_EPOCH_MS) << 22) | (1 << 17) | (increment & 0x1FFFF)


def _iso_now() -> str:
    return datetime.now(UTC).isoformat()


# ---------------------------------------------------------------------------------------------------
# Models
# ---------------------------------------------------------------------------------------------------


@dataclass
class FakeUser:
    """A Discord user. ``dms_closed`` users reject DMs with 403/50007."""

    id: int
    username: str
    global_name: str | None = None
    bot: bool = False
    dms_closed: bool = False

    def to_payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "id": str(self.id),
            "username": self.username,
            "avatar": None,
            "discriminator": "0",
            "public_flags": 0,
            "flags": 0,
            "global_name": self.global_name,
            "primary_guild": None,
            "banner": None,
            "accent_color": None,
            "avatar_decoration_data": None,
            "collectibles": None,
        }
        if self.bot:
            payload["bot"] = True
        return payload

    @classmethod
    def coerce(cls, value: FakeUser | Mapping[str, Any]) -> FakeUser:
        return value if isinstance(value, FakeUser) else cls(**dict(value))


@dataclass
class FakeRole:
    """A guild role. The ``@everyone`` role has the guild's id."""

    id: int
    name: str
    permissions: int = 0
    position: int = 1
    color: int = 0
    hoist: bool = False
    mentionable: bool = False
    managed: bool = False

    def to_payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "name": self.name,
            "permissions": str(self.permissions),
            "position": self.position,
            "color": self.color,
            "colors": {"primary_color": self.color, "secondary_color": None, "tertiary_color": None},
            "hoist": self.hoist,
            "managed": self.managed,
            "mentionable": self.mentionable,
            "icon": None,
            "unicode_emoji": None,
            "flags": 0,
        }

    @classmethod
    def coerce(cls, value: FakeRole | Mapping[str, Any]) -> FakeRole:
        return value if isinstance(value, FakeRole) else cls(**dict(value))


@dataclass
class FakeChannel:
    """A guild channel (type 0 text, 2 voice, 4 category, 5 announcement, 13 stage, 15 forum)."""

    id: int
    name: str
    type: int = 0
    position: int = 0
    parent_id: int | None = None
    topic: str | None = None
    nsfw: bool = False

    def to_payload(self, guild_id: int) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "id": str(self.id),
            "type": self.type,
            "guild_id": str(guild_id),
            "name": self.name,
            "position": self.position,
            "flags": 0,
            "parent_id": None if self.parent_id is None else str(self.parent_id),
            "permission_overwrites": [],
            "nsfw": self.nsfw,
        }
        if self.type in (0, 5, 15):
            payload.update(topic=self.topic, last_message_id=None, rate_limit_per_user=0)
        if self.type in (2, 13):
            payload.update(bitrate=64000, user_limit=0, rtc_region=None, last_message_id=None, rate_limit_per_user=0)
        return payload

    @classmethod
    def coerce(cls, value: FakeChannel | Mapping[str, Any]) -> FakeChannel:
        return value if isinstance(value, FakeChannel) else cls(**dict(value))


@dataclass
class FakeMember:
    """A guild member: a user plus role ids."""

    user: FakeUser
    roles: list[int] = field(default_factory=list)
    nick: str | None = None
    joined_at: str = "2024-01-01T00:00:00+00:00"

    def to_payload(self, *, with_user: bool = True) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "roles": [str(r) for r in self.roles],
            "nick": self.nick,
            "avatar": None,
            "banner": None,
            "joined_at": self.joined_at,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
        }
        if with_user:
            payload["user"] = self.user.to_payload()
        return payload

    @classmethod
    def coerce(cls, value: FakeMember | FakeUser | Mapping[str, Any]) -> FakeMember:
        if isinstance(value, FakeMember):
            return value
        if isinstance(value, FakeUser):
            return cls(user=value)
        data = dict(value)
        data["user"] = FakeUser.coerce(data["user"])
        return cls(**data)


@dataclass
class FakeGuild:
    """A guild. A missing ``@everyone`` role and an empty channel list are filled in.

    ``generated_members`` appends that many synthetic members (``member0``...) to GUILD_CREATE,
    e.g. 10_000 for memory benchmarks; ``member_count`` defaults to the total member count.
    """

    id: int
    name: str = "Test Guild"
    channels: list[FakeChannel] = field(default_factory=list)
    roles: list[FakeRole] = field(default_factory=list)
    members: list[FakeMember] = field(default_factory=list)
    member_count: int | None = None
    generated_members: int = 0
    owner_id: int | None = None
    preferred_locale: str = "en-US"
    everyone_permissions: int = DEFAULT_EVERYONE_PERMISSIONS
    bot_permissions: int = ALL_PERMISSIONS & ~ADMINISTRATOR
    _generated: list[FakeMember] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.channels = [FakeChannel.coerce(c) for c in self.channels]
        self.roles = [FakeRole.coerce(r) for r in self.roles]
        self.members = [FakeMember.coerce(m) for m in self.members]
        if not any(r.id == self.id for r in self.roles):
            everyone = FakeRole(id=self.id, name="@everyone", permissions=self.everyone_permissions, position=0)
            self.roles.insert(0, everyone)
        if not self.channels:
            self.channels.append(FakeChannel(id=snowflake(), name="general"))

    @classmethod
    def coerce(cls, value: FakeGuild | Mapping[str, Any]) -> FakeGuild:
        return value if isinstance(value, FakeGuild) else cls(**dict(value))

    @property
    def everyone(self) -> FakeRole:
        return next(r for r in self.roles if r.id == self.id)

    def role(self, role_id: int) -> FakeRole | None:
        return next((r for r in self.roles if r.id == role_id), None)

    def channel(self, channel_id: int) -> FakeChannel | None:
        return next((c for c in self.channels if c.id == channel_id), None)

    def text_channel(self) -> FakeChannel:
        return next((c for c in self.channels if c.type in (0, 5)), self.channels[0])

    def generated(self) -> list[FakeMember]:
        if self._generated is None or len(self._generated) != self.generated_members:
            base = snowflake()
            self._generated = [
                FakeMember(user=FakeUser(id=base + 1 + n, username=f"member{n}")) for n in range(self.generated_members)
            ]
        return self._generated

    def all_members(self) -> list[FakeMember]:
        return [*self.members, *self.generated()]

    def member(self, user_id: int) -> FakeMember | None:
        for member in itertools.chain(self.members, self._generated or ()):
            if member.user.id == user_id:
                return member
        return None

    def permissions_for(self, role_ids: Iterable[int], *, user_id: int | None = None) -> int:
        """Guild-level permissions of a member with these roles (owner/administrator get all)."""
        if user_id is not None and user_id == self.owner_id:
            return ALL_PERMISSIONS
        perms = self.everyone.permissions
        for role_id in role_ids:
            role = self.role(role_id)
            if role is not None:
                perms |= role.permissions
        return ALL_PERMISSIONS if perms & ADMINISTRATOR else perms


@dataclass
class FakeAttachment:
    """A file a test user attaches to an attachment option (type 11)."""

    filename: str
    data: bytes
    content_type: str | None = None


@dataclass
class UploadedFile:
    """A ``files[n]`` part of a multipart request the bot sent."""

    field: str
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class RecordedRequest:
    """One REST request the bot made, with its OpenAPI violations and the fake's response."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    content_type: str | None
    json: Any
    files: list[UploadedFile]
    route: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    violations: list[Violation] = field(default_factory=list)
    status: int | None = None
    response: Any = None
    response_headers: dict[str, str] = field(default_factory=dict)
    at: float = field(default_factory=time.perf_counter)

    def __str__(self) -> str:
        return f"{self.method} {self.path} -> {self.status}"


# ---------------------------------------------------------------------------------------------------
# Interaction results
# ---------------------------------------------------------------------------------------------------


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


# ---------------------------------------------------------------------------------------------------
# Errors, rate limits, gateway sessions
# ---------------------------------------------------------------------------------------------------


class DiscordHTTPError(Exception):
    """Raised by route handlers to answer with Discord's JSON error format."""

    def __init__(self, status: int, code: int, message: str, errors: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.body: dict[str, Any] = {"message": message, "code": code}
        if errors:
            self.body["errors"] = errors


def _not_found(what: str, code: int) -> DiscordHTTPError:
    return DiscordHTTPError(404, code, f"Unknown {what}")


@dataclass
class _Limit:
    pattern: str
    method: str
    route: str
    limit: int
    per: float
    send_headers: bool
    bucket: str
    windows: dict[tuple[str, ...], list[float]] = field(default_factory=dict)  # key -> [window_start, count]


@dataclass
class _Injected429:
    method: str | None
    route: str | None
    remaining: int
    retry_after: float
    is_global: bool


@dataclass
class _Session:
    id: str
    shard: list[int] | None
    intents: int
    seq: int = 0
    history: deque[tuple[int, str]] = field(default_factory=lambda: deque(maxlen=2000))
    connection: _GatewayConnection | None = None


class _GatewayConnection:
    def __init__(self, ws: web.WebSocketResponse, compress: bool) -> None:
        self.ws = ws
        self.compressor = zlib.compressobj() if compress else None
        self.session: _Session | None = None
        self.lock = asyncio.Lock()

    async def send_raw(self, text: str) -> None:
        async with self.lock:
            if self.ws.closed:
                return
            if self.compressor is not None:
                data = self.compressor.compress(text.encode()) + self.compressor.flush(zlib.Z_SYNC_FLUSH)
                await self.ws.send_bytes(data)
            else:
                await self.ws.send_str(text)

    async def send(self, payload: Mapping[str, Any]) -> None:
        await self.send_raw(json.dumps(payload, separators=(",", ":")))


def _compile(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(template)) + "/?$")


_Handler = Callable[[RecordedRequest], Awaitable["tuple[int, Any]"]]
_MAJOR_PARAMS = ("channel_id", "guild_id", "webhook_id", "webhook_token", "interaction_id", "interaction_token")
_NO_AUTH_PREFIXES = ("/webhooks/", "/interactions/")
_HEADERS_OF_INTEREST = ("Authorization", "Content-Type", "User-Agent", "X-Audit-Log-Reason")


def _route_key(pattern: str) -> tuple[str, str]:
    method, _, route = pattern.strip().partition(" ")
    if not route:
        raise ValueError(f"route pattern must look like 'POST /channels/{{channel_id}}/messages', got {pattern!r}")
    return method.upper(), route


# ---------------------------------------------------------------------------------------------------
# The fake
# ---------------------------------------------------------------------------------------------------


class FakeDiscord:
    """Loopback fake of Discord's REST API (``/api/v10``) and gateway (``/gateway``).

    Use ``async with FakeDiscord(guilds=[...]) as fake:`` then point discord.py at
    ``fake.api_base`` / ``fake.gateway_url`` (see :func:`point_discord_py_at` / :func:`connect_bot`).
    """

    def __init__(
        self,
        *,
        guilds: Sequence[FakeGuild | Mapping[str, Any]] = (),
        users: Sequence[FakeUser | Mapping[str, Any]] = (),
        token: str = DEFAULT_TOKEN,
        application_id: int | None = None,
        bot_user_id: int | None = None,
        bot_name: str = "FakeBot",
        application_flags: int = 0,
        heartbeat_interval: int = 41250,
        host: str = "127.0.0.1",
        port: int = 0,
        spec_path: str | None = None,
        validate: bool = True,
        validate_responses: bool = False,
        reject_invalid: bool = True,
        interaction_timeout: float = 5.0,
        callback_deadline: float | None = None,
        attachment_size_limit: int = 10 * 1024 * 1024,
        members_in_guild_create: bool = True,
        allowed_privileged_intents: int | None = None,
    ) -> None:
        if host not in ("127.0.0.1", "::1", "localhost"):
            raise ValueError("FakeDiscord only listens on loopback (127.0.0.1 / ::1)")
        self.token = token
        self.application_id = application_id or snowflake()
        self.bot_user = FakeUser(id=bot_user_id or self.application_id, username=bot_name, bot=True)
        self.application_flags = application_flags
        self.guilds: dict[int, FakeGuild] = {g.id: g for g in map(FakeGuild.coerce, guilds)}
        self.users: dict[int, FakeUser] = {u.id: u for u in map(FakeUser.coerce, users)}
        for guild in self.guilds.values():
            for member in guild.members:
                self.users.setdefault(member.user.id, member.user)
        self.default_user = next(iter(self.users.values()), None) or FakeUser(id=snowflake(), username="tester")
        self.users.setdefault(self.default_user.id, self.default_user)
        self.heartbeat_interval = heartbeat_interval
        self.host = host
        self.validate = validate
        self.validate_responses = validate_responses
        self.reject_invalid = reject_invalid
        self.interaction_timeout = interaction_timeout
        self.callback_deadline = callback_deadline
        self.attachment_size_limit = attachment_size_limit
        self.members_in_guild_create = members_in_guild_create
        self.allowed_privileged_intents = allowed_privileged_intents
        self.validator = OpenAPIValidator(spec_path) if validate or validate_responses else None

        # Recorded state.
        self.requests: list[RecordedRequest] = []
        self.violations: list[Violation] = []
        self.response_violations: list[Violation] = []
        self.unhandled: list[RecordedRequest] = []
        self.rate_limited_count = 0
        self.identify_count = 0
        self.resume_count = 0
        self.heartbeat_count = 0
        self.gateway_connections = 0
        self.identify_payloads: list[dict[str, Any]] = []
        self.gateway_queries: list[dict[str, str]] = []

        # Domain state.
        self.global_commands: list[dict[str, Any]] = []
        self.guild_commands: dict[int, list[dict[str, Any]]] = {}
        self.messages: dict[int, list[dict[str, Any]]] = {}
        self.dm_channels: dict[int, int] = {}  # channel id -> user id
        self.scheduled_events: dict[int, dict[int, dict[str, Any]]] = {}
        self.interactions: dict[int, InteractionResult] = {}
        self.attachments: dict[int, tuple[str, str, bytes]] = {}

        self._port = port
        self._runner: web.AppRunner | None = None
        self._connections: set[_GatewayConnection] = set()
        self._sessions: dict[str, _Session] = {}
        self._gateway_changed: asyncio.Condition | None = None
        self._limits: list[_Limit] = []
        self._global_limit: _Limit | None = None
        self._injected: list[_Injected429] = []
        self._routes: list[tuple[str, str, re.Pattern[str], _Handler]] = []
        self._register_routes()

    # -- lifecycle -------------------------------------------------------------------------------

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def start(self) -> None:
        """Start the HTTP/WebSocket server on ``host`` and a free port."""
        self._gateway_changed = asyncio.Condition()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._handle_gateway)
        app.router.add_get("/gateway/", self._handle_gateway)
        app.router.add_get("/attachments/{channel_id}/{attachment_id}/{filename}", self._handle_attachment)
        app.router.add_route("*", "/{tail:.*}", self._handle_http)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self._port))
        sock.listen(128)
        self._port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()
        log.debug("fake discord listening on %s", self.base_url)

    async def close(self) -> None:
        """Close gateway connections and stop the server."""
        for conn in list(self._connections):
            with contextlib.suppress(Exception):
                await conn.ws.close(code=1001, message=b"fake discord shutting down")
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def port(self) -> int:
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self._port}"

    @property
    def api_base(self) -> str:
        return f"{self.base_url}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        return f"ws://{self.host}:{self._port}/gateway"

    def patch_discord_py(self) -> contextlib.AbstractContextManager[None]:
        """``point_discord_py_at(self.api_base, self.gateway_url)``."""
        return point_discord_py_at(self.api_base, self.gateway_url)

    # -- inspection ------------------------------------------------------------------------------

    def requests_for(self, method: str | None = None, path_pattern: str | None = None) -> list[RecordedRequest]:
        """Recorded requests by method (``None``/``"*"`` = any) and path: a spec template
        (``/channels/{channel_id}/messages``), a concrete path, or an fnmatch glob."""
        out = []
        for req in self.requests:
            if method not in (None, "*") and req.method != method.upper():
                continue
            if (
                path_pattern is not None
                and path_pattern not in (req.route, req.path)
                and not fnmatch.fnmatchcase(req.path, path_pattern)
            ):
                continue
            out.append(req)
        return out

    async def wait_for_requests(
        self, method: str | None = None, path_pattern: str | None = None, n: int = 1, timeout: float = 5.0
    ) -> list[RecordedRequest]:
        """Wait until ``requests_for(method, path_pattern)`` holds ``n`` answered requests; return them."""

        def done() -> bool:
            return len([r for r in self.requests_for(method, path_pattern) if r.status is not None]) >= n

        await self._wait_gateway(done, timeout, f"{n} x {method} {path_pattern}")
        return self.requests_for(method, path_pattern)

    def channel_messages(self, channel_id: int) -> list[dict[str, Any]]:
        return list(self.messages.get(channel_id, []))

    def dm_messages(self, user_id: int) -> list[dict[str, Any]]:
        """Messages the bot sent to a user's DM channel."""
        return [m for cid, uid in self.dm_channels.items() if uid == user_id for m in self.messages.get(cid, [])]

    def reset_records(self) -> None:
        """Forget recorded requests, violations and 429 counts (state such as commands is kept)."""
        self.requests.clear()
        self.violations.clear()
        self.response_violations.clear()
        self.unhandled.clear()
        self.rate_limited_count = 0

    def describe(self, last: int = 8) -> str:
        """Short human-readable summary of recent traffic (used in timeout errors)."""
        recent = ", ".join(str(r) for r in self.requests[-last:]) or "none"
        return f"recent requests: {recent}; violations: {len(self.violations)}"

    def add_user(self, user: FakeUser | Mapping[str, Any]) -> FakeUser:
        user = FakeUser.coerce(user)
        self.users[user.id] = user
        return user

    # -- rate limits -----------------------------------------------------------------------------

    def rate_limit(self, route_pattern: str, limit: int, per: float, *, send_headers: bool = True) -> None:
        """Enforce ``limit`` requests per ``per`` seconds on e.g. ``"POST /channels/{channel_id}/messages"``
        (per major parameter, like Discord). With ``send_headers=False`` the client gets no warning
        headers, so it will actually run into 429s."""
        method, route = _route_key(route_pattern)
        bucket = hashlib.sha1(route_pattern.encode(), usedforsecurity=False).hexdigest()[:16]
        self._limits = [lim for lim in self._limits if lim.pattern != route_pattern]
        self._limits.append(_Limit(route_pattern, method, route, limit, per, send_headers, bucket))

    def global_rate_limit(self, limit: int, per: float = 1.0) -> None:
        """Enforce a global limit across all authenticated routes (429 with ``global: true``)."""
        self._global_limit = _Limit("global", "*", "*", limit, per, False, "global")

    def clear_rate_limits(self) -> None:
        """Remove all configured route/global limits and pending injected 429s."""
        self._limits.clear()
        self._global_limit = None
        self._injected.clear()

    def inject_429(
        self, route_pattern: str | None = None, *, count: int = 1, retry_after: float = 0.1, is_global: bool = False
    ) -> None:
        """Answer the next ``count`` matching requests (``None`` = any) with 429 ``retry_after``."""
        method, route = _route_key(route_pattern) if route_pattern else (None, None)
        self._injected.append(_Injected429(method, route, count, retry_after, is_global))

    def _rate_limit_check(self, req: RecordedRequest) -> tuple[dict[str, str], DiscordHTTPError | None]:
        now = time.monotonic()
        headers: dict[str, str] = {}
        for inj in self._injected:
            if inj.remaining > 0 and inj.method in (None, req.method) and inj.route in (None, req.route):
                inj.remaining -= 1
                return self._too_many(inj.retry_after, inj.is_global, "shared", None), self._error_429(
                    inj.retry_after, inj.is_global
                )
        exempt = req.path.startswith(_NO_AUTH_PREFIXES)
        if self._global_limit is not None and not exempt:
            retry = self._consume(self._global_limit, ("global",), now)
            if retry is not None:
                return self._too_many(retry, True, "global", None), self._error_429(retry, True)
        for lim in self._limits:
            if lim.method != req.method or lim.route != req.route:
                continue
            key = tuple(req.params.get(p, "") for p in _MAJOR_PARAMS)
            retry = self._consume(lim, key, now)
            if retry is not None:
                return self._too_many(retry, False, "user", lim), self._error_429(retry, False)
            start, count = lim.windows[key]
            if lim.send_headers:
                reset_after = max(0.0, start + lim.per - now)
                headers.update(
                    {
                        "X-RateLimit-Limit": str(lim.limit),
                        "X-RateLimit-Remaining": str(max(0, lim.limit - int(count))),
                        "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
                        "X-RateLimit-Reset-After": f"{reset_after:.3f}",
                        "X-RateLimit-Bucket": lim.bucket,
                    }
                )
            return headers, None
        if req.route is not None:
            bucket = hashlib.sha1(f"{req.method} {req.route}".encode(), usedforsecurity=False).hexdigest()[:16]
            headers.update(
                {
                    "X-RateLimit-Limit": "10000",
                    "X-RateLimit-Remaining": "9999",
                    "X-RateLimit-Reset": f"{time.time() + 1:.3f}",
                    "X-RateLimit-Reset-After": "1.000",
                    "X-RateLimit-Bucket": bucket,
                }
            )
        return headers, None

    @staticmethod
    def _consume(lim: _Limit, key: tuple[str, ...], now: float) -> float | None:
        window = lim.windows.get(key)
        # 5 ms of grace: clients sleeping exactly ``retry_after`` may wake a hair early.
        if window is None or now >= window[0] + lim.per - 0.005:
            window = lim.windows[key] = [now, 0]
        if window[1] >= lim.limit:
            return max(0.001, window[0] + lim.per - now)
        window[1] += 1
        return None

    def _too_many(self, retry_after: float, is_global: bool, scope: str, lim: _Limit | None) -> dict[str, str]:
        headers = {
            "Retry-After": str(max(1, math.ceil(retry_after))),
            "X-RateLimit-Scope": scope,
        }
        if is_global:
            headers["X-RateLimit-Global"] = "true"
        elif lim is None or lim.send_headers:
            headers.update(
                {
                    "X-RateLimit-Limit": str(lim.limit if lim else 1),
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": f"{time.time() + retry_after:.3f}",
                    "X-RateLimit-Reset-After": f"{retry_after:.3f}",
                }
            )
            if lim is not None:
                headers["X-RateLimit-Bucket"] = lim.bucket
        return headers

    @staticmethod
    def _error_429(retry_after: float, is_global: bool) -> DiscordHTTPError:
        err = DiscordHTTPError(429, 0, "You are being rate limited.")
        err.body = {"message": "You are being rate limited.", "retry_after": round(retry_after, 3), "global": is_global}
        return err

    # -- HTTP plumbing ---------------------------------------------------------------------------

    def _route(self, method: str, template: str) -> Callable[[_Handler], _Handler]:
        def deco(fn: _Handler) -> _Handler:
            self._routes.append((method, template, _compile(template), fn))
            return fn

        return deco

    def _match_route(self, method: str, path: str) -> tuple[str, dict[str, str], _Handler | None] | None:
        """Match a bare path to a handler; returns (template, params, handler) or None."""
        candidates = []
        for m, template, regex, fn in self._routes:
            match = regex.match(path)
            if match:
                names = re.findall(r"\{([^}]+)\}", template)
                literal = template.count("/") - len(names)
                candidates.append((literal, m == method, template, dict(zip(names, match.groups(), strict=True)), fn))
        if not candidates:
            return None
        candidates.sort(key=lambda c: (c[0], c[1]), reverse=True)
        best = [c for c in candidates if c[2] == candidates[0][2]]
        for _, same_method, template, params, fn in best:
            if same_method:
                return template, params, fn
        return candidates[0][2], candidates[0][3], None

    @staticmethod
    def _json_response(status: int, body: Any, headers: Mapping[str, str] | None = None) -> web.Response:
        all_headers = {"Via": "1.1 google", **(headers or {})}
        if body is None and status == 204:
            return web.Response(status=204, headers=all_headers)
        all_headers["Content-Type"] = "application/json"
        return web.Response(status=status, body=json.dumps(body).encode(), headers=all_headers)

    async def _read_body(self, request: web.Request, req: RecordedRequest) -> bool:
        """Parse the body into ``req.json``/``req.files``; False if it was not valid JSON."""
        ctype = request.content_type
        if not request.body_exists:
            return True
        if ctype == "multipart/form-data":
            form: dict[str, Any] = {}
            reader = await request.multipart()
            while (part := await reader.next()) is not None:
                if not isinstance(part, BodyPartReader):
                    continue
                name = part.name or ""
                data = await part.read()
                if part.filename is not None or name.startswith("files["):
                    ptype = part.headers.get("Content-Type")
                    req.files.append(UploadedFile(name, part.filename, ptype, bytes(data)))
                elif name == "payload_json":
                    try:
                        payload = json.loads(bytes(data))
                    except ValueError as exc:
                        problem = Violation(req.method, req.path, "body/payload_json", f"invalid JSON: {exc}")
                        req.violations.append(problem)
                        return False
                    if isinstance(payload, dict):
                        form.update(payload)
                    else:
                        form["payload_json"] = payload
                else:
                    form[name] = bytes(data).decode(errors="replace")
            req.json = form
            return True
        raw = await request.read()
        if not raw:
            return True
        if ctype == "application/json":
            try:
                req.json = json.loads(raw)
            except ValueError as exc:
                req.violations.append(Violation(req.method, req.path, "body", f"invalid JSON: {exc}"))
                return False
        else:
            req.json = raw.decode(errors="replace")
        return True

    async def _handle_http(self, request: web.Request) -> web.StreamResponse:
        raw_path = request.path
        if not (raw_path == API_PREFIX or raw_path.startswith(API_PREFIX + "/")):
            problem = Violation(request.method, raw_path, "route", f"not under {API_PREFIX}")
            self.violations.append(problem)
            log.warning("OpenAPI violation: %s", problem)
            return self._json_response(404, {"message": "404: Not Found", "code": 0})
        path = raw_path[len(API_PREFIX) :] or "/"
        headers = {h: request.headers[h] for h in _HEADERS_OF_INTEREST if h in request.headers}
        req = RecordedRequest(
            method=request.method,
            path=path,
            query=dict(request.query),
            headers=headers,
            content_type=request.content_type if request.body_exists else None,
            json=None,
            files=[],
        )
        self.requests.append(req)
        body_ok = await self._read_body(request, req)
        matched = self._match_route(req.method, path)
        handler: _Handler | None = None
        if matched is not None:
            req.route, req.params, handler = matched
        if self.validator is not None:
            spec_match = self.validator.match(path, req.method)
            if spec_match is not None:  # name routes like the spec does (e.g. ".../messages/@original")
                req.route = spec_match.template
                req.params = {**spec_match.params, **req.params}
        if self.validator is not None and self.validate and body_ok:
            req.violations.extend(
                self.validator.validate_request(
                    req.method,
                    path,
                    query=req.query,
                    content_type=req.content_type,
                    body=req.json,
                    has_body=req.json is not None or bool(req.files),
                )
            )
        self.violations.extend(req.violations)
        for violation in req.violations:
            log.warning("OpenAPI violation: %s", violation)

        status, body, extra_headers = await self._dispatch(req, handler, body_ok)
        req.status, req.response, req.response_headers = status, body, extra_headers
        await self._gateway_notify()
        if self.validator is not None and self.validate_responses and status < 300:
            problems = self.validator.validate_response(req.method, path, status, body)
            self.response_violations.extend(problems)
            for problem in problems:
                log.warning("fake response does not match spec: %s", problem)
        return self._json_response(status, body, extra_headers)

    async def _dispatch(
        self, req: RecordedRequest, handler: _Handler | None, body_ok: bool
    ) -> tuple[int, Any, dict[str, str]]:
        if not req.path.startswith(_NO_AUTH_PREFIXES) and req.headers.get("Authorization") != f"Bot {self.token}":
            return 401, {"message": "401: Unauthorized", "code": 0}, {}
        headers, limited = self._rate_limit_check(req)
        if limited is not None:
            self.rate_limited_count += 1
            return limited.status, limited.body, headers
        if not body_ok:
            return 400, {"message": "The request body contains invalid JSON.", "code": 50109}, headers
        body_violations = [v for v in req.violations if v.location.startswith("body")]
        if self.reject_invalid and body_violations:
            errors: dict[str, Any] = {}
            for v in body_violations:
                node = errors
                for part in v.location.split("/")[1:]:
                    node = node.setdefault(part, {})
                node.setdefault("_errors", []).append({"code": "BASE_TYPE_INVALID", "message": v.message})
            return 400, {"message": "Invalid Form Body", "code": 50035, "errors": errors}, headers
        if handler is None:
            if req.route is not None and not any(v.location == "route" for v in req.violations):
                self.unhandled.append(req)
                log.warning("fake discord does not implement %s %s", req.method, req.route)
            return 404, {"message": "404: Not Found", "code": 0}, headers
        too_big = [f for f in req.files if len(f.data) > self.attachment_size_limit]
        if too_big:
            return 413, {"message": "Request entity too large", "code": 40005}, headers
        try:
            status, body = await handler(req)
        except DiscordHTTPError as err:
            return err.status, err.body, headers
        return status, body, headers

    async def _handle_attachment(self, request: web.Request) -> web.StreamResponse:
        try:
            _, content_type, data = self.attachments[int(request.match_info["attachment_id"])]
        except (KeyError, ValueError):
            return web.Response(status=404, text="Not Found")
        return web.Response(body=data, headers={"Content-Type": content_type})

    # -- payload builders ------------------------------------------------------------------------

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
            "channels": [c.to_payload(guild.id) for c in guild.channels],
            "threads": [],
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
            raise _not_found("Guild", 10004) from None

    def _find_channel(self, channel_id: int) -> tuple[FakeGuild | None, dict[str, Any]]:
        for guild in self.guilds.values():
            channel = guild.channel(channel_id)
            if channel is not None:
                return guild, channel.to_payload(guild.id)
        if channel_id in self.dm_channels:
            return None, self._dm_channel(channel_id)
        raise _not_found("Channel", 10003)

    def _dm_channel(self, channel_id: int) -> dict[str, Any]:
        user = self.users[self.dm_channels[channel_id]]
        return {
            "id": str(channel_id),
            "type": 1,
            "last_message_id": None,
            "flags": 0,
            "last_pin_timestamp": None,
            "recipients": [user.to_payload()],
        }

    def _store_files(self, channel_id: int, req: RecordedRequest, body: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Turn uploaded ``files[n]`` parts into attachment objects served by the fake."""
        described = {str(a.get("id")): a for a in body.get("attachments") or [] if isinstance(a, dict)}
        out = []
        for upload in req.files:
            index = upload.field[len("files[") : -1] if upload.field.startswith("files[") else upload.field
            meta = described.get(index, {})
            filename = meta.get("filename") or upload.filename or f"file{index}"
            content_type = upload.content_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
            if content_type == "application/octet-stream":
                content_type = mimetypes.guess_type(filename)[0] or content_type
            attachment_id = snowflake()
            self.attachments[attachment_id] = (filename, content_type, upload.data)
            url = f"{self.base_url}/attachments/{channel_id}/{attachment_id}/{quote(filename)}"
            attachment = {
                "id": str(attachment_id),
                "filename": filename,
                "size": len(upload.data),
                "url": url,
                "proxy_url": url,
                "content_type": content_type,
            }
            if meta.get("description"):
                attachment["description"] = meta["description"]
            out.append(attachment)
        return out

    @staticmethod
    def _components(components: Sequence[Mapping[str, Any]] | None) -> list[dict[str, Any]]:
        """Copy components, numbering them (``id``) depth-first like Discord does."""
        counter = itertools.count(1)
        used = set()

        def walk(items: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
            out = []
            for item in items:
                copy = dict(item)
                if isinstance(copy.get("components"), list):
                    copy["components"] = walk(copy["components"])
                if isinstance(copy.get("component"), dict):
                    copy["component"] = walk([copy["component"]])[0]
                if isinstance(copy.get("accessory"), dict):
                    copy["accessory"] = walk([copy["accessory"]])[0]
                out.append(copy)
            return out

        def number(items: list[dict[str, Any]]) -> None:
            for item in items:
                if not isinstance(item.get("id"), int):
                    item["id"] = next(i for i in counter if i not in used)
                used.add(item["id"])
                for key in ("components",):
                    if isinstance(item.get(key), list):
                        number(item[key])
                for key in ("component", "accessory"):
                    if isinstance(item.get(key), dict):
                        number([item[key]])

        copied = walk(components or [])
        for item in _iter_components(copied):
            if isinstance(item.get("id"), int):
                used.add(item["id"])
        number(copied)
        return copied

    @staticmethod
    def _embeds(body: Mapping[str, Any]) -> list[dict[str, Any]]:
        return [{"type": "rich", **e} for e in body.get("embeds") or []]

    def _make_message(
        self,
        channel_id: int,
        body: Mapping[str, Any],
        req: RecordedRequest | None,
        *,
        message_type: int = 0,
        flags: int = 0,
        interaction: InteractionResult | None = None,
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "id": str(snowflake()),
            "channel_id": str(channel_id),
            "type": message_type,
            "content": body.get("content") or "",
            "author": self.bot_user.to_payload(),
            "timestamp": _iso_now(),
            "edited_timestamp": None,
            "tts": bool(body.get("tts")),
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": self._store_files(channel_id, req, body) if req else [],
            "embeds": self._embeds(body),
            "pinned": False,
            "flags": (body.get("flags") or 0) | flags,
            "components": self._components(body.get("components")),
        }
        if body.get("poll"):
            message["poll"] = body["poll"]
        if interaction is not None:
            message["webhook_id"] = str(self.application_id)
            message["application_id"] = str(self.application_id)
            message["interaction_metadata"] = self._interaction_metadata(interaction)
            if interaction.original is not None and interaction.original["id"] != message["id"]:
                message["interaction_metadata"]["original_response_message_id"] = interaction.original["id"]
            guild_id = interaction.payload.get("guild_id")
            if guild_id:
                message["guild_id"] = guild_id
        return message

    def _interaction_metadata(self, interaction: InteractionResult) -> dict[str, Any]:
        payload = interaction.payload
        metadata: dict[str, Any] = {
            "id": str(interaction.id),
            "type": interaction.type,
            "user": payload.get("member", {}).get("user") or payload.get("user"),
            "authorizing_integration_owners": payload.get("authorizing_integration_owners", {}),
        }
        if interaction.type == 3 and interaction.message is not None:
            metadata["interacted_message_id"] = interaction.message["id"]
        if interaction.type == 5:
            trigger = interaction.triggered_by
            metadata["triggering_interaction_metadata"] = (
                self._interaction_metadata(trigger)
                if trigger is not None
                else {"id": str(snowflake()), "type": 2, "authorizing_integration_owners": {}}
            )
        return metadata

    def _apply_edit(self, message: dict[str, Any], body: Mapping[str, Any], req: RecordedRequest) -> dict[str, Any]:
        channel_id = int(message["channel_id"])
        for key in ("content", "poll", "flags"):
            if key in body:
                message[key] = body[key]
        if "components" in body:
            message["components"] = self._components(body["components"])
        if "content" in body and body["content"] is None:
            message["content"] = ""
        if "embeds" in body:
            message["embeds"] = self._embeds(body)
        if "attachments" in body and body["attachments"] is not None:
            keep = {str(a.get("id")) for a in body["attachments"] if isinstance(a, dict)}
            message["attachments"] = [a for a in message["attachments"] if a["id"] in keep]
        message["attachments"].extend(self._store_files(channel_id, req, body))
        message["flags"] = (message.get("flags") or 0) & ~LOADING
        message["edited_timestamp"] = _iso_now()
        return message

    def _store_message(self, message: dict[str, Any]) -> None:
        self.messages.setdefault(int(message["channel_id"]), []).append(message)

    def _find_message(self, channel_id: int, message_id: int) -> dict[str, Any]:
        for message in self.messages.get(channel_id, []):
            if int(message["id"]) == message_id:
                return message
        raise _not_found("Message", 10008)

    # -- REST routes -----------------------------------------------------------------------------

    def _register_routes(self) -> None:
        route = self._route

        @route("GET", "/users/@me")
        async def get_me(req: RecordedRequest) -> tuple[int, Any]:
            return 200, self._bot_pii()

        @route("GET", "/users/{user_id}")
        async def get_user(req: RecordedRequest) -> tuple[int, Any]:
            user = self.users.get(int(req.params["user_id"]))
            if user is None:
                raise _not_found("User", 10013)
            return 200, user.to_payload()

        @route("GET", "/gateway")
        async def get_gateway(req: RecordedRequest) -> tuple[int, Any]:
            return 200, {"url": self.gateway_url}

        @route("GET", "/gateway/bot")
        async def get_gateway_bot(req: RecordedRequest) -> tuple[int, Any]:
            limit = {"total": 1000, "remaining": 999, "reset_after": 14_400_000, "max_concurrency": 1}
            return 200, {"url": self.gateway_url, "shards": 1, "session_start_limit": limit}

        @route("GET", "/applications/@me")
        @route("GET", "/oauth2/applications/@me")
        async def get_application(req: RecordedRequest) -> tuple[int, Any]:
            return 200, self._application()

        # Application commands ---------------------------------------------------------------
        def commands_for(req: RecordedRequest) -> tuple[list[dict[str, Any]], int | None]:
            if int(req.params["application_id"]) != self.application_id:
                raise DiscordHTTPError(403, 50001, "Missing Access")
            if "guild_id" in req.params:
                guild = self._guild(req.params["guild_id"])
                return self.guild_commands.setdefault(guild.id, []), guild.id
            return self.global_commands, None

        def build_command(body: Mapping[str, Any], guild_id: int | None, existing: Sequence[dict[str, Any]]):
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
        async def list_commands(req: RecordedRequest) -> tuple[int, Any]:
            commands, _ = commands_for(req)
            return 200, commands

        @route("PUT", "/applications/{application_id}/commands")
        @route("PUT", "/applications/{application_id}/guilds/{guild_id}/commands")
        async def put_commands(req: RecordedRequest) -> tuple[int, Any]:
            commands, guild_id = commands_for(req)
            new = [build_command(body, guild_id, commands) for body in req.json or []]
            commands[:] = new
            return 200, new

        @route("POST", "/applications/{application_id}/commands")
        @route("POST", "/applications/{application_id}/guilds/{guild_id}/commands")
        async def post_command(req: RecordedRequest) -> tuple[int, Any]:
            commands, guild_id = commands_for(req)
            command = build_command(req.json, guild_id, commands)
            existed = any(c["id"] == command["id"] for c in commands)
            commands[:] = [c for c in commands if c["id"] != command["id"]] + [command]
            return (200 if existed else 201), command

        def find_command(req: RecordedRequest) -> tuple[list[dict[str, Any]], dict[str, Any], int | None]:
            commands, guild_id = commands_for(req)
            for command in commands:
                if command["id"] == req.params["command_id"]:
                    return commands, command, guild_id
            raise _not_found("application command", 10063)

        @route("GET", "/applications/{application_id}/commands/{command_id}")
        @route("GET", "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}")
        async def get_command(req: RecordedRequest) -> tuple[int, Any]:
            return 200, find_command(req)[1]

        @route("PATCH", "/applications/{application_id}/commands/{command_id}")
        @route("PATCH", "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}")
        async def patch_command(req: RecordedRequest) -> tuple[int, Any]:
            _, command, guild_id = find_command(req)
            merged = {**command, **(req.json or {})}
            command.update(build_command(merged, guild_id, [command]))
            return 200, command

        @route("DELETE", "/applications/{application_id}/commands/{command_id}")
        @route("DELETE", "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}")
        async def delete_command(req: RecordedRequest) -> tuple[int, Any]:
            commands, command, _ = find_command(req)
            commands.remove(command)
            return 204, None

        # Interaction callback + followups ----------------------------------------------------
        @route("POST", "/interactions/{interaction_id}/{interaction_token}/callback")
        async def callback(req: RecordedRequest) -> tuple[int, Any]:
            return await self._interaction_callback(req)

        def interaction_for(req: RecordedRequest) -> InteractionResult:
            if int(req.params["webhook_id"]) != self.application_id:
                raise _not_found("Webhook", 10015)
            for result in self.interactions.values():
                if result.token == req.params["webhook_token"]:
                    return result
            raise _not_found("Webhook", 10015)

        @route("POST", "/webhooks/{webhook_id}/{webhook_token}")
        async def followup(req: RecordedRequest) -> tuple[int, Any]:
            result = interaction_for(req)
            if result.callback is None:
                raise _not_found("Webhook", 10015)
            body = req.json or {}
            message = self._make_message(result.channel_id or 0, body, req, interaction=result)
            result.followups.append(message)
            if not message["flags"] & EPHEMERAL:
                self._store_message(message)
            await result._notify("followup")
            wait = req.query.get("wait", "false").lower() in ("1", "true")
            return (200, message) if wait else (204, None)

        def webhook_message(req: RecordedRequest) -> tuple[InteractionResult, dict[str, Any]]:
            result = interaction_for(req)
            message_id = req.params["message_id"]
            if message_id == "@original":
                if result.original is None or result.original_deleted:
                    raise _not_found("Message", 10008)
                return result, result.original
            for message in [result.original, *result.followups]:
                if message is not None and message["id"] == message_id:
                    return result, message
            raise _not_found("Message", 10008)

        @route("GET", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}")
        async def get_webhook_message(req: RecordedRequest) -> tuple[int, Any]:
            return 200, webhook_message(req)[1]

        @route("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}")
        async def edit_webhook_message(req: RecordedRequest) -> tuple[int, Any]:
            result, message = webhook_message(req)
            self._apply_edit(message, req.json or {}, req)
            if message is result.original:
                result.edits.append(req.json or {})
            await result._notify("edit")
            return 200, message

        @route("DELETE", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}")
        async def delete_webhook_message(req: RecordedRequest) -> tuple[int, Any]:
            result, message = webhook_message(req)
            if message is result.original:
                result.original_deleted = True
            else:
                result.followups.remove(message)
            channel = self.messages.get(int(message["channel_id"]), [])
            if message in channel:
                channel.remove(message)
            await result._notify("delete")
            return 204, None

        # Channels & messages ------------------------------------------------------------------
        @route("GET", "/channels/{channel_id}")
        async def get_channel(req: RecordedRequest) -> tuple[int, Any]:
            return 200, self._find_channel(int(req.params["channel_id"]))[1]

        @route("POST", "/channels/{channel_id}/messages")
        async def create_message(req: RecordedRequest) -> tuple[int, Any]:
            channel_id = int(req.params["channel_id"])
            self._find_channel(channel_id)
            recipient = self.users.get(self.dm_channels.get(channel_id, -1))
            if recipient is not None and recipient.dms_closed:
                raise DiscordHTTPError(403, 50007, "Cannot send messages to this user")
            message = self._make_message(channel_id, req.json or {}, req)
            self._store_message(message)
            return 200, message

        @route("GET", "/channels/{channel_id}/messages")
        async def list_messages(req: RecordedRequest) -> tuple[int, Any]:
            channel_id = int(req.params["channel_id"])
            self._find_channel(channel_id)
            limit = int(req.query.get("limit", "50"))
            return 200, list(reversed(self.messages.get(channel_id, [])))[:limit]

        @route("GET", "/channels/{channel_id}/messages/{message_id}")
        async def get_message(req: RecordedRequest) -> tuple[int, Any]:
            return 200, self._find_message(int(req.params["channel_id"]), int(req.params["message_id"]))

        @route("PATCH", "/channels/{channel_id}/messages/{message_id}")
        async def edit_message(req: RecordedRequest) -> tuple[int, Any]:
            message = self._find_message(int(req.params["channel_id"]), int(req.params["message_id"]))
            return 200, self._apply_edit(message, req.json or {}, req)

        @route("DELETE", "/channels/{channel_id}/messages/{message_id}")
        async def delete_message(req: RecordedRequest) -> tuple[int, Any]:
            channel_id = int(req.params["channel_id"])
            message = self._find_message(channel_id, int(req.params["message_id"]))
            self.messages[channel_id].remove(message)
            return 204, None

        @route("POST", "/users/@me/channels")
        async def create_dm(req: RecordedRequest) -> tuple[int, Any]:
            user_id = int((req.json or {}).get("recipient_id", 0))
            user = self.users.get(user_id) or self.add_user(FakeUser(id=user_id, username=f"user{user_id}"))
            channel_id = next((cid for cid, uid in self.dm_channels.items() if uid == user.id), None)
            if channel_id is None:
                channel_id = snowflake()
                self.dm_channels[channel_id] = user.id
            return 200, self._dm_channel(channel_id)

        # Guilds ---------------------------------------------------------------------------------
        @route("GET", "/guilds/{guild_id}")
        async def get_guild(req: RecordedRequest) -> tuple[int, Any]:
            return 200, self._guild_rest(self._guild(req.params["guild_id"]))

        @route("GET", "/guilds/{guild_id}/roles")
        async def get_roles(req: RecordedRequest) -> tuple[int, Any]:
            return 200, [r.to_payload() for r in self._guild(req.params["guild_id"]).roles]

        @route("GET", "/guilds/{guild_id}/channels")
        async def get_channels(req: RecordedRequest) -> tuple[int, Any]:
            guild = self._guild(req.params["guild_id"])
            return 200, [c.to_payload(guild.id) for c in guild.channels]

        @route("GET", "/guilds/{guild_id}/members/{user_id}")
        async def get_member(req: RecordedRequest) -> tuple[int, Any]:
            guild = self._guild(req.params["guild_id"])
            user_id = int(req.params["user_id"])
            member = self._bot_member(guild) if user_id == self.bot_user.id else guild.member(user_id)
            if member is None:
                raise _not_found("Member", 10007)
            return 200, member.to_payload()

        # Scheduled events -----------------------------------------------------------------------
        def events_of(req: RecordedRequest) -> tuple[FakeGuild, dict[int, dict[str, Any]]]:
            guild = self._guild(req.params["guild_id"])
            return guild, self.scheduled_events.setdefault(guild.id, {})

        def find_event(req: RecordedRequest) -> dict[str, Any]:
            _, events = events_of(req)
            try:
                return events[int(req.params["guild_scheduled_event_id"])]
            except (KeyError, ValueError):
                raise _not_found("Guild Scheduled Event", 10070) from None

        def with_count(event: dict[str, Any], req: RecordedRequest) -> dict[str, Any]:
            if req.query.get("with_user_count", "").lower() in ("1", "true"):
                return {**event, "user_count": 0}
            return event

        @route("GET", "/guilds/{guild_id}/scheduled-events")
        async def list_events(req: RecordedRequest) -> tuple[int, Any]:
            _, events = events_of(req)
            return 200, [with_count(e, req) for e in events.values()]

        @route("POST", "/guilds/{guild_id}/scheduled-events")
        async def create_event(req: RecordedRequest) -> tuple[int, Any]:
            guild, events = events_of(req)
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
        async def get_event(req: RecordedRequest) -> tuple[int, Any]:
            return 200, with_count(find_event(req), req)

        @route("PATCH", "/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}")
        async def edit_event(req: RecordedRequest) -> tuple[int, Any]:
            event = find_event(req)
            for key, value in (req.json or {}).items():
                if key in event or key in ("status", "entity_metadata", "scheduled_end_time", "description"):
                    event[key] = str(value) if key == "channel_id" and value is not None else value
            return 200, event

        @route("DELETE", "/guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}")
        async def delete_event(req: RecordedRequest) -> tuple[int, Any]:
            event = find_event(req)
            del self.scheduled_events[int(event["guild_id"])][int(event["id"])]
            return 204, None

    # -- interaction callback --------------------------------------------------------------------

    async def _interaction_callback(self, req: RecordedRequest) -> tuple[int, Any]:
        result = self.interactions.get(int(req.params["interaction_id"]))
        if result is None or result.token != req.params["interaction_token"]:
            raise _not_found("interaction", 10062)
        if result.callback is not None:
            raise DiscordHTTPError(400, 40060, "Interaction has already been acknowledged.")
        now = time.perf_counter()
        if self.callback_deadline is not None and now - result.sent_at > self.callback_deadline:
            raise _not_found("interaction", 10062)
        body = req.json or {}
        ctype = body.get("type")
        data = body.get("data")
        result.callback = {"type": ctype, "data": data}
        result.callback_at = now
        result.callback_files = list(req.files)
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

    # -- gateway ---------------------------------------------------------------------------------

    async def _handle_gateway(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(compress=False, max_msg_size=0, autoping=True)
        await ws.prepare(request)
        self.gateway_queries.append(dict(request.query))
        compress = request.query.get("compress") == "zlib-stream"
        if request.query.get("encoding", "json") != "json":
            await ws.close(code=4002, message=b"only json encoding is supported by the fake")
            return ws
        conn = _GatewayConnection(ws, compress)
        self._connections.add(conn)
        self.gateway_connections += 1
        try:
            await conn.send({"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval, "_trace": ["fake"]}})
            async for msg in ws:
                if msg.type in (WSMsgType.TEXT, WSMsgType.BINARY):
                    try:
                        payload = json.loads(msg.data)
                    except ValueError:
                        await ws.close(code=4002, message=b"Error while decoding payload.")
                        break
                    await self._on_gateway_message(conn, payload)
                elif msg.type == WSMsgType.ERROR:
                    break
        finally:
            self._connections.discard(conn)
            if conn.session is not None and conn.session.connection is conn:
                conn.session.connection = None
            await self._gateway_notify()
        return ws

    async def _gateway_notify(self) -> None:
        if self._gateway_changed is not None:
            async with self._gateway_changed:
                self._gateway_changed.notify_all()

    async def _on_gateway_message(self, conn: _GatewayConnection, payload: Mapping[str, Any]) -> None:
        op, data = payload.get("op"), payload.get("d")
        if conn.session is None and op not in (1, 2, 6):
            await conn.ws.close(code=4003, message=b"Not authenticated.")
        elif op == 2 and conn.session is not None:
            await conn.ws.close(code=4005, message=b"Already authenticated.")
        elif op == 1:
            self.heartbeat_count += 1
            await conn.send({"op": 11})
        elif op == 2:
            await self._identify(conn, data or {})
        elif op == 6:
            await self._resume(conn, data or {})
        elif op == 8:
            await self._request_members(conn, data or {})
        elif op in (3, 4):
            pass  # presence / voice state updates are accepted and ignored
        else:
            await conn.ws.close(code=4001, message=b"Unknown opcode")

    async def _identify(self, conn: _GatewayConnection, data: Mapping[str, Any]) -> None:
        if data.get("token") not in (self.token, f"Bot {self.token}"):
            await conn.ws.close(code=4004, message=b"Authentication failed.")
            return
        self.identify_payloads.append(dict(data))
        privileged = int(data.get("intents") or 0) & PRIVILEGED_INTENTS
        if self.allowed_privileged_intents is not None and privileged & ~self.allowed_privileged_intents:
            await conn.ws.close(code=4014, message=b"Disallowed intent(s).")
            return
        session = _Session(id=secrets.token_hex(16), shard=data.get("shard"), intents=int(data.get("intents") or 0))
        self._sessions[session.id] = session
        session.connection = conn
        conn.session = session
        ready: dict[str, Any] = {
            "v": 10,
            "user": self._bot_pii(),
            "guilds": [{"id": str(g.id), "unavailable": True} for g in self.guilds.values()],
            "session_id": session.id,
            "session_type": "normal",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.application_id), "flags": self.application_flags},
            "private_channels": [],
            "presences": [],
            "relationships": [],
            "guild_join_requests": [],
            "user_settings": {},
            "geo_ordered_rtc_regions": ["fake"],
            "_trace": ["fake-discord"],
        }
        if session.shard is not None:
            ready["shard"] = session.shard
        await self._send_dispatch(session, "READY", ready)
        if session.intents & GUILDS_INTENT:
            large_threshold = int(data.get("large_threshold") or 50)
            for guild in self.guilds.values():
                await self._send_dispatch(session, "GUILD_CREATE", self._guild_create(guild, large_threshold))
        self.identify_count += 1
        await self._gateway_notify()

    async def _resume(self, conn: _GatewayConnection, data: Mapping[str, Any]) -> None:
        session = self._sessions.get(str(data.get("session_id")))
        if session is None or data.get("token") not in (self.token, f"Bot {self.token}"):
            await conn.send({"op": 9, "d": False})
            return
        old = session.connection
        if old is not None and old is not conn:
            with contextlib.suppress(Exception):
                await old.ws.close(code=4000, message=b"session resumed elsewhere")
        session.connection = conn
        conn.session = session
        last_seq = int(data.get("seq") or 0)
        for seq, text in list(session.history):
            if seq > last_seq:
                await conn.send_raw(text)
        await self._send_dispatch(session, "RESUMED", {"_trace": ["fake-discord"]})
        self.resume_count += 1
        await self._gateway_notify()

    async def _request_members(self, conn: _GatewayConnection, data: Mapping[str, Any]) -> None:
        if conn.session is None:
            return
        guild = self.guilds.get(int(data.get("guild_id") or 0))
        if guild is None:
            return
        members = [self._bot_member(guild), *guild.all_members()]
        user_ids = data.get("user_ids")
        not_found: list[str] = []
        if user_ids is not None:
            wanted = {int(u) for u in (user_ids if isinstance(user_ids, list) else [user_ids])}
            members = [m for m in members if m.user.id in wanted]
            not_found = [str(u) for u in wanted - {m.user.id for m in members}]
        else:
            query = str(data.get("query") or "").lower()
            members = [m for m in members if m.user.username.lower().startswith(query)]
            limit = int(data.get("limit") or 0)
            if limit:
                members = members[:limit]
        chunks = [members[i : i + 1000] for i in range(0, len(members), 1000)] or [[]]
        for index, chunk in enumerate(chunks):
            payload: dict[str, Any] = {
                "guild_id": str(guild.id),
                "members": [m.to_payload() for m in chunk],
                "chunk_index": index,
                "chunk_count": len(chunks),
            }
            if data.get("nonce") is not None:
                payload["nonce"] = data["nonce"]
            if not_found and index == 0:
                payload["not_found"] = not_found
            await self._send_dispatch(conn.session, "GUILD_MEMBERS_CHUNK", payload)

    async def _send_dispatch(self, session: _Session, event: str, data: Any) -> None:
        session.seq += 1
        text = json.dumps({"op": 0, "t": event, "s": session.seq, "d": data}, separators=(",", ":"))
        session.history.append((session.seq, text))
        if session.connection is not None:
            await session.connection.send_raw(text)

    async def dispatch(self, event: str, data: Any) -> None:
        """Send a DISPATCH event to every live session (waiting for an IDENTIFY first if needed).
        Events for a temporarily disconnected session are replayed on RESUME."""
        if not self._sessions:
            await self.wait_until_identified()
        for session in self._sessions.values():
            await self._send_dispatch(session, event, data)

    async def _wait_gateway(self, predicate: Callable[[], bool], timeout: float, what: str) -> None:
        """Wait for ``predicate`` (re-checked on gateway events and answered requests)."""
        assert self._gateway_changed is not None, "FakeDiscord is not started"
        async with self._gateway_changed:
            try:
                await asyncio.wait_for(self._gateway_changed.wait_for(predicate), timeout)
            except TimeoutError:
                raise TimeoutError(f"fake discord: {what} did not happen within {timeout}s") from None

    async def wait_until_identified(self, count: int = 1, timeout: float = 10.0) -> None:
        """Wait until ``count`` IDENTIFYs were answered with READY (+ GUILD_CREATEs)."""
        await self._wait_gateway(lambda: self.identify_count >= count, timeout, f"IDENTIFY #{count}")

    async def wait_until_resumed(self, count: int = 1, timeout: float = 10.0) -> None:
        """Wait until ``count`` RESUMEs were answered with RESUMED."""
        await self._wait_gateway(lambda: self.resume_count >= count, timeout, f"RESUME #{count}")

    async def wait_until_disconnected(self, timeout: float = 10.0) -> None:
        """Wait until no gateway connection is open."""
        await self._wait_gateway(lambda: not self._connections, timeout, "gateway disconnect")

    async def disconnect_gateway(self, code: int = 4000) -> None:
        """Close every gateway connection (4000 is resumable; discord.py then RESUMEs)."""
        for conn in list(self._connections):
            await conn.ws.close(code=code, message=b"fake discord: disconnect requested")

    async def request_reconnect(self) -> None:
        """Send op 7 RECONNECT on every connection."""
        for conn in list(self._connections):
            await conn.send({"op": 7, "d": None})

    async def invalidate_sessions(self, resumable: bool = False) -> None:
        """Send op 9 INVALID_SESSION; non-resumable sessions are forgotten."""
        for conn in list(self._connections):
            await conn.send({"op": 9, "d": resumable})
            if not resumable and conn.session is not None:
                self._sessions.pop(conn.session.id, None)

    # -- sending interactions --------------------------------------------------------------------

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
            member = FakeMember(user=who, roles=role_ids, joined_at=member.joined_at if member else _iso_now())
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
        self, spec: Mapping[str, Any], value: Any, resolved: dict[str, dict[str, Any]], guild: FakeGuild | None
    ) -> Any:
        otype = spec["type"]
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
    ) -> list[dict[str, Any]]:
        by_name = {s["name"]: s for s in specs}
        if path:
            head, *rest = path
            spec = by_name.get(head)
            if spec is None or spec["type"] not in (1, 2):
                raise ValueError(f"no subcommand/group {head!r}; available: {sorted(by_name)}")
            inner = self._build_options(spec.get("options") or [], rest, values, resolved, guild, focused)
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
                typed = self._typed_option(spec, value, resolved, guild)
                options.append({"type": spec["type"], "name": name, "value": typed})
        if focused is None:
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
            "options": self._build_options(command.get("options") or [], path, options or {}, resolved, guild, focused),
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
    ) -> InteractionResult:
        """Send a slash command (INTERACTION_CREATE type 2) and wait for the bot's callback.

        ``name`` may include the subcommand path (``"setup channel"``); ``options`` is ``{name: value}``
        typed via the registered command (users/roles/channels by id or Fake* object, attachments as
        :class:`FakeAttachment` or ``(filename, bytes)``).
        """
        _, guild, payload = self._context(
            user=user, guild_id=guild_id, channel_id=channel_id, roles=roles, permissions=permissions, dm=dm
        )
        payload.update(
            id=str(snowflake()),
            type=2,
            token=_interaction_token(),
            locale=locale,
            data=self._command_payload(name, subcommand, options, guild, None),
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
        guild_id: int | None = None,
        channel_id: int | None = None,
        dm: bool = False,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """Send an autocomplete interaction (type 4) with ``focused`` option; return the choices."""
        _, guild, payload = self._context(
            user=user, guild_id=guild_id, channel_id=channel_id, roles=None, permissions=None, dm=dm
        )
        values = dict(options or {})
        values.setdefault(focused, "")
        payload.update(
            id=str(snowflake()),
            type=4,
            token=_interaction_token(),
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
        payload.update(id=str(snowflake()), type=3, token=_interaction_token(), data=data, message=message)
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
        payload.update(id=str(snowflake()), type=5, token=_interaction_token(), data=data)
        return await self._send_interaction(payload, wait, timeout, triggered_by=trigger)


def _iter_components(items: Iterable[Mapping[str, Any]]) -> Iterator[Mapping[str, Any]]:
    for item in items:
        yield item
        yield from _iter_components(item.get("components") or [])
        for key in ("component", "accessory"):
            if isinstance(item.get(key), dict):
                yield from _iter_components([item[key]])


def _interaction_token() -> str:
    return "aW50ZXJhY3Rpb246" + secrets.token_urlsafe(96)


# ---------------------------------------------------------------------------------------------------
# discord.py helpers
# ---------------------------------------------------------------------------------------------------


# The one place that points discord.py elsewhere is the bot's own (bot.discord_app.endpoints).
point_discord_py_at = discord_pointed_at


@contextlib.asynccontextmanager
async def connect_bot(
    fake: FakeDiscord, client: discord.Client, *, token: str | None = None, timeout: float = 10.0
) -> AsyncIterator[discord.Client]:
    """Run ``client.start(token)`` against ``fake`` until it is ready; close it on exit.

    Errors from ``start`` (e.g. :class:`discord.LoginFailure`) propagate. Give bots a small
    ``guild_ready_timeout`` (e.g. 0.1) or readiness takes 2 s.
    """
    with fake.patch_discord_py():
        start = asyncio.create_task(client.start(token or fake.token), name="fake-discord-bot")
        ready = asyncio.create_task(client.wait_until_ready())
        try:
            done, _ = await asyncio.wait({start, ready}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
            if start in done:
                start.result()  # raises the login/connect error
                raise RuntimeError("client.start() returned before the client became ready")
            if ready not in done:
                raise TimeoutError(f"bot not ready within {timeout}s; {fake.describe()}")
            yield client
        finally:
            ready.cancel()
            if not client.is_closed():
                await client.close()
            if not start.done():
                try:
                    await asyncio.wait_for(start, timeout=5)
                except (TimeoutError, asyncio.CancelledError):
                    start.cancel()
            elif not start.cancelled():
                start.exception()  # retrieved; re-raised above when relevant
