"""/announce cancel: only an announcement that has not started going out can be cancelled, and it is said so."""

from __future__ import annotations

import datetime as dt

from bot.core.clock import FixedClock
from tests.conftest import at
from tests.discord_app.test_announcements_discord import advance, posted, set_up
from tests.discord_harness import GUILD_ID, TA, embed_text, fake_discord, running_bot
from tests.fake_discord import ADMINISTRATOR

STAFF = {"user": TA, "permissions": ADMINISTRATOR}


async def test_a_posted_or_sending_announcement_is_not_cancelled_nor_offered(course, tmp_path):
    clock = FixedClock(at("2024-02-12 10:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        await set_up(fake)
        for message, when in (("Review session", "tomorrow 9am"), ("Exam room", "tomorrow 11am")):
            await fake.send_slash_command("announce add", {"message": message, "when": when}, **STAFF)
        await advance(bot, clock, at("2024-02-13 09:05"))
        assert sum("Review session" in embed_text(m) for m in posted(fake)) == 1
        offered = await fake.send_autocomplete("announce cancel", focused="announcement", **STAFF)
        assert [c["value"] for c in offered] == [2]
        refused = embed_text((await fake.send_slash_command("announce cancel", {"announcement": 1}, **STAFF)).data)
        assert "already posted" in refused
        assert "<t:" in refused
        assert "Announcement #1 cancelled" not in refused
        # one claimed by the sender (going out right now) is refused the same way
        assert bot.store.deliveries.claim(GUILD_ID, "staff:2", "other", clock.now(), dt.timedelta(minutes=5))
        sending = embed_text((await fake.send_slash_command("announce cancel", {"announcement": 2}, **STAFF)).data)
        assert "being posted right now" in sending
        assert [p.id for p in bot.store.staff_posts.scheduled(GUILD_ID)] == [1, 2]
        assert [e.action for e in bot.store.audit.latest(GUILD_ID, 50)].count("announce.cancel") == 0
    assert fake.violations == []
