"""Questions edited or deleted in Discord while the bot was away (issue 13), through the real discord.py client and
the loopback Discord: after a restart an edited question's words are read again (an answered one is found by them),
a deleted one's post is deleted as when the bot is up, and nothing is posted or pinged twice."""

from __future__ import annotations

import datetime as dt

import pytest

import commands.qa_forum as qa_forum
from bot.core.clock import FixedClock
from bot.qa import restart_recovery
from tests.commands.test_qa_discord import ENV, STAFF, WORDS_ENV, eventually, fake_discord, setup_forum
from tests.conftest import at
from tests.discord_harness import FORUM_ID, GUILD_ID, OTHER_STUDENT, STAFF_ROLE_ID, STUDENT, TA, running_bot


@pytest.fixture(autouse=True)
def no_spacing(monkeypatch):
    monkeypatch.setattr(qa_forum, "RECHECK_EVERY", 0)


def _writes(fake, since: int) -> list[str]:
    """What the bot sent to Discord after `since`, other than reading (a post, a reply, a ping, an edit)."""
    return [f"{r.method} {r.route}" for r in fake.requests[since:] if r.method != "GET" and r.route]


async def test_questions_edited_or_deleted_while_the_bot_was_away_are_read_again_or_deleted(course, tmp_path):
    """Three questions posted straight in the forum: one edited, one deleted (its thread stays), one answered by
    staff (offered as a link) and edited. After the restart the edits are the posts' words (the answered one is
    found by them), the deleted question's post is deleted and leaves the suggestions, no message is posted; a
    second restart changes nothing and writes nothing."""
    clock = FixedClock(at("2024-02-12 10:00"))
    db = tmp_path / "bot.db"
    async with fake_discord(words=True) as fake:
        async with running_bot(fake, course, clock, db, **WORDS_ENV) as bot:
            await setup_forum(fake)
            await bot.reconciling
            edited, _ = await fake.user_forum_post(FORUM_ID, STUDENT, "hw3 q2 unclear", "what is a stable sort?")
            gone, _ = await fake.user_forum_post(FORUM_ID, OTHER_STUDENT, "late days on hw2?", "can I use two?")
            answered, _ = await fake.user_forum_post(FORUM_ID, STUDENT, "spark setup fails", "no java found")
            for thread in (edited, gone, answered):
                await eventually(lambda t=thread: bot.store.qa_posts.by_thread(t.id) is not None)
            reply = await fake.user_message(answered.id, TA, "Install Java 11 first.", [STAFF_ROLE_ID])
            await fake.send_message_command("Mark as answer", reply, **STAFF)
            assert bot.store.qa_posts.by_thread(answered.id).status == "answered"  # offered as a link, not endorsed
        fake.quietly_edit(edited.id, edited.id, "what does stable mean for a merge sort?")
        fake.quietly_delete(gone.id, gone.id)
        fake.quietly_edit(answered.id, answered.id, "pyspark says JAVA_HOME is not set")
        clock.advance(dt.timedelta(hours=1))
        mark = len(fake.requests)
        async with running_bot(fake, course, clock, db, **WORDS_ENV) as bot:
            await bot.reconciling
            posts = {p.thread_id: p for p in bot.store.qa_posts.listed(GUILD_ID)}
            assert posts[edited.id].body == "what does stable mean for a merge sort?"
            assert posts[edited.id].edited_at == clock.now()
            assert (posts[gone.id].status, posts[gone.id].deleted_at) == ("deleted", clock.now())
            assert posts[answered.id].body == "pyspark says JAVA_HOME is not set"
            assert posts[answered.id].status == "answered"
            found = bot.store.qa_entries.for_post(posts[answered.id].id)
            assert "pyspark" in found.question_terms.split(), found.question_terms
            assert bot.store.qa_entries.for_post(posts[gone.id].id) is None
            assert fake.thread(gone.id).parent_id == FORUM_ID  # Discord keeps the thread; the bot only forgets it
            state = [(p.id, p.status, p.body) for p in posts.values()]
        assert [w for w in _writes(fake, mark) if "/messages" in w or "/webhooks/" in w] == []  # nothing posted
        mark = len(fake.requests)
        async with running_bot(fake, course, clock, db, **WORDS_ENV) as bot:
            await bot.reconciling
            assert [(p.id, p.status, p.body) for p in bot.store.qa_posts.listed(GUILD_ID)] == state
        assert _writes(fake, mark) == []
    assert fake.violations == []


async def test_a_restarts_question_checks_are_capped_and_the_next_restart_goes_on(course, tmp_path, monkeypatch):
    """A restart looks at a few questions (one request each, QUESTION_CHECKS_AT_MOST) and leaves the rest for the
    next one, which goes on from where it stopped: a question deleted among the later ones is found then."""
    from tests.commands.test_qa_forum_restart import _seed

    monkeypatch.setattr(restart_recovery, "QUESTION_CHECKS_AT_MOST", 4)
    clock = FixedClock(at("2024-02-12 10:00"))
    db = tmp_path / "bot.db"
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, db, **ENV) as bot:
            await setup_forum(fake)
            await bot.reconciling
            ids = _seed(fake, bot.store, 7, active=7)  # six public questions (every tenth is private)
            last = bot.store.qa_posts.get(ids[-1])
            starters = {bot.store.qa_posts.get(i).starter_id for i in ids}
        fake.quietly_delete(last.thread_id, last.starter_id)
        clock.advance(dt.timedelta(hours=1))
        for restart, deleted in ((1, False), (2, True)):
            mark = len(fake.requests)
            async with running_bot(fake, course, clock, db, **ENV) as bot:
                await bot.reconciling
                fetched = [r for r in fake.requests[mark:] if r.method == "GET" and r.path.rsplit("/", 1)[-1].isdigit()]
                asked = [r for r in fetched if int(r.path.rsplit("/", 1)[-1]) in starters]
                assert len(asked) <= 4, (restart, [r.path for r in asked])
                assert (bot.store.qa_posts.get(last.id).status == "deleted") is deleted, restart
    assert fake.violations == []
