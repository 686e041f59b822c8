"""Setups Discord-app tests share: a running bot whose announcement channel Discord no longer has."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

import pytest

from bot.core.clock import FixedClock
from bot.discord_app.client import CourseBot
from tests.discord_harness import CHANNEL_ID, TA, course_guild, embed_text, fake_discord, running_bot
from tests.fake_discord import ADMINISTRATOR, FakeChannel, FakeDiscord, FakeGuild


async def staff(fake: FakeDiscord, command: str, options: dict) -> str:
    """A staff command in the course server, as an administrator; the text of its reply (or first follow-up)."""
    result = await fake.send_slash_command(command, options, user=TA, permissions=ADMINISTRATOR)
    if result.callback_type == 5:
        (message, *_) = await result.wait_for_followups(1, timeout=10)
        return embed_text(message)
    return embed_text(result.data)


def remove_channel(guild: FakeGuild, channel_id: int) -> FakeChannel:
    """The channel deleted from the server (returned, to be put back)."""
    (channel,) = [c for c in guild.channels if c.id == channel_id]
    guild.channels.remove(channel)
    return channel


@dataclass
class ChannelGone:
    """A running bot set to announce in CHANNEL_ID, which was then deleted from the server."""

    fake: FakeDiscord
    bot: CourseBot
    guild: FakeGuild
    clock: FixedClock
    channel: FakeChannel


@pytest.fixture
def channel_gone(course, tmp_path) -> Callable[..., contextlib.AbstractAsyncContextManager[ChannelGone]]:
    """Start the bot at `now` in the course server, set its announcement channel (and run `then`, more staff
    commands), then delete that channel: what is planned next cannot be posted there."""

    @contextlib.asynccontextmanager
    async def start(now: dt.datetime, then: tuple[tuple[str, dict], ...] = ()) -> AsyncIterator[ChannelGone]:
        guild = course_guild()
        clock = FixedClock(now)
        async with fake_discord(guilds=[guild]) as fake, running_bot(fake, course, clock, tmp_path / "b.db") as bot:
            await staff(fake, "setup channel", {"channel": CHANNEL_ID})
            for command, options in then:
                await staff(fake, command, options)
            yield ChannelGone(fake, bot, guild, clock, remove_channel(guild, CHANNEL_ID))

    return start
