"""Setups Discord-app tests share: the course server with a channel Discord no longer has, its bot running or
restarted."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

import pytest

from bot.core.clock import FixedClock
from bot.discord_app.client import CourseBot
from tests import discord_harness as harness
from tests.discord_harness import CHANNEL_ID, advance, embed_text
from tests.fake_discord import ADMINISTRATOR, FakeChannel, FakeDiscord, FakeGuild, FakeMember, FakeRole


async def staff(fake: FakeDiscord, command: str, options: dict) -> str:
    """A staff command in the course server, as an administrator; the text of its reply (or first follow-up)."""
    result = await fake.send_slash_command(command, options, user=harness.TA, permissions=ADMINISTRATOR)
    if result.callback_type == 5:
        (message, *_) = await result.wait_for_followups(1, timeout=10)
        return embed_text(message)
    return embed_text(result.data)


def remove_channel(guild: FakeGuild, channel_id: int) -> FakeChannel:
    """The channel deleted from the server (returned, to be put back)."""
    (channel,) = [c for c in guild.channels if c.id == channel_id]
    guild.channels.remove(channel)
    return channel


MENTION_EVERYONE = 1 << 17  # Discord: "Mention @everyone, @here, and All Roles"
BOT_ROLE_ID = 3999


def _bot_member(guild: FakeGuild, fake: FakeDiscord, mentions_any_role: bool) -> None:
    """The bot's own member in the server, as Discord sends it, with a role granting the bot's permissions."""
    permissions = guild.bot_permissions & ~MENTION_EVERYONE | (MENTION_EVERYONE if mentions_any_role else 0)
    guild.roles.append(FakeRole(id=BOT_ROLE_ID, name="CourseBot", permissions=permissions, managed=True))
    guild.members.append(FakeMember(user=fake.bot_user, roles=[BOT_ROLE_ID]))


@dataclass
class ChannelGone:
    """The course server, set to announce in CHANNEL_ID, after one of its channels was deleted: `bot` is the bot
    still running (None once it stopped), `restart()` starts another on the same database."""

    fake: FakeDiscord
    guild: FakeGuild
    clock: FixedClock
    channel: FakeChannel
    bot: CourseBot | None
    restart: Callable[[], contextlib.AbstractAsyncContextManager[CourseBot]]


@pytest.fixture
def channel_gone(course, tmp_path) -> Callable[..., contextlib.AbstractAsyncContextManager[ChannelGone]]:
    """Start the bot at `now` in the course server (its staff role mentionable by anyone or not), set its
    announcement channel (and run `then`, more staff commands), then delete channel `removed` (the announcement
    channel unless said): what is planned next for it cannot be posted there. `bot_mentions_any_role`: the bot's own
    member is in the server, with a role that may (or may not) mention any role; None: the server names no member
    for the bot. With `stop_at`, the bot runs until then and stops, for a test of what a restart does."""

    @contextlib.asynccontextmanager
    async def start(
        now: dt.datetime,
        then: tuple[tuple[str, dict], ...] = (),
        removed: int = CHANNEL_ID,
        *,
        staff_mentionable: bool = False,
        bot_mentions_any_role: bool | None = None,
        stop_at: dt.datetime | None = None,
    ) -> AsyncIterator[ChannelGone]:
        server = harness.course_guild()
        server.role(harness.STAFF_ROLE_ID).mentionable = staff_mentionable
        clock = FixedClock(now)
        async with harness.fake_discord(guilds=[server]) as fake:
            if bot_mentions_any_role is not None:
                _bot_member(server, fake, bot_mentions_any_role)

            def restart() -> contextlib.AbstractAsyncContextManager[CourseBot]:
                return harness.running_bot(fake, course, clock, tmp_path / "b.db")

            async with restart() as bot:
                await staff(fake, "setup channel", {"channel": CHANNEL_ID})
                for command, options in then:
                    await staff(fake, command, options)
                channel = remove_channel(server, removed)
                if stop_at is None:
                    yield ChannelGone(fake, server, clock, channel, bot, restart)
                    return
                await advance(bot, clock, stop_at)
            yield ChannelGone(fake, server, clock, channel, None, restart)

    return start
