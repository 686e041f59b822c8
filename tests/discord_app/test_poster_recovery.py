"""Recovery through real discord.py and the loopback Discord: the whole key is matched, the whole claim window is
read (more than 100 messages), DMs are checked before a resend, and the marker survives any footer."""

from __future__ import annotations

import datetime as dt

from bot.announce.delivery import LEASE, ClaimWindow, carries_key, dm_key, footer_with_marker, key_marker
from bot.announce.server_setup import GuildSetup
from bot.core.answer import Answer, text
from bot.core.clock import FixedClock
from bot.discord_app.render import FOOTER_LIMIT
from tests.discord_harness import CHANNEL_ID, GUILD_ID, STUDENT, fake_discord, running_bot

MARKER = "ref "


def keys_in(messages: list[dict]) -> list[str]:
    """The key each message carries (its last embed's footer ends with `ref <key>`)."""
    found = []
    for message in messages:
        footer = ((message.get("embeds") or [{}])[-1].get("footer") or {}).get("text", "")
        found.append(footer.rsplit(" · ", 1)[-1].removeprefix(MARKER))
    return found


def announce_staff_posts(bot, now: dt.datetime) -> None:
    setup = GuildSetup(channel_id=CHANNEL_ID, kinds=frozenset({"staff"}), since=now - dt.timedelta(hours=1))
    bot.store.server_settings.save(GUILD_ID, setup.to_json(), by=1, now=now, change={})


def real_now() -> dt.datetime:
    """The fake stamps message ids with the real time, so claims here use it too."""
    return dt.datetime.now(dt.UTC)


def test_marker_is_the_whole_last_part_of_the_footer():
    """`ref staff:1` is found only as the footer's last part, never inside `ref staff:10`; long footers are cut."""
    assert carries_key("Page 1/2 · ref staff:1", "staff:1")
    assert carries_key(key_marker("staff:1"), "staff:1")
    assert not carries_key("ref staff:10", "staff:1")
    assert not carries_key("ref staff:1 · Page 2/2", "staff:1")
    assert not carries_key("about ref staff:1 earlier", "staff:1")
    assert not carries_key(None, "staff:1")
    long = footer_with_marker("x" * 5000, "dm:1:deadline:hw1:120m:channel", FOOTER_LIMIT)
    assert len(long) <= FOOTER_LIMIT
    assert carries_key(long, "dm:1:deadline:hw1:120m:channel")


async def test_recovery_never_takes_staff_10_for_staff_1(course, tmp_path):
    """staff:1 was claimed by a process that died before sending; staff:10..12 went out meanwhile. Recovery must
    not mistake `ref staff:10` for staff:1: staff:1 is posted, once, and its row points at its own message."""
    now = real_now()
    clock = FixedClock(now)
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        announce_staff_posts(bot, now)
        # staff:10..12 share staff:1's prefix and fall due earlier, so they are in the channel when it is recovered.
        ids = [
            bot.store.staff_posts.add(GUILD_ID, now - dt.timedelta(minutes=20), f"post {n}", by=1, now=now)
            for n in range(9)
        ]
        ids += [
            bot.store.staff_posts.add(GUILD_ID, now - dt.timedelta(minutes=50), f"early {n}", by=1, now=now)
            for n in range(3)
        ]
        assert ids == list(range(1, 13))
        bot.store.deliveries.claim(GUILD_ID, "staff:1", "dead-process", now - LEASE, LEASE)
        await bot.announcer.run_due()
        posted = keys_in(fake.channel_messages(CHANNEL_ID))
        assert sorted(posted) == sorted(f"staff:{i}" for i in ids)
        assert posted.index("staff:10") < posted.index("staff:1")
        row = bot.store.deliveries.get(GUILD_ID, "staff:1")
        (message,) = [m for m in fake.channel_messages(CHANNEL_ID) if keys_in([m]) == ["staff:1"]]
        assert row.status == "sent"
        assert row.message_id == int(message["id"])
    assert fake.violations == []


async def test_recovery_reads_past_the_first_100_messages(course, tmp_path):
    """The dead attempt's post came after 120 others in its claim window: recovery pages on and finds it."""
    start = real_now()
    clock = FixedClock(start)
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        announce_staff_posts(bot, start)
        target = bot.store.staff_posts.add(GUILD_ID, start - dt.timedelta(minutes=1), "the one", by=1, now=start)
        bot.store.deliveries.claim(GUILD_ID, f"staff:{target}", "dead-process", start, LEASE)
        for n in range(120):
            bot.store.staff_posts.add(GUILD_ID, start - dt.timedelta(minutes=2), f"filler {n}", by=1, now=start)
        outcomes = await bot.announcer.run_due()  # posts the fillers; the claimed one is still leased: "taken"
        assert (GUILD_ID, f"staff:{target}", "taken") in outcomes
        # The dead process's own send reaches Discord last (it was slow), then the process dies.
        item = next(
            i
            for i in bot.announcer.items_for(GUILD_ID, start - dt.timedelta(hours=1), start)
            if i.key == f"staff:{target}"
        )
        setup = bot.announcer.setup_for(GUILD_ID)
        await bot.announcer.poster.post(GUILD_ID, setup, item, item.answer)
        assert len(fake.channel_messages(CHANNEL_ID)) == 121
        clock.set(start + LEASE + dt.timedelta(seconds=1))
        outcomes = await bot.announcer.run_due()
        assert outcomes == [(GUILD_ID, f"staff:{target}", "recovered")]
        assert keys_in(fake.channel_messages(CHANNEL_ID)).count(f"staff:{target}") == 1
        history = fake.requests_for("GET", "/channels/{channel_id}/messages")
        assert len(history) >= 2  # one page of 100 was not enough
    assert fake.violations == []


async def test_find_dm_checks_the_students_dm_channel_for_the_whole_key(course, tmp_path):
    """A reminder DM that reached Discord is found by its exact key in the student's DM channel, in the window."""
    now = real_now()
    async with fake_discord() as fake, running_bot(fake, course, FixedClock(now), tmp_path / "bot.db") as bot:
        poster = bot.announcer.poster
        window = ClaimWindow(start=now, end=now + LEASE)
        key = dm_key(STUDENT.id, "deadline:hw1:120m:channel")
        assert await poster.find_dm(STUDENT.id, key, window) is None
        await poster.send_dm(STUDENT.id, dm_key(STUDENT.id, "deadline:hw1:1200m:channel"), Answer(title="other"))
        assert await poster.find_dm(STUDENT.id, key, window) is None
        sent = await poster.send_dm(STUDENT.id, key, Answer(title="HW1 is due in 2 hours", lines=(text("soon"),)))
        found = await poster.find_dm(STUDENT.id, key, window)
        assert found == sent
        earlier = ClaimWindow(start=now - dt.timedelta(hours=3), end=now - dt.timedelta(hours=2))
        assert await poster.find_dm(STUDENT.id, key, earlier) is None  # outside the claim window
    assert fake.violations == []
