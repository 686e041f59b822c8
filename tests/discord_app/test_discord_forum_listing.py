"""DiscordForum.thread_listing through the real discord.py client and the loopback Discord: every page read,
threads archived at one moment across a page's edge still listed, and a list Discord refuses leaves its channel
unproven (the bot's own private threads still listed)."""

from __future__ import annotations

import pytest

from bot.core.clock import FixedClock
from bot.discord_app.discord_forum import DiscordForum
from tests.commands.test_qa_discord import ENV, fake_discord
from tests.conftest import at
from tests.discord_harness import CHANNEL_ID, FORUM_ID, GUILD_ID, SECTION_CHANNEL_ID, STUDENT, running_bot

MOMENT = at("2024-02-01 09:00")


@pytest.fixture
def clock():
    return FixedClock(at("2024-02-12 10:00"))


def _threads(fake, parent: int, count: int, *, private: bool = False, same_moment: bool = False) -> list[int]:
    guild = fake.guilds[GUILD_ID]
    ids = []
    for i in range(count):
        thread = fake._thread(guild, guild.channel(parent), f"t{i}", STUDENT.id, 12 if private else 11, [])
        thread.members.append(fake.bot_user.id)
        fake.archive_thread(thread.id, MOMENT if same_moment else MOMENT.replace(minute=i % 60, hour=9 + i // 60))
        ids.append(thread.id)
    return ids


async def test_every_page_is_read_and_a_tie_at_a_pages_edge_loses_no_thread(course, clock, tmp_path):
    """250 archived threads (three pages) with 120 archived at one moment: all listed with their moments; the
    forum is complete and so is the channel with private threads."""
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        spread = _threads(fake, FORUM_ID, 130)
        tied = _threads(fake, FORUM_ID, 99, same_moment=True)
        private = _threads(fake, SECTION_CHANNEL_ID, 3, private=True)
        listing = await DiscordForum(bot, GUILD_ID).thread_listing({FORUM_ID, SECTION_CHANNEL_ID})
        assert set(spread + tied + private) <= set(listing.threads)
        assert listing.threads[tied[0]] == MOMENT
        assert listing.complete == {FORUM_ID, SECTION_CHANNEL_ID}
    assert fake.violations == []


async def test_a_whole_page_archived_at_one_moment_is_not_taken_as_proof(course, clock, tmp_path):
    """More threads archived at one moment than a page holds: the list cannot be walked exactly, so the forum is
    not complete (no absent thread is taken as deleted)."""
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        _threads(fake, FORUM_ID, 150, same_moment=True)
        listing = await DiscordForum(bot, GUILD_ID).thread_listing({FORUM_ID})
        assert FORUM_ID not in listing.complete
    assert fake.violations == []


async def test_a_refused_private_list_falls_back_to_the_bots_own_threads(course, clock, tmp_path):
    """Without Manage Threads the private list is refused: the bot's joined private threads are still listed, but
    no text channel is complete; a deleted channel's threads are all gone (its lists complete and empty)."""
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        private = _threads(fake, SECTION_CHANNEL_ID, 3, private=True)
        fake.guilds[GUILD_ID].bot_permissions &= ~(1 << 34)
        missing = 4242
        listing = await DiscordForum(bot, GUILD_ID).thread_listing({SECTION_CHANNEL_ID, CHANNEL_ID, missing})
        assert set(private) <= set(listing.threads)
        assert listing.complete == {missing}  # neither text channel's private list could be read
    assert fake.violations == []
