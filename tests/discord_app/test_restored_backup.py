"""A database restored from a `coursebot backup` copy, then a restart: what went out after the copy was taken is
found in the channel and the DMs and never posted again; what is truly late still goes out once."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter

from bot.cli.ops import backup_database
from bot.core.clock import FixedClock
from tests.conftest import at
from tests.discord_app.test_announcements_discord import advance, posted, set_up
from tests.discord_harness import STUDENT, fake_discord, running_bot


def _keys(messages: list[dict]) -> list[str]:
    return [((m.get("embeds") or [{}])[-1].get("footer") or {}).get("text", "").rsplit(" · ", 1)[-1] for m in messages]


def _restore(backup, db) -> None:
    for f in db.parent.glob(db.name + "*"):
        f.unlink()
    shutil.copy(backup, db)


async def _backup_run_restore(
    fake,
    course,
    db,
    backup,
    clock,
    *,
    backed_up: dt.datetime,
    ran_to: dt.datetime,
    restarted: dt.datetime,
    remind: bool,
):
    """Set up, take a backup at `backed_up`, run to `ran_to`, stop, restore the copy, restart at `restarted`."""
    clock.set(backed_up)
    fake.message_clock = clock.now  # messages stamped in the bot's time: the history is searched by it
    async with running_bot(fake, course, clock, db) as bot:
        await set_up(fake) if course.id == "10-605-s24" else await _set_up_channel(fake)
        if remind:
            await fake.send_slash_command("remind me", {"before": "1d"}, user=STUDENT)
        await bot.announcer.run_due()
        backup_database(db, backup)
        await advance(bot, clock, ran_to)
    _restore(backup, db)
    clock.set(restarted)
    async with running_bot(fake, course, clock, db) as bot:
        await bot.announcer.run_due()


async def _set_up_channel(fake):
    from tests.discord_harness import CHANNEL_ID, TA
    from tests.fake_discord import ADMINISTRATOR

    await fake.send_slash_command("setup channel", {"channel": CHANNEL_ID}, user=TA, permissions=ADMINISTRATOR)


def _posted_twice(messages: list[dict]) -> list[str]:
    return [k for k, n in Counter(_keys(messages)).items() if n > 1]


async def test_restored_backup_posts_nothing_twice(course, tmp_path):
    """10-605: channel posts and a student's DMs sent between the backup and the restore are not sent again."""
    clock = FixedClock(at("2024-02-19 07:00"))
    async with fake_discord() as fake:
        await _backup_run_restore(
            fake,
            course,
            tmp_path / "bot.db",
            tmp_path / "backup.db",
            clock,
            backed_up=at("2024-02-19 07:00"),
            ran_to=at("2024-02-21 09:00"),
            restarted=at("2024-02-21 09:10"),
            remind=True,
        )
        channel, dms = posted(fake), fake.dm_messages(STUDENT.id)
        assert len(channel) > 3
        assert dms
        assert _posted_twice(channel) == []
        assert _posted_twice(dms) == []
        assert not any("I was offline" in str(m) for m in channel + dms)


async def test_restored_backup_still_posts_what_fell_due_while_down(course, tmp_path):
    """10-605: restarted hours later, what fell due after the old process stopped goes out once, late; what it had
    posted does not."""
    clock = FixedClock(at("2024-02-19 07:00"))
    async with fake_discord() as fake:
        await _backup_run_restore(
            fake,
            course,
            tmp_path / "bot.db",
            tmp_path / "backup.db",
            clock,
            backed_up=at("2024-02-19 07:00"),
            ran_to=at("2024-02-21 09:00"),
            restarted=at("2024-02-21 22:30"),
            remind=True,
        )
        channel, dms = posted(fake), fake.dm_messages(STUDENT.id)
        assert _posted_twice(channel) == []
        assert _posted_twice(dms) == []
        late = [m for m in channel if "I was offline" in str(m)]
        assert len(late) == 1
        assert "HW3" in str(late[0])


async def test_restored_backup_second_course(second_course, tmp_path):
    """stat-187: restored and restarted the minute the old process stopped, nothing is posted twice."""

    def t(day: str, hour: int) -> dt.datetime:
        return second_course.at(dt.date.fromisoformat(day), dt.time(hour, 0))

    clock = FixedClock(t("2024-10-29", 7))
    async with fake_discord() as fake:
        await _backup_run_restore(
            fake,
            second_course,
            tmp_path / "bot.db",
            tmp_path / "backup.db",
            clock,
            backed_up=t("2024-10-29", 7),
            ran_to=t("2024-10-31", 18),
            restarted=t("2024-10-31", 18),
            remind=False,
        )
        channel = posted(fake)
        assert any("PS5" in str(m) for m in channel)
        assert _posted_twice(channel) == []
