"""The fake's data: users, roles, channels, members and guilds as tests declare them, the requests it records,
its constants (permissions, flags, intents) and Discord's error format."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .openapi import Violation

DEFAULT_TOKEN = "fake-bot-token.for-tests-only"
DISCORD_EPOCH_MS = 1_420_070_400_000
ADMINISTRATOR = 1 << 3
ALL_PERMISSIONS = (1 << 51) - 1
# CREATE_INSTANT_INVITE, ADD_REACTIONS, VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS, ATTACH_FILES,
# READ_MESSAGE_HISTORY, USE_EXTERNAL_EMOJIS, CONNECT, SPEAK, CHANGE_NICKNAME, USE_APPLICATION_COMMANDS,
# CREATE_PUBLIC_THREADS, SEND_MESSAGES_IN_THREADS
DEFAULT_EVERYONE_PERMISSIONS = sum(1 << bit for bit in (0, 6, 10, 11, 14, 15, 16, 18, 20, 21, 26, 31, 35, 38))
EPHEMERAL = 1 << 6
READ_MESSAGE_HISTORY, MANAGE_THREADS = 1 << 16, 1 << 34
THREAD_TYPES = (10, 11, 12)  # announcement, public and private threads
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


def iso_now() -> str:
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
    """A guild channel (type 0 text, 2 voice, 4 category, 5 announcement, 13 stage, 15 forum) or a thread (11
    public, 12 private: `owner_id`, `applied_tags`, `archived`, `locked`, `members`, and `archive_timestamp`, when
    its archived state last changed, which orders the archived-thread lists). A forum has `available_tags`
    (Discord's tag objects, with ids)."""

    id: int
    name: str
    type: int = 0
    position: int = 0
    parent_id: int | None = None
    topic: str | None = None
    nsfw: bool = False
    available_tags: list[dict[str, Any]] = field(default_factory=list)
    owner_id: int | None = None
    applied_tags: list[int] = field(default_factory=list)
    archived: bool = False
    locked: bool = False
    flags: int = 0
    members: list[int] = field(default_factory=list)
    archive_timestamp: str = "2024-01-01T00:00:00+00:00"

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
        payload["flags"] = self.flags
        if self.type in (0, 5, 15):
            payload.update(topic=self.topic, last_message_id=None, rate_limit_per_user=0)
        if self.type == 15:
            payload.update(
                available_tags=self.available_tags,
                default_reaction_emoji=None,
                default_sort_order=None,
                default_forum_layout=0,
                default_thread_rate_limit_per_user=0,
                default_auto_archive_duration=4320,
            )
        if self.type in (11, 12):
            payload.update(
                owner_id=None if self.owner_id is None else str(self.owner_id),
                applied_tags=[str(t) for t in self.applied_tags],
                last_message_id=None,
                rate_limit_per_user=0,
                message_count=0,
                member_count=len(self.members),
                total_message_sent=0,
                thread_metadata={
                    "archived": self.archived,
                    "auto_archive_duration": 4320,
                    "archive_timestamp": self.archive_timestamp,
                    "locked": self.locked,
                    **({"invitable": False} if self.type == 12 else {}),
                },
            )
            payload.pop("permission_overwrites", None)
            payload.pop("position", None)
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


class DiscordHTTPError(Exception):
    """Raised by route handlers to answer with Discord's JSON error format."""

    def __init__(self, status: int, code: int, message: str, errors: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.body: dict[str, Any] = {"message": message, "code": code}
        if errors:
            self.body["errors"] = errors


def not_found(what: str, code: int) -> DiscordHTTPError:
    return DiscordHTTPError(404, code, f"Unknown {what}")
