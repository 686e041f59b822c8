"""Staff times typed as "in 2 weeks at 9am" through Discord: the announcement goes out at the time typed, and an
extension is due at the time typed, across a daylight-saving change on both courses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.core.clock import FixedClock
from bot.grace.gradescope import parse_export
from tests.conftest import at
from tests.discord_app.test_announcements_discord import advance, posted, set_up
from tests.discord_harness import GUILD_ID, TA, embed_text, fake_discord, running_bot
from tests.fake_discord import ADMINISTRATOR

STAT187_GRADES = Path(__file__).parents[1] / "fixtures" / "gradescope" / "stat187_grades.csv"


async def test_announcement_in_two_weeks_at_9am_goes_out_at_9_after_the_clocks_change(course, tmp_path):
    """10-605, typed Mar 1 (EST): posted at 9:00 AM EDT on Mar 15, not 10:00."""
    clock = FixedClock(at("2024-03-01 10:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        await set_up(fake)
        await fake.send_slash_command(
            "announce add",
            {"message": "Review session starts now", "when": "in 2 weeks at 9am"},
            user=TA,
            permissions=ADMINISTRATOR,
        )
        await advance(bot, clock, at("2024-03-15 08:58"))
        assert not [m for m in posted(fake) if "Review session" in embed_text(m)]
        await advance(bot, clock, at("2024-03-15 09:01"))
        assert len([m for m in posted(fake) if "Review session" in embed_text(m)]) == 1


async def test_extension_in_two_weeks_at_1159pm_is_due_at_1159pm_after_fall_back(second_course, tmp_path):
    """stat-187, typed Oct 28 (PDT): the extension is due Nov 11 at 11:59 PM PST, not 10:59 PM."""
    clock = FixedClock(second_course.at(dt.date(2024, 10, 28), dt.time(10, 0)))
    raw = STAT187_GRADES.read_text()
    async with fake_discord() as fake, running_bot(fake, second_course, clock, tmp_path / "bot.db") as bot:
        guild, student = GUILD_ID, "rosa@pcsu.example.edu"
        bot.store.grace.import_export(
            guild,
            parse_export(second_course, raw, STAT187_GRADES.name),
            raw,
            user_id=TA.id,
            filename=STAT187_GRADES.name,
            now=clock.now(),
        )
        await fake.send_slash_command(
            "gracedays grant",
            {
                "student": student,
                "assignment": "ps6",
                "kind": "extension",
                "reason": "flu",
                "new_due": "in 2 weeks at 11:59pm",
            },
            user=TA,
            permissions=ADMINISTRATOR,
        )
        grants = bot.store.grace.grants_on(guild, student, "ps6")
        assert [g.grant.new_due for g in grants] == [second_course.at(dt.date(2024, 11, 11), dt.time(23, 59))]
