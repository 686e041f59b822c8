"""`coursebot run` and `coursebot sync`: the Discord bot (bot.discord_app.runner) with the HTTP feed beside it."""

from __future__ import annotations

from bot.discord_app.runner import run_bot as run_discord_bot
from bot.feed.http import start_http, stop_http
from bot.settings import Settings


async def run_bot(settings: Settings, *, sync_only: bool = False) -> int:
    """Run the bot until stopped (serving the calendar feed and /healthz when a port is set); the exit code."""
    return await run_discord_bot(settings, sync_only=sync_only, start_feed=start_http, stop_feed=stop_http)
