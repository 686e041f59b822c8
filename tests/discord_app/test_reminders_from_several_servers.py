"""A student with DM reminders from two servers: each DM, /remind list and /remind stop name the course."""

from __future__ import annotations

import datetime as dt

from bot.core.clock import FixedClock
from bot.course.catalog import load_courses
from tests.conftest import NY
from tests.discord_app.test_many_courses import STAT_GUILD, advance, courses_dir, staff, stat_guild  # noqa: F401
from tests.discord_harness import (
    CHANNEL_ID,
    GUILD_ID,
    OTHER_STUDENT,
    STUDENT,
    course_guild,
    embed_text,
    fake_discord,
    running_bot,
)


def titles(messages) -> list[str]:
    return [m["embeds"][0]["title"] for m in messages]


async def test_each_dm_and_reply_names_its_course_only_when_there_are_several(courses_dir, tmp_path):  # noqa: F811
    """Subscribed on both servers: DMs start with the course code, list and stop name the course they act on; a
    student subscribed on one server alone sees them as before."""
    catalog = load_courses(courses_dir)
    clock = FixedClock(dt.datetime(2024, 2, 19, 10, 0, tzinfo=NY))
    env = {"COURSEBOT_GUILD_ID": "", "COURSEBOT_COURSES": str(courses_dir)}
    async with (
        fake_discord(guilds=[course_guild(), stat_guild()]) as fake,
        running_bot(fake, catalog, clock, tmp_path / "bot.db", **env) as bot,
    ):
        await staff(fake, GUILD_ID, "setup course", {"course": "10-605-s24"})
        await staff(fake, STAT_GUILD, "setup course", {"course": "stat-187-f24"})
        await staff(fake, GUILD_ID, "setup channel", {"channel": CHANNEL_ID})
        for user in (STUDENT, OTHER_STUDENT):
            await fake.send_slash_command("remind me", {}, user=user, guild_id=GUILD_ID)
        confirmed = embed_text(
            (await fake.send_slash_command("remind me", {"before": "1d, 2h"}, user=STUDENT, guild_id=STAT_GUILD)).data
        )
        assert "I'll DM you: deadline reminders, exam reminders; deadline reminders 1d, 2h before" in confirmed
        assert "at the due time's clock time that many days before, even across a clock change" in confirmed
        await advance(bot, clock, dt.datetime(2024, 2, 22, 10, 0, tzinfo=NY))
        assert "10-405/10-605 · HW3 is due in 2 days" in titles(fake.dm_messages(STUDENT.id))
        assert "HW3 is due in 2 days" in titles(fake.dm_messages(OTHER_STUDENT.id))

        listed = embed_text((await fake.send_slash_command("remind list", {}, user=STUDENT, guild_id=GUILD_ID)).data)
        assert "For 10-405/10-605 Machine Learning with Large Datasets (Spring 2024) (this server)." in listed
        assert "Your reminders from 1 other server" in listed
        alone = embed_text(
            (await fake.send_slash_command("remind list", {}, user=OTHER_STUDENT, guild_id=GUILD_ID)).data
        )
        assert "For 10-405" not in alone
        assert "other server" not in alone

        stopped = embed_text((await fake.send_slash_command("remind stop", {}, user=STUDENT, guild_id=STAT_GUILD)).data)
        assert "Reminders for STAT 187" in stopped
        assert "Your reminders from 1 other server go on" in stopped
        again = embed_text((await fake.send_slash_command("remind stop", {}, user=STUDENT, guild_id=GUILD_ID)).data)
        assert "Reminders stopped." in again
    assert fake.violations == []
