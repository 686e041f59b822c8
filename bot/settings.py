"""Settings, read once from the environment when the bot starts (never at import time)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bot.course.loader import BUNDLED_DATA

# The server the console and the command line act as when COURSEBOT_GUILD_ID is not set: no real Discord server
# has so small an id, so local records never mix with a real server's.
LOCAL_SERVER_ID = 1
DEFAULT_API_BASE = "https://discord.com/api/v10"
DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg/"

# Every environment variable the bot reads, with what it means (the README's table is checked against this).
ENVIRONMENT = {
    "DISCORD_TOKEN": "The bot token from the Discord developer portal (required for `coursebot run`).",
    "COURSEBOT_GUILD_ID": "Server (guild) id: slash commands are synced to it instantly. Unset: global commands. "
    "The console and `coursebot gracedays import` act as this server (unset: the local id 1).",
    "COURSEBOT_DATA": "Course data folder. Default: the bundled default course in data/.",
    "COURSEBOT_COURSES": "A folder of course folders, for one bot serving several courses (each server picks "
    "its course). Course ids must be unique. Unset: the one course of COURSEBOT_DATA.",
    "COURSEBOT_DB": "SQLite file for runtime state. Default: ./coursebot.db. Must be on persistent disk.",
    "COURSEBOT_LOG_LEVEL": "DEBUG, INFO (default), WARNING or ERROR.",
    "COURSEBOT_STAFF_ROLE": "Name or id of the staff role allowed to run staff commands (also settable per server "
    "with /setup). Members with Manage Server always count as staff.",
    "PORT": "Port for the calendar feed and /healthz (web hosts set it). Unset (and no COURSEBOT_HTTP_PORT): no "
    "HTTP server.",
    "COURSEBOT_HTTP_PORT": "Port for the calendar feed and /healthz; wins over PORT.",
    "COURSEBOT_PUBLIC_URL": "Public address of that server (e.g. https://coursebot.example.org): /calendar shows "
    "students the feed to subscribe to. Unset: no feed link is shown.",
    "COURSEBOT_MESSAGE_CONTENT": "1 to read the words of forum posts and replies (questions posted straight in the "
    "forum, edited questions and answers): turn on Message Content Intent under Bot in the developer portal first. "
    "Unset (or 0): the bot asks for no privileged intent and reads titles, deletions and the answers marked with its "
    "menus.",
    "DISCORD_API_BASE": f"Discord REST base URL (default {DEFAULT_API_BASE}); set it to run behind a REST proxy.",
    "DISCORD_GATEWAY_URL": f"Discord gateway URL (default {DEFAULT_GATEWAY_URL}); set it to run behind a gateway "
    "proxy.",
}


_YES, _NO = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


class SettingsError(ValueError):
    """A setting has a value the bot cannot use; the message says which and why."""


@dataclass(frozen=True)
class Settings:
    token: str | None
    guild_id: int | None
    data_dir: Path
    db_path: Path
    courses_dir: Path | None = None  # a folder of course folders (one bot, many courses)
    log_level: str = "INFO"
    staff_role: str | None = None
    api_base: str = DEFAULT_API_BASE
    gateway_url: str = DEFAULT_GATEWAY_URL
    dm_rate: float = 8.0  # DMs per second at most, to stay well inside Discord's rate limits
    sweep_seconds: float = 60.0  # how often the scheduler looks for anything missed
    http_port: int | None = None  # calendar feed and /healthz; None: no HTTP server
    public_url: str | None = None  # where students reach that server, for /calendar's feed link
    message_content: bool = False  # ask Discord for the message content intent (the portal toggle must be on)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env

        def get(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        guild = get("COURSEBOT_GUILD_ID")
        if guild is not None and not guild.isdigit():
            raise SettingsError(f"COURSEBOT_GUILD_ID must be a numeric server id, not {guild!r}.")
        level = (get("COURSEBOT_LOG_LEVEL") or "INFO").upper()
        if level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
            raise SettingsError(f"COURSEBOT_LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, not {level!r}.")
        port = get("COURSEBOT_HTTP_PORT") or get("PORT")
        if port is not None and not (port.isdigit() and 0 < int(port) < 65536):
            raise SettingsError(f"COURSEBOT_HTTP_PORT / PORT must be a port number (1-65535), not {port!r}.")
        public_url = get("COURSEBOT_PUBLIC_URL")
        if public_url is not None and not public_url.startswith(("https://", "http://")):
            raise SettingsError(f"COURSEBOT_PUBLIC_URL must start with https:// (or http://), not {public_url!r}.")
        words = (get("COURSEBOT_MESSAGE_CONTENT") or "0").lower()
        if words not in _YES + _NO:
            raise SettingsError(f"COURSEBOT_MESSAGE_CONTENT must be 1 or 0, not {words!r}.")
        return cls(
            token=get("DISCORD_TOKEN"),
            guild_id=int(guild) if guild else None,
            data_dir=Path(get("COURSEBOT_DATA") or BUNDLED_DATA),
            courses_dir=Path(get("COURSEBOT_COURSES")) if get("COURSEBOT_COURSES") else None,
            db_path=Path(get("COURSEBOT_DB") or "coursebot.db"),
            log_level=level,
            staff_role=get("COURSEBOT_STAFF_ROLE"),
            api_base=_url("DISCORD_API_BASE", get("DISCORD_API_BASE"), ("https", "http")) or DEFAULT_API_BASE,
            gateway_url=_url("DISCORD_GATEWAY_URL", get("DISCORD_GATEWAY_URL"), ("wss", "ws")) or DEFAULT_GATEWAY_URL,
            http_port=int(port) if port else None,
            public_url=public_url.rstrip("/") if public_url else None,
            message_content=words in _YES,
        )

    @property
    def server_id(self) -> int:
        """The server the console and the command line act as: COURSEBOT_GUILD_ID, else LOCAL_SERVER_ID."""
        return self.guild_id or LOCAL_SERVER_ID


def _url(name: str, value: str | None, schemes: tuple[str, ...]) -> str | None:
    """A URL setting, checked where it is read: a malformed one is a configuration error naming the setting, not
    a failed request later."""
    if value is None:
        return None
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 (a bad port raises only when read)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in schemes or not parts.hostname:
        example = f"{schemes[0]}://host/path"
        raise SettingsError(
            f"{name} must be a {' or '.join(s + '://' for s in schemes)} URL like {example}, not {value!r}."
        )
    return value.rstrip("/") if schemes[0] == "https" else value
