"""Where discord.py connects: Discord itself by default, or a REST/gateway proxy (the tests' loopback fake)."""

from __future__ import annotations

import discord.gateway
import discord.http
import yarl


def point_discord_at(api_base: str, gateway_url: str) -> None:
    """Send discord.py's REST calls to api_base and its gateway connection to gateway_url."""
    discord.http.Route.BASE = api_base.rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)
