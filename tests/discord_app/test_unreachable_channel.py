"""Posts whose channel Discord refused (deleted, closed to the bot) are tried again, sent once, or skipped with why."""

from __future__ import annotations

from bot.core.clock import FixedClock
from tests.conftest import at
from tests.discord_app.conftest import remove_channel, staff
from tests.discord_harness import (
    CHANNEL_ID,
    FORUM_ID,
    SECTION_CHANNEL_ID,
    advance,
    course_guild,
    embed_text,
    fake_discord,
    running_bot,
)

HW4B_24H = "HW4 Part B is due in"  # its 24 h reminder goes out Sun Mar 17 11:59 PM (due Mon Mar 18 11:59 PM)


def hw4b_reminders(fake, channel_id: int) -> list[str]:
    return [embed_text(m) for m in fake.channel_messages(channel_id) if HW4B_24H in m["embeds"][0]["title"]]


async def test_a_new_channel_gets_the_failed_reminder_once_and_the_reply_names_it(channel_gone):
    """The channel is deleted before a 24 h reminder: /setup channel names it, and it goes out there once, late."""
    async with channel_gone(at("2024-03-17 12:00")) as gone:
        fake, bot, clock = gone.fake, gone.bot, gone.clock
        await advance(bot, clock, at("2024-03-18 00:10"))
        status = await staff(fake, "admin status", {})
        assert "404" in status
        assert "retried when a channel is set" in status
        reply = await staff(fake, "setup channel", {"channel": SECTION_CHANNEL_ID})
        assert "could not reach the channel before" in reply
        assert "deadline:hw4b:1440m" in reply
        await advance(bot, clock, at("2024-03-18 00:11"))
        (sent,) = hw4b_reminders(fake, SECTION_CHANNEL_ID)
        assert "could not go out at" in sent
        assert "offline" not in sent
        await advance(bot, clock, at("2024-03-18 12:00"))
        assert len(hw4b_reminders(fake, SECTION_CHANNEL_ID)) == 1


async def test_a_channel_that_comes_back_gets_the_failed_reminder_once(channel_gone):
    """Without staff doing anything, the refused post is tried again within the retry interval, and sent once."""
    async with channel_gone(at("2024-03-17 12:00")) as gone:
        fake, bot, guild, clock, channel = gone.fake, gone.bot, gone.guild, gone.clock, gone.channel
        await advance(bot, clock, at("2024-03-18 00:05"))
        guild.channels.append(channel)
        await advance(bot, clock, at("2024-03-18 00:10"))
        assert hw4b_reminders(fake, CHANNEL_ID) == []  # not yet: retried every 15 minutes
        await advance(bot, clock, at("2024-03-18 00:20"))
        assert len(hw4b_reminders(fake, CHANNEL_ID)) == 1
        await advance(bot, clock, at("2024-03-18 03:00"))
        assert len(hw4b_reminders(fake, CHANNEL_ID)) == 1


async def test_a_restart_retries_the_failed_reminder_once(course, tmp_path):
    """The channel is back and the bot restarts: the first sweep sends the refused post; later restarts do not."""
    guild = course_guild()
    clock = FixedClock(at("2024-03-17 12:00"))
    async with fake_discord(guilds=[guild]) as fake:
        async with running_bot(fake, course, clock, tmp_path / "b.db") as bot:
            await staff(fake, "setup channel", {"channel": CHANNEL_ID})
            channel = remove_channel(guild, CHANNEL_ID)
            await advance(bot, clock, at("2024-03-18 00:05"))
        guild.channels.append(channel)
        for _ in range(2):
            async with running_bot(fake, course, clock, tmp_path / "b.db") as bot:
                await bot.announcer.run_due()
        assert len(hw4b_reminders(fake, CHANNEL_ID)) == 1


async def test_a_refused_post_no_longer_relevant_is_skipped_with_why(channel_gone):
    """The 2 h reminder fails and the channel is set again after the deadline: nothing posted, the reason shown."""
    async with channel_gone(at("2024-03-18 20:00")) as gone:
        fake, bot, clock = gone.fake, gone.bot, gone.clock
        await advance(bot, clock, at("2024-03-18 22:05"))
        clock.set(at("2024-03-19 00:30"))
        await staff(fake, "setup channel", {"channel": SECTION_CHANNEL_ID})
        await bot.announcer.run_due()
        assert not [m for m in fake.channel_messages(SECTION_CHANNEL_ID) if "HW4 Part B" in embed_text(m)]
        status = await staff(fake, "admin status", {})
        assert "no longer relevant (or superseded) when it could be tried again; it had failed: 404" in status


async def test_staff_are_told_once_in_the_staff_channel(course, tmp_path):
    """A refused post is told in the course forum's staff channel once, not again at each retry or restart."""
    guild = course_guild()
    clock = FixedClock(at("2024-03-17 12:00"))
    async with fake_discord(guilds=[guild]) as fake:
        async with running_bot(fake, course, clock, tmp_path / "b.db") as bot:
            await staff(fake, "setup channel", {"channel": CHANNEL_ID})
            await staff(fake, "setup qa-forum", {"forum": FORUM_ID, "staff_channel": SECTION_CHANNEL_ID})
            remove_channel(guild, CHANNEL_ID)
            await advance(bot, clock, at("2024-03-18 01:30"))
        async with running_bot(fake, course, clock, tmp_path / "b.db") as bot:
            await advance(bot, clock, at("2024-03-18 02:00"))
        notices = [embed_text(m) for m in fake.channel_messages(SECTION_CHANNEL_ID) if "could not be posted" in str(m)]
        assert len(notices) == 1
        assert "deadline:hw4b:1440m" in notices[0]
        assert "404" in notices[0]
        assert "tried again when a channel is set" in notices[0]
