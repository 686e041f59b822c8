"""Posts whose channel Discord refused (deleted, closed to the bot) are tried again, sent once, or skipped with why."""

from __future__ import annotations

import pytest

from tests.conftest import at
from tests.discord_app.conftest import staff
from tests.discord_harness import (
    CHANNEL_ID,
    FORUM_ID,
    ROLE_605,
    SECTION_CHANNEL_ID,
    STAFF_ROLE_ID,
    advance,
    embed_text,
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


async def test_a_restart_retries_the_failed_reminder_once(channel_gone):
    """The channel is back and the bot restarts: the first sweep sends the refused post; later restarts do not."""
    async with channel_gone(at("2024-03-17 12:00"), stop_at=at("2024-03-18 00:05")) as gone:
        gone.guild.channels.append(gone.channel)
        for _ in range(2):
            async with gone.restart() as bot:
                await bot.announcer.run_due()
        assert len(hw4b_reminders(gone.fake, CHANNEL_ID)) == 1


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


async def test_staff_are_told_once_in_the_staff_channel(channel_gone):
    """A refused post is told in the course forum's staff channel once, not again at each retry or restart."""
    forum = (("setup qa-forum", {"forum": FORUM_ID, "staff_channel": SECTION_CHANNEL_ID}),)
    async with channel_gone(at("2024-03-17 12:00"), forum, stop_at=at("2024-03-18 01:30")) as gone:
        fake, clock = gone.fake, gone.clock
        async with gone.restart() as bot:
            await advance(bot, clock, at("2024-03-18 02:00"))
        notices = [embed_text(m) for m in fake.channel_messages(SECTION_CHANNEL_ID) if "could not be posted" in str(m)]
        assert len(notices) == 1
        assert "deadline:hw4b:1440m" in notices[0]
        assert "404" in notices[0]
        assert "tried again when a channel is set" in notices[0]


SECTION_SETUP = (
    ("setup staff-role", {"role": STAFF_ROLE_ID}),
    ("setup section-role", {"section": "10-605", "role": ROLE_605, "channel": SECTION_CHANNEL_ID}),
)


def notices(fake, channel_id: int) -> list[dict]:
    return [m for m in fake.channel_messages(channel_id) if "could not be posted" in str(m)]


def notice_requests(fake) -> list[dict]:
    """The bodies the bot sent for failure notices (with their mentions), in any channel."""
    bodies = [r.json for r in fake.requests_for("POST", "/channels/{channel_id}/messages")]
    return [b for b in bodies if "could not be posted" in str(b.get("embeds"))]


async def test_without_a_staff_channel_staff_are_told_in_the_announcement_channel(channel_gone):
    """No course forum staff channel, a section's channel deleted: the notice goes to the announcement channel,
    says whom it is for and mentions the staff role (the server lets the bot mention it), and names the post."""
    start = channel_gone(at("2024-03-17 12:00"), SECTION_SETUP, removed=SECTION_CHANNEL_ID, staff_mentionable=True)
    async with start as gone:
        await advance(gone.bot, gone.clock, at("2024-03-18 09:00"))
        (notice,) = notices(gone.fake, CHANNEL_ID)
        said = embed_text(notice)
        assert "For course staff" in said
        assert "404" in said
        assert "tried again when a channel is set" in said
        (sent,) = notice_requests(gone.fake)
        assert sent["content"] == notice["content"] == f"<@&{STAFF_ROLE_ID}>"
        assert [str(r) for r in sent["allowed_mentions"]["roles"]] == [str(STAFF_ROLE_ID)]
        assert sent["allowed_mentions"]["parse"] == []
        await advance(gone.bot, gone.clock, at("2024-03-18 12:00"))  # the retries fail again: told once
        assert len(notices(gone.fake, CHANNEL_ID)) == 1
    assert gone.fake.violations == []


@pytest.mark.parametrize(
    ("staff_mentionable", "bot_mentions_any_role", "mentioned"),
    [
        (False, True, True),  # the bot may mention any role
        (False, False, False),  # neither the role nor the bot allows it
        (False, None, False),  # the role does not, and the server names no member for the bot
    ],
)
async def test_the_staff_role_is_mentioned_only_where_the_server_allows_it(
    channel_gone, staff_mentionable, bot_mentions_any_role, mentioned
):
    """Without a staff channel the notice mentions the staff role only when Discord lets the bot mention it; else it
    still goes out, to no one in particular."""
    start = channel_gone(
        at("2024-03-17 12:00"),
        SECTION_SETUP,
        removed=SECTION_CHANNEL_ID,
        staff_mentionable=staff_mentionable,
        bot_mentions_any_role=bot_mentions_any_role,
    )
    async with start as gone:
        await advance(gone.bot, gone.clock, at("2024-03-18 09:00"))
        (notice,) = notices(gone.fake, CHANNEL_ID)
        assert "For course staff" in embed_text(notice)
        (sent,) = notice_requests(gone.fake)
        assert (sent.get("content") == f"<@&{STAFF_ROLE_ID}>") == mentioned
        assert bool(sent["allowed_mentions"].get("roles")) == mentioned
    assert gone.fake.violations == []


async def test_the_notice_is_not_sent_to_the_channel_that_refused_the_posts(channel_gone):
    """The announcement channel itself is gone and there is no staff channel: no notice anywhere (nothing else
    could carry it), and /admin status lists the refused post."""
    async with channel_gone(at("2024-03-17 12:00"), SECTION_SETUP) as gone:
        await advance(gone.bot, gone.clock, at("2024-03-18 00:10"))
        assert notice_requests(gone.fake) == []  # not even tried
        status = await staff(gone.fake, "admin status", {})
        assert "deadline:hw4b:1440m" in status
        assert "notice:failed" not in status


async def test_the_announcement_channel_notice_is_told_once_across_restarts(channel_gone):
    """A refused section post told in the announcement channel: a restart retries the post, never the notice."""
    stop_at = at("2024-03-18 09:00")
    async with channel_gone(at("2024-03-17 12:00"), SECTION_SETUP, SECTION_CHANNEL_ID, stop_at=stop_at) as gone:
        for later in ("2024-03-18 10:00", "2024-03-18 11:00"):
            async with gone.restart() as bot:
                await advance(bot, gone.clock, at(later))
        assert len(notices(gone.fake, CHANNEL_ID)) == 1
