"""Start the Discord bot from settings: open the store, connect, and turn failures into clear messages."""

from __future__ import annotations

import logging
import sys

import discord

from bot.client import CourseBot
from bot.clock import SystemClock
from bot.endpoints import point_discord_at
from bot.loader import load_course
from bot.settings import Settings
from bot.store import Store

log = logging.getLogger(__name__)

LOGIN_REFUSED = """Discord rejected DISCORD_TOKEN (401 Unauthorized).
Copy a fresh token from https://discord.com/developers/applications -> your app -> Bot -> Reset Token.
`coursebot console` works without one."""


async def run_bot(settings: Settings, *, sync_only: bool = False) -> int:
    """Run until stopped. Returns the process exit code (2 for configuration problems such as a bad token)."""
    discord.utils.setup_logging(level=getattr(logging, settings.log_level), root=True)
    point_discord_at(settings.api_base, settings.gateway_url)
    course = load_course(settings.data_dir)
    store = Store(settings.db_path)
    bot = CourseBot(settings=settings, course=course, clock=SystemClock(), store=store)
    try:
        if sync_only:
            await bot.login(settings.token)
            count = await bot.sync_commands()
            print(f"Registered {count} commands.")
            return 0
        await bot.start(settings.token)
    except discord.LoginFailure:
        print(LOGIN_REFUSED, file=sys.stderr)
        return 2
    except discord.PrivilegedIntentsRequired:
        print("Discord refused the gateway intents; this bot needs none that are privileged.", file=sys.stderr)
        return 2
    finally:
        if not bot.is_closed():
            await bot.close()
        store.close()
    return 0
