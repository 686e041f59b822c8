"""What happened in the forum while the bot was away (hostile6 1), through the real discord.py client and the loopback
Discord: a question posted straight in the forum is recorded once, tagged and answered; a staff reply in an open
post's thread counts, so staff are not told it waits for one; two catch-ups at once record nothing twice."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

import bot.discord_app.forum_host as forum_host
import commands.qa_forum as qa_forum
from bot.core.clock import FixedClock
from bot.discord_app.forum_events import reconcile_forums
from bot.qa.faq_file import read_faq
from bot.qa.knowledge import import_faq
from tests.commands.test_qa_discord import ENV, FAQ, WORDS_ENV, ask, fake_discord, setup_forum
from tests.conftest import at
from tests.discord_harness import (
    CHANNEL_ID,
    FORUM_ID,
    GUILD_ID,
    OTHER_STUDENT,
    STAFF_ROLE_ID,
    TA,
    embed_text,
    running_bot,
)


@pytest.fixture(autouse=True)
def no_spacing(monkeypatch):
    monkeypatch.setattr(qa_forum, "RECHECK_EVERY", 0)


def _offline_post(fake, user, title: str, details: str):
    """A student posts straight in the forum with no bot connected: no gateway event reaches anyone."""
    guild, forum = fake._guild_of_channel(FORUM_ID)
    thread = fake._thread(guild, forum, title, user.id, 11, [])
    thread.members.append(user.id)
    fake._store_message(fake._user_message(guild, thread.id, user, details, [], message_id=thread.id))
    return thread


def _offline_reply(fake, thread_id: int, user, words: str, roles: list[int]) -> None:
    guild, _ = fake._guild_of_channel(thread_id)
    fake._store_message(fake._user_message(guild, thread_id, user, words, roles))


async def test_what_happened_in_the_forum_while_the_bot_was_down_is_caught_up_once(course, tmp_path):
    clock = FixedClock(at("2024-02-12 10:00"))
    db = tmp_path / "bot.db"
    async with fake_discord(words=True) as fake:
        async with running_bot(fake, course, clock, db, **WORDS_ENV) as bot:
            await setup_forum(fake)
            import_faq(bot.store, course, GUILD_ID, read_faq(FAQ.name, FAQ.read_bytes()), by=0, now=clock.now())
            await ask(fake, "hw3", "public", "HW3 Q2: what does stable mean here?", "thanks")
            (asked,) = bot.store.qa_posts.listed(GUILD_ID)
        _offline_reply(fake, asked.thread_id, TA, "Stable means equal keys keep their order.", [STAFF_ROLE_ID])
        _offline_reply(fake, asked.thread_id, OTHER_STUDENT, "+1", [])
        thread = _offline_post(fake, OTHER_STUDENT, "can we bring a cheat sheet to the exam?", "one page?")
        clock.advance(dt.timedelta(minutes=30))
        async with running_bot(fake, course, clock, db, **WORDS_ENV) as bot:
            await bot.reconciling
            await asyncio.gather(reconcile_forums(bot), reconcile_forums(bot))  # overlapping catch-ups
            post = bot.store.qa_posts.by_thread(thread.id)
            assert post is not None
            assert (post.via, post.author_id, post.body, post.status) == (
                "forum",
                OTHER_STUDENT.id,
                "one page?",
                "unanswered",
            )
            assert [p.thread_id for p in bot.store.qa_posts.listed(GUILD_ID)].count(thread.id) == 1
            config = bot.store.qa_forums.get(GUILD_ID)
            assert config.tags["Unanswered"] in fake.thread(thread.id).applied_tags
            replies = [m for m in fake.channel_messages(thread.id) if "Possibly related" in embed_text(m)]
            assert len(replies) == 1
            assert bot.store.qa_posts.get(asked.id).first_staff_at is not None
            clock.advance(dt.timedelta(hours=5))
            await bot.announcer.run_due()
            pings = [embed_text(m) for m in fake.channel_messages(CHANNEL_ID) if "no staff answer" in embed_text(m)]
            assert [f"#{post.id} has had" in p for p in pings] == [True]  # the answered one is not pinged
    assert fake.violations == []


async def test_a_caught_up_question_is_read_as_of_when_it_was_asked(course, tmp_path, monkeypatch):
    """'Is there lecture tomorrow?' asked Tuesday night and caught up on Thursday is about Wednesday, not Friday:
    the course card answers for Wednesday and says it is as of when the student asked."""
    clock = FixedClock(at("2024-02-12 10:00"))
    db = tmp_path / "bot.db"
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, db, **ENV):
            await setup_forum(fake)
        thread = _offline_post(fake, OTHER_STUDENT, "Is there lecture tomorrow?", "")
        # the thread's id says it was made Tuesday night (the fake mints ids at the wall-clock time); the restarted
        # bot imports its commands afresh, so the patch is where they take it from
        monkeypatch.setattr(forum_host, "made_at", lambda _id: at("2024-02-13 22:00"))
        clock.set(at("2024-02-15 09:00"))
        async with running_bot(fake, course, clock, db, **ENV) as bot:
            await bot.reconciling
            await reconcile_forums(bot)
            (reply,) = [embed_text(m) for m in fake.channel_messages(thread.id) if "Possibly related" in embed_text(m)]
            assert "as of when you asked" in reply
            assert "Feb 14" in reply or "LSH" in reply, reply
            assert "Feb 16" not in reply
            assert bot.store.qa_posts.by_thread(thread.id).created_at == at("2024-02-13 22:00")
    assert fake.violations == []


async def test_a_deleted_starter_is_a_deleted_question_not_the_first_reply(course, tmp_path):
    """A thread whose starter is gone, with a TA's reply left: never recorded as the student asking the TA's words,
    never answered or pinged about; it is recorded once, as deleted."""
    clock = FixedClock(at("2024-02-12 10:00"))
    db = tmp_path / "bot.db"
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, db, **ENV):
            await setup_forum(fake)
        guild, forum = fake._guild_of_channel(FORUM_ID)
        thread = fake._thread(guild, forum, "question title", OTHER_STUDENT.id, 11, [])
        _offline_reply(fake, thread.id, TA, "TA: see the syllabus, section 4.", [STAFF_ROLE_ID])
        clock.advance(dt.timedelta(minutes=30))
        async with running_bot(fake, course, clock, db, **ENV) as bot:
            await bot.reconciling
            await reconcile_forums(bot)
            post = bot.store.qa_posts.by_thread(thread.id)
            assert post is not None
            assert post.status == "deleted"
            assert "TA:" not in post.body
            assert not [m for m in fake.channel_messages(thread.id) if "Possibly related" in embed_text(m)]
            assert bot.store.qa_posts.listed(GUILD_ID, ("unanswered",)) == []
    assert fake.violations == []
