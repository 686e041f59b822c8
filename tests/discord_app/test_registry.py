"""Every interaction sees the database as it was when the interaction arrived: what another process committed
before it (the command line, a second bot, the console) is never hidden by the bot's read cache."""

from __future__ import annotations

from bot.core.clock import FixedClock
from bot.discord_app.registry import plain_value
from bot.store.database import Store
from tests.conftest import at
from tests.discord_harness import GUILD_ID, STAFF_ROLE_ID, STUDENT, TA, embed_text, fake_discord, running_bot

NOW = at("2024-02-12 10:00")


async def test_writes_by_another_process_are_seen_by_the_next_interaction(course, tmp_path):
    db = tmp_path / "bot.db"
    async with fake_discord() as fake, running_bot(fake, course, FixedClock(NOW), db):
        before = await fake.send_slash_command("exam info", {"which": "exam1"}, user=STUDENT)
        assert "https://example.org/conflicts" not in embed_text(before.data)
        refused = await fake.send_slash_command("admin status", {}, user=TA, roles=[STAFF_ROLE_ID])
        assert "for course staff" in embed_text(refused.data)
        cli = Store(db, zone=course.tz)  # what `coursebot` commands open beside the running bot
        try:
            cli.published.set_exam_form(GUILD_ID, "exam1", "https://example.org/conflicts", by=1, now=NOW)
            cli.server_settings.save(GUILD_ID, {"staff_role": str(STAFF_ROLE_ID)}, by=1, now=NOW, change={})
            cli.notices.add(GUILD_ID, STUDENT.id, "link.denied", {"email": "s@x.edu", "reason": "no"}, NOW)
        finally:
            cli.close()
        after = await fake.send_slash_command("exam info", {"which": "exam1"}, user=STUDENT)
        assert "https://example.org/conflicts" in embed_text(after.data)
        await after.wait_for_followups(1)
        assert "s@x.edu" in embed_text(after.followups[0])  # the owed notice, once
        again = await fake.send_slash_command("exam info", {"which": "exam1"}, user=STUDENT)
        allowed = await fake.send_slash_command("admin status", {}, user=TA, roles=[STAFF_ROLE_ID])
        assert "Data version" in embed_text(allowed.data)
        assert again.followups == []  # by now its follow-ups would have come
    assert fake.violations == []


async def test_what_was_owed_when_the_bot_stopped_is_told_once_after_it_restarts(course, tmp_path):
    """A notice and a closed-DMs note owed before a restart both follow the first command after it, and only it."""
    db = tmp_path / "bot.db"
    async with fake_discord() as fake:
        async with running_bot(fake, course, FixedClock(NOW), db) as bot:
            await fake.send_slash_command("due", {}, user=STUDENT)  # the bot has read that nothing is owed
            bot.store.notices.add(GUILD_ID, STUDENT.id, "link.denied", {"email": "s@x.edu", "reason": "no"}, NOW)
            bot.store.reminders.mark_dms_closed(STUDENT.id, NOW)
        async with running_bot(fake, course, FixedClock(NOW), db):
            first = await fake.send_slash_command("due", {}, user=STUDENT)
            told = await first.wait_for_followups(2)
            assert "s@x.edu" not in embed_text(first.data)
            assert "DMs are closed" in embed_text(told[0])
            assert "s@x.edu" in embed_text(told[1])
            assert all(m["flags"] & 64 for m in told)  # only the student sees them
            other = await fake.send_slash_command("due", {}, user=TA)
            again = await fake.send_slash_command("due", {}, user=STUDENT)
            assert other.followups == []
            assert again.followups == []
    assert fake.violations == []


def test_plain_option_values_pass_through_unchanged():
    for value in ("hw3", 3, 2.5, True, None):
        assert plain_value(value) is value


async def test_interactions_beyond_the_answering_slots_wait_and_are_each_answered_once(course, tmp_path, monkeypatch):
    import asyncio

    from bot.discord_app import registry

    running, most = 0, 0
    run_logged = registry.run_logged

    async def counted(spec, inv, values):
        nonlocal running, most
        running += 1
        most = max(most, running)
        try:
            return await run_logged(spec, inv, values)
        finally:
            running -= 1

    monkeypatch.setattr(registry, "run_logged", counted)
    async with fake_discord() as fake, running_bot(fake, course, FixedClock(NOW), tmp_path / "bot.db") as bot:
        bot.answering = asyncio.Semaphore(2)
        sent = [fake.send_slash_command("deadline", {"assignment": f"hw{n % 3 + 1}"}, user=STUDENT) for n in range(8)]
        results = await asyncio.gather(*sent)
    assert most == 2  # without the gate all eight build their answers before the first reply is sent
    assert [f"HW{n % 3 + 1}" in embed_text(r.data) for n, r in enumerate(results)] == [True] * 8
    assert all(r.followups == [] for r in results)
    assert fake.violations == []
