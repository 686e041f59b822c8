"""Announcements through the real bot and the loopback Discord: on time, right mentions, never lost, never doubled."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from bot.announce.delivery import Announcer
from bot.core.clock import FixedClock, SystemClock
from bot.discord_app.poster import DiscordPoster
from bot.store.database import Store
from tests.conftest import at, planned_key
from tests.discord_harness import (
    CHANNEL_ID,
    CLOSED_DMS,
    GUILD_ID,
    ROLE_605,
    SECTION_CHANNEL_ID,
    STUDENT,
    TA,
    advance,
    embed_text,
    fake_discord,
    running_bot,
)
from tests.fake_discord import ADMINISTRATOR


async def set_up(fake, *, section_channel: bool = False):
    """Staff run /setup as they would in Discord."""
    result = await fake.send_slash_command("setup channel", {"channel": CHANNEL_ID}, user=TA, permissions=ADMINISTRATOR)
    assert "Announcement channel set" in embed_text(result.data)
    options = {"section": "10-605", "role": ROLE_605}
    if section_channel:
        options["channel"] = SECTION_CHANNEL_ID
    await fake.send_slash_command("setup section-role", options, user=TA, permissions=ADMINISTRATOR)


def posted(fake, channel_id: int = CHANNEL_ID) -> list[dict]:
    return fake.channel_messages(channel_id)


def titles(messages) -> list[str]:
    return [m["embeds"][0]["title"] for m in messages]


async def test_announcements_arrive_at_their_times_with_the_right_mentions(course, tmp_path):
    """Through HW4B's week: reminders at 48/24/2 h, the mini-project only to the 10-605 role, mentions limited."""
    clock = FixedClock(at("2024-03-15 12:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        await set_up(fake)
        await advance(bot, clock, at("2024-03-16 23:58"))
        assert not [m for m in posted(fake) if "HW4 Part B" in m["embeds"][0]["title"]]
        await advance(bot, clock, at("2024-03-16 23:59"))
        assert titles(posted(fake))[-1] == "HW4 Part B is due in 2 days"
        await advance(bot, clock, at("2024-03-18 22:00"))
        messages = posted(fake)
        bodies = [r.json for r in fake.requests_for("POST", "/channels/{channel_id}/messages")]
        mini = [b for b in bodies if "Mini-project" in b["embeds"][0]["title"]]
        assert len(mini) == 1
        assert mini[0]["content"] == f"<@&{ROLE_605}>"
        assert mini[0]["allowed_mentions"]["parse"] == []
        assert [str(r) for r in mini[0]["allowed_mentions"]["roles"]] == [str(ROLE_605)]
        hw5 = [b for b in bodies if b["embeds"][0]["title"] == "HW5 is out"]
        assert hw5
        assert not hw5[0].get("content")
        assert hw5[0]["allowed_mentions"]["parse"] == []
        assert not hw5[0]["allowed_mentions"].get("roles")
        assert "HW4 Part B is due in 2 hours" in titles(messages)
        assert len(titles(messages)) == len(set(titles(messages)))
    assert fake.violations == []


async def test_section_channel_keeps_605_items_away_from_the_shared_channel(course, tmp_path):
    """With a 10-605 channel configured, mini-project items go there and never to the shared channel."""
    clock = FixedClock(at("2024-03-17 12:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        await set_up(fake, section_channel=True)
        await advance(bot, clock, at("2024-03-18 09:00"))
        # (The digest's copy of the schedule row may say "Mini-project Released", as the course page does.)
        assert not [m for m in posted(fake) if "Mini-project" in m["embeds"][0]["title"]]
        assert [m for m in posted(fake, SECTION_CHANNEL_ID) if "Mini-project" in m["embeds"][0]["title"]]


async def test_missed_while_down_posts_once_late_and_skips_stale(course, tmp_path):
    """Restart after two days offline: the newest still-relevant reminder goes out once, late, with a note."""
    db = tmp_path / "bot.db"
    clock = FixedClock(at("2024-03-10 12:00"))
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, db) as bot:
            await set_up(fake)
            await bot.announcer.run_due()
        before = len(posted(fake))
        clock.set(at("2024-03-13 22:30"))  # the bot was down through both 48 h and 24 h and 2 h reminders
        async with running_bot(fake, course, clock, db) as bot:
            await bot.announcer.run_due()
            await bot.announcer.run_due()  # a second pass (a duplicate job) changes nothing
        new = posted(fake)[before:]
        hw4a = [m for m in new if "HW4 Part A" in m["embeds"][0]["title"]]
        assert len(hw4a) == 1
        # posted at 22:30 for 23:59: the title says the time left then, not the 2 hours it was planned with
        assert hw4a[0]["embeds"][0]["title"] == "HW4 Part A is due in 1 hour"
        assert "Posted late" in embed_text(hw4a[0])
        store = Store(db)
        assert store.deliveries.get(GUILD_ID, planned_key(course, "deadline:hw4a:2880m:channel")).status == "skipped"
        store.close()


async def test_crash_between_claim_and_confirm_is_recovered_without_doubling(course, tmp_path, monkeypatch):
    """Killed after Discord got the post but before confirming: the next start finds it and does not repost.
    Killed after claiming but before sending: the next start sends it, once."""
    db = tmp_path / "bot.db"
    clock = FixedClock(at("2024-03-12 23:59"))
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, db) as bot:
            await set_up(fake)
            real_confirm = bot.store.deliveries.confirm

            def crash(*args, **kwargs):
                raise KeyboardInterrupt("killed")

            monkeypatch.setattr(bot.store.deliveries, "confirm", crash)
            with pytest.raises(KeyboardInterrupt):
                await bot.announcer.run_due()
            monkeypatch.setattr(bot.store.deliveries, "confirm", real_confirm)
            # Second item: claimed by a process that died before sending.
            bot.store.deliveries.claim(
                GUILD_ID,
                planned_key(course, "deadline:hw4b:2880m:channel"),
                "dead-process",
                clock.now(),
                dt.timedelta(0),
            )
        sent_before = len(posted(fake))
        first_key_posts = [m for m in posted(fake) if "HW4 Part A is due in 1 day" in embed_text(m)]
        assert len(first_key_posts) == 1
        clock.set(at("2024-03-16 23:59"))  # leases long expired; HW4B's 48 h reminder is now due too
        async with running_bot(fake, course, clock, db) as bot:
            outcomes = await bot.announcer.run_due()
        keys = {key: outcome for _, key, outcome in outcomes}
        assert [m for m in posted(fake) if "HW4 Part A is due in 1 day" in embed_text(m)] == first_key_posts
        assert keys.get(planned_key(course, "deadline:hw4b:2880m:channel")) in ("sent", "late")
        assert len([m for m in posted(fake)[sent_before:] if "HW4 Part B is due in 2 days" in embed_text(m)]) == 1
    store = Store(db)
    assert store.deliveries.get(GUILD_ID, planned_key(course, "deadline:hw4a:1440m:channel")).status in (
        "sent",
        "skipped",
    )
    store.close()


async def test_two_processes_on_one_database_never_both_post(course, tmp_path):
    """Two announcers (two processes' worth of connections) racing on one SQLite file post each item once."""
    db = tmp_path / "bot.db"
    clock = FixedClock(at("2024-03-18 08:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, db) as bot:
        await set_up(fake)
        other_store = Store(db)
        other = Announcer(
            store=other_store, clock=clock, course_for=lambda guild: course, poster=DiscordPoster(bot), owner="second"
        )
        await asyncio.gather(bot.announcer.run_due(), other.run_due(), bot.announcer.run_due(), other.run_due())
        other_store.close()
        found = titles(posted(fake))
        assert found
        assert len(found) == len(set(found)), found


async def test_dms_closed_user_is_marked_and_told_next_time(course, tmp_path):
    """A 403 on a reminder DM marks the user; their next command gets a one-time ephemeral notice."""
    clock = FixedClock(at("2024-03-11 12:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        await set_up(fake)
        for user in (STUDENT, CLOSED_DMS):
            result = await fake.send_slash_command("remind me", {"before": "24h"}, user=user)
            assert result.data["flags"] & 64
        await advance(bot, clock, at("2024-03-13 00:00"))
        assert [m for m in fake.dm_messages(STUDENT.id) if "HW4 Part A" in embed_text(m)]
        assert fake.dm_messages(CLOSED_DMS.id) == []
        assert bot.store.reminders.dms_closed(CLOSED_DMS.id)
        result = await fake.send_slash_command("due", {}, user=CLOSED_DMS)
        (notice,) = await result.wait_for_followups(1)
        assert "DMs are closed" in embed_text(notice)
        again = await fake.send_slash_command("due", {}, user=CLOSED_DMS)
        await asyncio.sleep(0.2)
        assert again.followups == []
    assert fake.violations == []


async def test_429_retry_after_is_honoured_and_nothing_doubles(course, tmp_path):
    """Discord answers 429 twice with retry_after: the post still goes out exactly once."""
    clock = FixedClock(at("2024-03-12 23:59"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        await set_up(fake)
        fake.inject_429("POST /channels/{channel_id}/messages", count=2, retry_after=0.2)
        await bot.announcer.run_due()
        assert fake.rate_limited_count == 2
        assert titles(posted(fake)).count("HW4 Part A is due in 1 day") == 1


async def test_configuration_changes_take_effect_without_restart(course, tmp_path):
    """Turning deadline reminders off, then changing offsets, applies to the very next run."""
    clock = FixedClock(at("2024-02-18 12:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        await set_up(fake)
        await fake.send_slash_command(
            "setup announcements", {"kind": "deadline", "enabled": False}, user=TA, permissions=ADMINISTRATOR
        )
        await advance(bot, clock, at("2024-02-20 00:00"))
        assert not [t for t in titles(posted(fake)) if t.startswith("HW3 is due")]
        await fake.send_slash_command(
            "setup announcements", {"kind": "deadline", "enabled": True}, user=TA, permissions=ADMINISTRATOR
        )
        await fake.send_slash_command("setup offsets", {"reminders": "6h"}, user=TA, permissions=ADMINISTRATOR)
        await advance(bot, clock, at("2024-02-21 18:00"))
        assert [t for t in titles(posted(fake)) if t.startswith("HW3 is due")] == ["HW3 is due in 6 hours"]
        shown = await fake.send_slash_command("setup show", {}, user=TA, permissions=ADMINISTRATOR)
        assert "6h before each due time" in embed_text(shown.data)
    assert fake.violations == []


async def test_staff_announcement_fires_on_the_real_scheduler(course, tmp_path):
    """APScheduler really fires: a staff post scheduled a second ahead reaches the channel; cancel works."""
    clock = SystemClock()
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        await set_up(fake)
        bot.store.staff_posts.add(
            GUILD_ID, clock.now() + dt.timedelta(seconds=1), "Quiz moved to Friday", by=TA.id, now=clock.now()
        )
        cancelled = bot.store.staff_posts.add(
            GUILD_ID, clock.now() + dt.timedelta(seconds=1), "never", by=TA.id, now=clock.now()
        )
        bot.store.staff_posts.cancel(GUILD_ID, cancelled, by=TA.id, now=clock.now())
        bot.reschedule()
        for _ in range(60):
            if any("Quiz moved" in embed_text(m) for m in posted(fake)):
                break
            await asyncio.sleep(0.1)
        texts = [embed_text(m) for m in posted(fake)]
        assert sum("Quiz moved to Friday" in t for t in texts) == 1
        assert not any("never" in t for t in texts)


async def test_announce_command_schedules_lists_and_cancels(course, tmp_path):
    """/announce add takes plain-language times; /announce list shows it; /announce cancel removes it."""
    clock = FixedClock(at("2024-02-12 10:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        await set_up(fake)
        added = await fake.send_slash_command(
            "announce add", {"message": "Review session", "when": "tomorrow 9am"}, user=TA, permissions=ADMINISTRATOR
        )
        assert "scheduled" in embed_text(added.data)
        listed = await fake.send_slash_command("announce list", {}, user=TA, permissions=ADMINISTRATOR)
        assert "Review session" in embed_text(listed.data)
        past = await fake.send_slash_command(
            "announce add", {"message": "x", "when": "yesterday"}, user=TA, permissions=ADMINISTRATOR
        )
        assert "in the past" in embed_text(past.data)
        student = await fake.send_slash_command("announce list", {}, user=STUDENT)
        assert "for course staff" in embed_text(student.data)
        await advance(bot, clock, at("2024-02-13 09:00"))
        assert sum("Review session" in embed_text(m) for m in posted(fake)) == 1
    assert fake.violations == []
