"""A thread staff open straight in the forum (a release's discussion thread, a notice) is no question waiting for
staff (hostile11 6), through the real discord.py client and the loopback Discord: live or caught up after a restart,
it is not tagged Unanswered, gets no "Possibly related" reply, and is in no list, count or ping; a student's is."""

from __future__ import annotations

import datetime as dt

import pytest

import commands.qa_forum as qa_forum
from bot.core.clock import FixedClock
from bot.discord_app.forum_events import reconcile_forums
from tests.commands.test_qa_discord import STAFF, WORDS_ENV, eventually, fake_discord, setup_forum
from tests.commands.test_qa_forum_catch_up import _offline_post
from tests.conftest import at
from tests.discord_harness import CHANNEL_ID, FORUM_ID, GUILD_ID, OTHER_STUDENT, TA, embed_text, running_bot


@pytest.fixture(autouse=True)
def no_spacing(monkeypatch):
    monkeypatch.setattr(qa_forum, "RECHECK_EVERY", 0)


def _untouched(fake, bot, thread_id: int) -> None:
    config = bot.store.qa_forums.get(GUILD_ID)
    assert config.tags["Unanswered"] not in fake.thread(thread_id).applied_tags
    assert not [m for m in fake.channel_messages(thread_id) if "Possibly related" in embed_text(m)]
    assert bot.store.qa_posts.by_thread(thread_id) is None


async def test_a_thread_staff_open_is_not_a_question_live_or_caught_up(course, tmp_path):
    """Live: not tagged, not replied to, not in /qa unanswered or /qa stats, never pinged; a student's thread posted
    after it is a question. After a restart: a staff thread posted meanwhile is left alone too, and not looked at
    again by the next restart."""
    clock = FixedClock(at("2024-02-12 10:00"))
    db = tmp_path / "bot.db"
    async with fake_discord(words=True) as fake:
        async with running_bot(fake, course, clock, db, **WORDS_ENV) as bot:
            await setup_forum(fake)
            staff, _ = await fake.user_forum_post(FORUM_ID, TA, "HW3 released: discussion thread", "Ask here.")
            student, _ = await fake.user_forum_post(FORUM_ID, OTHER_STUDENT, "hw3 q2: what is stable?", "?")
            await eventually(lambda: bot.store.qa_posts.by_thread(student.id) is not None)
            _untouched(fake, bot, staff.id)
            waiting = embed_text((await fake.send_slash_command("qa unanswered", {}, **STAFF)).data)
            assert "Unanswered questions (1)" in waiting
            assert f"<#{student.id}>" in waiting
            assert f"<#{staff.id}>" not in waiting
            stats = embed_text((await fake.send_slash_command("qa stats", {}, **STAFF)).data)
            assert "of 1 posts" in stats, stats
            clock.advance(dt.timedelta(hours=5))
            await bot.announcer.run_due()
            pinged = "\n".join(embed_text(m) for m in fake.channel_messages(CHANNEL_ID))
            assert f"<#{student.id}>" in pinged
            assert f"<#{staff.id}>" not in pinged
        offline = _offline_post(fake, TA, "Midterm logistics thread", "Rooms are posted.")
        for restart in range(2):
            clock.advance(dt.timedelta(minutes=30))
            async with running_bot(fake, course, clock, db, **WORDS_ENV) as bot:
                await bot.reconciling
                fake.reset_records()
                await reconcile_forums(bot)
                _untouched(fake, bot, offline.id)
                _untouched(fake, bot, staff.id)
                if restart:  # remembered: neither staff thread's first message is fetched again
                    fetched = {r.path for r in fake.requests if r.method == "GET"}
                    assert not any(f"/channels/{t.id}/messages" in p for t in (offline, staff) for p in fetched)
    assert fake.violations == []
