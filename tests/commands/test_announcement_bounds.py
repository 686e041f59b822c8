"""Staff cannot schedule at the calendar's edge: /announce add and /admin grades-published refuse times far outside
the course with a clear message (nothing stored), and /admin status shows what failed or was skipped, and why."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.announce.bounds import check_announcement_time, check_publication_time
from bot.announce.server_setup import GuildSetup
from bot.core.clock import FixedClock
from bot.core.errors import UserError
from tests.conftest import NY, at
from tests.discord_harness import CHANNEL_ID, GUILD_ID, STUDENT, TA, embed_text, fake_discord, running_bot
from tests.fake_discord import ADMINISTRATOR

NOW = at("2024-02-12 10:00")


@pytest.mark.parametrize(
    ("when", "at_", "expected"),
    [
        (
            "dec 31 9999",
            dt.datetime(9999, 12, 31, tzinfo=NY),
            "more than a year ahead. Pick a time up to Tue Feb 11, 2025",
        ),
        ("feb 20 2025", at("2025-02-20 00:00"), "more than a year ahead"),
        ("yesterday", at("2024-02-11 00:00"), "is in the past"),
    ],
)
def test_announcement_times_outside_a_year_are_refused(course, when, at_, expected):
    """A staff announcement goes out after now and at most a year ahead; the message says how the time was read."""
    with pytest.raises(UserError) as refused:
        check_announcement_time(when, at_, NOW, course)
    assert expected in refused.value.message
    assert repr(when) in refused.value.message
    check_announcement_time("feb 1 2025 9am", at("2025-02-01 09:00"), NOW, course)  # within a year: fine


@pytest.mark.parametrize(
    ("when", "at_", "expected"),
    [
        ("dec 31 9999", dt.datetime(9999, 12, 31, tzinfo=NY), "'dec 31 9999' reads as Fri Dec 31, 9999, 12:00 AM EST"),
        ("jan 1 2020", at("2020-01-01 00:00"), "before the term began (Wed Jan 17, 2024)"),
    ],
)
def test_publication_times_outside_the_term_or_a_year_are_refused(course, when, at_, expected):
    """Grades are published no earlier than the term's start and at most a year from now."""
    with pytest.raises(UserError) as refused:
        check_publication_time(when, at_, NOW, course)
    assert expected in refused.value.message
    check_publication_time("feb 1", at("2024-02-01 12:00"), NOW, course)


async def test_commands_refuse_year_9999_and_store_nothing(course, tmp_path):
    """The issue's `dec 31 9999`, typed by staff in Discord: refused ephemerally, nothing stored or scheduled."""
    async with fake_discord() as fake, running_bot(fake, course, FixedClock(NOW), tmp_path / "bot.db") as bot:
        staff = {"user": TA, "permissions": ADMINISTRATOR}
        added = await fake.send_slash_command("announce add", {"message": "x", "when": "dec 31 9999"}, **staff)
        assert "9999" in embed_text(added.data)  # refused as the year 9999 (the date reader or the bounds)
        assert "something went wrong" not in embed_text(added.data)
        assert added.ephemeral
        assert bot.store.staff_posts.scheduled(GUILD_ID) == []
        graded = await fake.send_slash_command(
            "admin grades-published", {"assignment": "hw1", "when": "dec 31 9999"}, **staff
        )
        assert "9999" in embed_text(graded.data)
        assert "something went wrong" not in embed_text(graded.data)
        assert bot.store.published.grades(GUILD_ID) == {}
        ok = await fake.send_slash_command("announce add", {"message": "Review", "when": "tomorrow 9am"}, **staff)
        assert "scheduled" in embed_text(ok.data)
    assert fake.violations == []


async def test_admin_status_shows_failed_skipped_and_waiting_items_with_reasons(course, tmp_path):
    """A regrade stored for 9999 (before the bounds) fails with its reason; stale items are skipped; a claim left
    by a dead process waits: /admin status lists each, staff only."""
    clock = FixedClock(at("2024-03-12 12:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        setup = GuildSetup(channel_id=CHANNEL_ID, since=at("2024-03-10 00:00"))
        bot.store.server_settings.save(GUILD_ID, setup.to_json(), by=TA.id, now=clock.now(), change={})
        bot.store.published.set_grades(GUILD_ID, "hw2", dt.datetime(9999, 12, 31, tzinfo=NY), by=TA.id, now=clock.now())
        bot.store.deliveries.claim(GUILD_ID, "staff:99", "dead-process", clock.now(), dt.timedelta(0))
        await bot.announcer.run_due()
        shown = embed_text((await fake.send_slash_command("admin status", {}, user=TA, permissions=ADMINISTRATOR)).data)
        assert "Failed (not sent)" in shown
        assert "`regrade:hw2` · <t:" in shown
        assert "its date falls outside the years 1-9999" in shown
        assert "Skipped" in shown
        assert "stale or superseded while the bot was offline" in shown
        assert "Waiting to retry" in shown
        assert "`staff:99`" in shown
        assert "Sent: " in shown
        student = await fake.send_slash_command("admin status", {}, user=STUDENT)
        assert "for course staff" in embed_text(student.data)
    assert fake.violations == []
