"""Where discord.py connects: Discord itself by default, or a REST/gateway proxy (the tests' loopback fake).

The one place that points discord.py elsewhere; the setting is process-wide, so tests restore it afterwards.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import discord.gateway
import discord.http
import yarl


def point_discord_at(api_base: str, gateway_url: str) -> None:
    """Send discord.py's REST calls to api_base and its gateway connection to gateway_url."""
    discord.http.Route.BASE = api_base.rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


@contextlib.contextmanager
def endpoints_restored() -> Iterator[None]:
    """Whatever points discord.py elsewhere inside this block is undone when it ends."""
    base, gateway = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    try:
        yield
    finally:
        discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = base, gateway


@contextlib.contextmanager
def discord_pointed_at(api_base: str, gateway_url: str) -> Iterator[None]:
    """discord.py talks to api_base and gateway_url inside this block only."""
    with endpoints_restored():
        point_discord_at(api_base, gateway_url)
        yield
