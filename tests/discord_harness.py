"""Run the real CourseBot (real discord.py) against the loopback fake, through the production settings."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

from bot.core.clock import FixedClock
from bot.course.catalog import CourseCatalog
from bot.course.model import Course
from bot.discord_app.client import CourseBot
from bot.discord_app.endpoints import discord_pointed_at
from bot.settings import Settings
from bot.store.database import Store
from tests.fake_discord import FakeChannel, FakeDiscord, FakeGuild, FakeRole, FakeUser

GUILD_ID = 1000
CHANNEL_ID = 2000
SECTION_CHANNEL_ID = 2001
FORUM_ID = 2002  # a forum channel (the course forum: /setup qa-forum)
STAFF_ROLE_ID = 3000
ROLE_405, ROLE_605 = 3405, 3605
STUDENT = FakeUser(id=5001, username="student")
OTHER_STUDENT = FakeUser(id=5002, username="other")
TA = FakeUser(id=5003, username="ta")
CLOSED_DMS = FakeUser(id=5004, username="closed", dms_closed=True)


def course_guild(**extra) -> FakeGuild:
    return FakeGuild(
        id=GUILD_ID,
        name="10-605 S24",
        channels=[
            FakeChannel(id=CHANNEL_ID, name="announcements"),
            FakeChannel(id=SECTION_CHANNEL_ID, name="10-605-only"),
            FakeChannel(id=FORUM_ID, name="questions", type=15),
        ],
        roles=[
            FakeRole(id=STAFF_ROLE_ID, name="Course Staff"),
            FakeRole(id=ROLE_405, name="10-405", mentionable=True),
            FakeRole(id=ROLE_605, name="10-605", mentionable=True),
        ],
        **extra,
    )


def fake_discord(**kwargs) -> FakeDiscord:
    kwargs.setdefault("guilds", [course_guild()])
    kwargs.setdefault("users", [STUDENT, OTHER_STUDENT, TA, CLOSED_DMS])
    return FakeDiscord(**kwargs)


def settings_for(fake: FakeDiscord, db: str | Path, **env: str) -> Settings:
    """The same settings path production uses: DISCORD_API_BASE / DISCORD_GATEWAY_URL point at the fake."""
    base = {
        "DISCORD_TOKEN": fake.token,
        "COURSEBOT_GUILD_ID": str(GUILD_ID),
        "COURSEBOT_DB": str(db),
        "DISCORD_API_BASE": fake.api_base,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
    }
    return Settings.from_env({**base, **env})


@contextlib.asynccontextmanager
async def running_bot(
    fake: FakeDiscord,
    course: Course | CourseCatalog,
    clock: FixedClock,
    db: str | Path,
    *,
    sweep_seconds: float = 3600,
    **env: str,
) -> AsyncIterator[CourseBot]:
    """Start CourseBot like `coursebot run` does (settings -> endpoints -> login -> gateway) and wait until ready.
    `course` is the one course it serves, or a catalog (a folder of courses: each server picks its own)."""
    settings = replace(settings_for(fake, db, **env), sweep_seconds=sweep_seconds, dm_rate=0)
    courses = course if isinstance(course, CourseCatalog) else CourseCatalog.single(course)
    with discord_pointed_at(settings.api_base, settings.gateway_url):
        store = Store(settings.db_path)
        bot = CourseBot(
            settings=settings,
            courses=courses,
            clock=clock,
            store=store,
            run_scheduler=not isinstance(clock, FixedClock),  # a simulated clock is driven by the test
            guild_ready_timeout=0.05,
        )
        start = asyncio.create_task(bot.start(settings.token))
        ready = asyncio.create_task(bot.wait_until_ready())
        done, _ = await asyncio.wait({start, ready}, timeout=15, return_when=asyncio.FIRST_COMPLETED)
        try:
            if start in done:
                start.result()
                raise RuntimeError("bot stopped before it was ready")
            if ready not in done:
                raise TimeoutError(fake.describe())
            yield bot
        finally:
            ready.cancel()
            await bot.close()
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await asyncio.wait_for(start, timeout=5)
            store.close()


async def advance(bot: CourseBot, clock: FixedClock, to: dt.datetime) -> None:
    """Move the fake clock through every planned instant (any server, any subscriber), running the announcer at each
    as the jobs would, then sweep once more at `to` (as the minute sweep does)."""
    for moment in bot.announcer.instants_between(clock.now(), to):
        clock.set(moment)
        await bot.announcer.run_due()
    clock.set(to)
    await bot.announcer.run_due()


class Read:
    """What the student read in answer to one interaction: `data` and `original` are that message."""

    def __init__(self, result, message: dict) -> None:
        self.result, self.data, self.original = result, message, message
        self.callback_type = result.callback_type
        self.ephemeral = bool((message.get("flags") or 0) & 64)


async def read(result) -> Read:
    """The message a student reads: the first response, or (for a deferred one) its first follow-up."""
    if result.callback_type == 5:
        (message, *_) = await result.wait_for_followups(1, timeout=10)
        return Read(result, message)
    return Read(result, result.original or result.data)


def embed_text(message: dict) -> str:
    """Everything a student reads in a message: content, embed titles, descriptions, fields, footers."""
    parts = [message.get("content") or ""]
    for embed in message.get("embeds") or []:
        parts += [embed.get("title", ""), embed.get("description", "")]
        for field in embed.get("fields", []):
            parts += [field["name"], field["value"]]
        parts.append((embed.get("footer") or {}).get("text", ""))
    return "\n".join(p for p in parts if p)
