"""After downtime, a late reminder never lands just before the next one of the same deadline (channel and DM)."""

from __future__ import annotations

import pytest

from bot.core.clock import FixedClock
from tests.conftest import at
from tests.discord_harness import CHANNEL_ID, STUDENT, TA, embed_text, fake_discord, running_bot
from tests.fake_discord import ADMINISTRATOR


def hw4a(messages) -> list[str]:
    return [m["embeds"][0]["title"] for m in messages if m["embeds"] and "HW4 Part A" in m["embeds"][0]["title"]]


async def test_down_until_just_before_the_24h_reminder_sends_it_once_on_time(course, tmp_path):
    """Down from before HW4A's 48 h reminder until 59 minutes before its 24 h one: one post, on time, not two."""
    clock = FixedClock(at("2024-03-11 12:00"))
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, tmp_path / "b.db") as bot:
            result = await fake.send_slash_command(
                "setup channel", {"channel": CHANNEL_ID}, user=TA, permissions=ADMINISTRATOR
            )
            assert "Announcement channel set" in embed_text(result.data)
            await fake.send_slash_command("remind me", {"before": "2d, 1d"}, user=STUDENT)
        clock.set(at("2024-03-12 23:00"))
        async with running_bot(fake, course, clock, tmp_path / "b.db") as bot:
            await bot.announcer.run_due()
            assert hw4a(fake.channel_messages(CHANNEL_ID)) == []
            assert hw4a(fake.dm_messages(STUDENT.id)) == []
            clock.set(at("2024-03-12 23:59"))
            await bot.announcer.run_due()
            clock.set(at("2024-03-13 01:00"))
            await bot.announcer.run_due()
        for messages in (fake.channel_messages(CHANNEL_ID), fake.dm_messages(STUDENT.id)):
            assert hw4a(messages) == ["HW4 Part A is due in 1 day"]
            (sent,) = [m for m in messages if m["embeds"] and "HW4 Part A" in m["embeds"][0]["title"]]
            assert "Posted late" not in embed_text(sent)


@pytest.mark.parametrize(
    ("back", "said"),
    [
        ("2024-02-09 15:00", "Homework 3 is released today (Fri Feb 9)."),
        ("2024-02-11 10:00", "Homework 3 was released on Fri Feb 9."),
    ],
)
async def test_a_release_posted_late_says_the_day_it_came_out(course, tmp_path, back, said):
    """Down over HW3's release morning (Fri Feb 9): back the same day it says today, on a later day the date."""
    clock = FixedClock(at("2024-02-08 12:00"))
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, tmp_path / "b.db"):
            await fake.send_slash_command("setup channel", {"channel": CHANNEL_ID}, user=TA, permissions=ADMINISTRATOR)
        clock.set(at(back))
        async with running_bot(fake, course, clock, tmp_path / "b.db") as bot:
            await bot.announcer.run_due()
        (release,) = [embed_text(m) for m in fake.channel_messages(CHANNEL_ID) if "HW3 is out" in embed_text(m)]
        assert said in release
        assert "Posted late" in release
