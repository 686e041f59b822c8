"""Loopback fake of Discord's REST API + gateway, validated against Discord's OpenAPI spec.

One module per resource: models, routing, rate limits, gateway, interactions, webhooks, channels and messages,
guilds, applications; `server` assembles them into `FakeDiscord`.
"""

from .interactions import InteractionResult
from .models import (
    ADMINISTRATOR,
    ALL_PERMISSIONS,
    DEFAULT_EVERYONE_PERMISSIONS,
    DEFAULT_TOKEN,
    FakeAttachment,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeRole,
    FakeUser,
    RecordedRequest,
    UploadedFile,
    snowflake,
)
from .openapi import OpenAPIValidator, RouteMatch, Violation, load_spec
from .server import FakeDiscord, connect_bot, point_discord_py_at

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
    "OpenAPIValidator",
    "RecordedRequest",
    "RouteMatch",
    "UploadedFile",
    "Violation",
    "connect_bot",
    "load_spec",
    "point_discord_py_at",
    "snowflake",
]
