"""A restart of a forum with hundreds of posts, through the real discord.py client and the loopback Discord (issue
13): which threads still exist comes from Discord's lists of threads, a few requests whatever the number of posts;
deleted threads and answers deleted or edited while the bot was away are still found; a list Discord refuses proves
nothing; a second restart changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

import commands.qa_forum as qa_forum
from bot.core.clock import FixedClock
from tests.commands.test_qa_discord import ENV, WORDS_ENV, eventually, fake_discord, setup_forum
from tests.conftest import at
from tests.discord_harness import FORUM_ID, GUILD_ID, SECTION_CHANNEL_ID, STAFF_ROLE_ID, STUDENT, TA, running_bot

NOW = at("2024-02-12 10:00")
LONG_AGO = at("2024-02-01 09:00")  # threads archived before the bot stopped
WHILE_AWAY = at("2024-02-12 18:00")  # a thread archived after the bot stopped


@pytest.fixture
def clock():
    return FixedClock(NOW)


@pytest.fixture(autouse=True)
def no_spacing(monkeypatch):
    """The one-request checks are spaced out in production; here they run back to back."""
    monkeypatch.setattr(qa_forum, "RECHECK_EVERY", 0)


def _seed(fake, store, count: int, *, active: int = 5) -> list[int]:
    """`count` posts made in Discord while the bot ran (every tenth private, every other one answered by staff),
    all archived long ago but the last `active`; returns the posts' ids."""
    guild = fake.guilds[GUILD_ID]
    ids = []
    for i in range(count):
        private = i % 10 == 0
        parent = guild.channel(SECTION_CHANNEL_ID if private else FORUM_ID)
        thread = fake._thread(guild, parent, f"Question {i}", STUDENT.id, 12 if private else 11, [])
        thread.members.append(fake.bot_user.id)
        fake._store_message(fake._user_message(guild, thread.id, STUDENT, f"About {i}", [], message_id=thread.id))
        post = store.qa_posts.add(
            GUILD_ID,
            title=f"Question {i}",
            body=f"About {i}",
            topic="other",
            visibility="private" if private else "public",
            author_id=STUDENT.id,
            via="forum",
            now=NOW,
            thread_id=thread.id,
            channel_id=parent.id,
            starter_id=thread.id,
        )
        if i % 2 == 0:
            answer = fake._user_message(guild, thread.id, TA, f"Answer {i}", [STAFF_ROLE_ID])
            fake._store_message(answer)
            store.qa_posts.update(
                post.id,
                NOW,
                status="answered",
                answer_id=int(answer["id"]),
                answer_text=answer["content"],
                answer_by_staff=True,
                answered_at=NOW,
            )
        if i < count - active:
            fake.archive_thread(thread.id, LONG_AGO + dt.timedelta(minutes=i))
        ids.append(post.id)
    return ids


def _forum_requests(fake, since: int) -> list[str]:
    """What the bot asked Discord about threads and messages after the restart (login and the gateway aside)."""
    return [
        f"{r.method} {r.route}"
        for r in fake.requests[since:]
        if r.route and ("/channels/" in r.route or "/threads" in r.route) and "/interactions/" not in r.route
    ]


def _state(store) -> list[tuple]:
    return [(p.id, p.status, p.answer_id, p.answer_text, p.endorsed) for p in store.qa_posts.listed(GUILD_ID)]


async def test_a_restart_of_hundreds_of_posts_costs_a_few_requests_and_finds_what_changed(course, clock, tmp_path):
    """300 posts: threads from the active list and 100-a-page archived lists, no fetch per thread; answers looked
    at only in threads that could change (active, or archived while the bot was away); a second restart changes
    nothing and costs as little."""
    db = tmp_path / "bot.db"
    async with fake_discord(words=True) as fake:
        async with running_bot(fake, course, clock, db, **WORDS_ENV) as bot:
            await setup_forum(fake)
            await bot.reconciling
            ids = _seed(fake, bot.store, 300)
            posts = {p.id: p for p in bot.store.qa_posts.listed(GUILD_ID)}
        # While the bot is away: three threads deleted (archived public, archived private, active), an answer
        # edited in an active thread, and a thread opened, its answer deleted, and archived again.
        gone = [posts[ids[i]] for i in (4, 10, 298)]
        for post in gone:
            fake.guilds[GUILD_ID].channels.remove(fake.thread(post.thread_id))
        edited, emptied = posts[ids[296]], posts[ids[6]]
        next(m for m in fake.messages[edited.thread_id] if int(m["id"]) == edited.answer_id)["content"] = "Changed."
        fake.messages[emptied.thread_id] = [
            m for m in fake.messages[emptied.thread_id] if int(m["id"]) != emptied.answer_id
        ]
        fake.archive_thread(emptied.thread_id, WHILE_AWAY)
        mark = len(fake.requests)
        async with running_bot(fake, course, clock, db, **WORDS_ENV) as bot:
            await bot.reconciling
            after = {p.id: p for p in bot.store.qa_posts.listed(GUILD_ID)}
            assert sorted(p.id for p in after.values() if p.status == "deleted") == sorted(p.id for p in gone)
            assert after[edited.id].answer_text == "Changed."
            assert (after[emptied.id].status, after[emptied.id].answer_id) == ("unanswered", None)
            first = _forum_requests(fake, mark)
            state = _state(bot.store)
        assert "GET /channels/{channel_id}" not in first  # no thread fetched one by one
        lists = [r for r in first if "threads" in r]
        # active list; the forum's 270 archived threads in 3 pages; the private channel's public and private lists
        assert len(lists) == 1 + 3 + 2, lists
        # the answer in the one active thread left with an answer (296; 298's thread is gone), and the one in the
        # thread archived while the bot was away; the questions of those threads (295, 296, 297, 299 active, 6
        # archived while away); none of the 145 answers or 295 questions in threads archived all along
        assert first.count("GET /channels/{channel_id}/messages/{message_id}") == 2 + 5, first
        assert len(first) < 20, first  # the per-thread way asked 450 times (one per thread, one per answer)
        mark = len(fake.requests)
        async with running_bot(fake, course, clock, db, **WORDS_ENV) as bot:
            await bot.reconciling
            assert _state(bot.store) == state
        second = _forum_requests(fake, mark)
        assert [r for r in second if not r.startswith("GET")] == []  # nothing to repair, nothing edited
        assert len(second) <= len(first), second
    assert fake.violations == []


@pytest.mark.parametrize("status", [403, 503])
async def test_nothing_is_marked_deleted_when_discord_will_not_list_the_threads(course, clock, tmp_path, status):
    """A list Discord refuses or fails proves nothing: with many threads unlisted, none is marked deleted (nor fetched
    one by one); the deletion is found at the next restart whose lists work."""
    db = tmp_path / "bot.db"
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, db, **ENV) as bot:
            await setup_forum(fake)
            await bot.reconciling
            ids = _seed(fake, bot.store, 60)
        deleted = ids[3]
        async with running_bot(fake, course, clock, db, **ENV) as bot:
            thread_id = bot.store.qa_posts.get(deleted).thread_id
        fake.guilds[GUILD_ID].channels.remove(fake.thread(thread_id))
        fake.fail_thread_lists("public", status=status)
        mark = len(fake.requests)
        async with running_bot(fake, course, clock, db, **ENV) as bot:
            await bot.reconciling
            assert [p.id for p in bot.store.qa_posts.listed(GUILD_ID) if p.status == "deleted"] == []
        assert "GET /channels/{channel_id}" not in _forum_requests(fake, mark)
        fake.heal_thread_lists()
        async with running_bot(fake, course, clock, db, **ENV) as bot:
            await bot.reconciling
            assert [p.id for p in bot.store.qa_posts.listed(GUILD_ID) if p.status == "deleted"] == [deleted]
    assert fake.violations == []


async def test_a_few_threads_left_unlisted_are_fetched_one_by_one(course, clock, tmp_path):
    """When the private threads' list fails, the few private posts are asked about one by one: the deleted one is
    found, the others are kept."""
    db = tmp_path / "bot.db"
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, db, **ENV) as bot:
            await setup_forum(fake)
            await bot.reconciling
            ids = _seed(fake, bot.store, 40)  # posts 0, 10, 20, 30 are private
            deleted = bot.store.qa_posts.get(ids[10])
        fake.guilds[GUILD_ID].channels.remove(fake.thread(deleted.thread_id))
        fake.fail_thread_lists("private", "joined", status=503)
        mark = len(fake.requests)
        async with running_bot(fake, course, clock, db, **ENV) as bot:
            await bot.reconciling
            assert [p.id for p in bot.store.qa_posts.listed(GUILD_ID) if p.status == "deleted"] == [deleted.id]
        assert _forum_requests(fake, mark).count("GET /channels/{channel_id}") == 4
    assert fake.violations == []


async def test_commands_answer_while_the_restarts_checks_are_still_spaced_out(course, clock, tmp_path, monkeypatch):
    """The one-request checks run in the background at a pace: a student's command is answered before they end."""
    db = tmp_path / "bot.db"
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, db, **ENV) as bot:
            await setup_forum(fake)
            await bot.reconciling
            _seed(fake, bot.store, 40, active=40)  # 20 answers in active threads to look at again
        monkeypatch.setattr(qa_forum, "RECHECK_EVERY", 0.2)
        async with running_bot(fake, course, clock, db, **ENV) as bot:
            asked = await fake.send_slash_command("ask", {"question": "when is the midterm"}, user=STUDENT)
            assert asked.callback_type == 4
            assert not bot.reconciling.done()
            await bot.reconciling
    assert fake.violations == []


async def test_a_restart_cut_short_leaves_the_next_one_to_look_from_the_same_moment(
    course, clock, tmp_path, monkeypatch
):
    """The bot stops again before its restart checks end: the forum's events it saw meanwhile do not move its
    'last seen' mark, so the next restart still looks at an answer edited in a thread archived while it was away."""
    db = tmp_path / "bot.db"
    async with fake_discord(words=True) as fake:
        async with running_bot(fake, course, clock, db, **WORDS_ENV) as bot:
            await setup_forum(fake)
            await bot.reconciling
            ids = _seed(fake, bot.store, 20, active=1)
            edited = bot.store.qa_posts.get(ids[2])
        next(m for m in fake.messages[edited.thread_id] if int(m["id"]) == edited.answer_id)["content"] = "Changed."
        fake.archive_thread(edited.thread_id, WHILE_AWAY)
        clock.set(WHILE_AWAY + dt.timedelta(days=1))
        monkeypatch.setattr(qa_forum, "RECHECK_EVERY", 30)  # the checks are still waiting when the bot stops
        async with running_bot(fake, course, clock, db, **WORDS_ENV) as bot:
            active = next(p for p in bot.store.qa_posts.listed(GUILD_ID) if not fake.thread(p.thread_id).archived)
            await fake.wait_for_requests("GET", "/channels/{channel_id}/threads/archived/private")
            await fake.user_message(active.thread_id, TA, "Looking into it.", [STAFF_ROLE_ID])
            await eventually(lambda: bot.store.qa_posts.get(active.id).first_staff_at is not None)
            assert not bot.reconciling.done()
            cut_short = bot.reconciling
        assert cut_short.cancelled()  # closing the bot stops its checks: none is left to fail on a closed session
        clock.set(WHILE_AWAY + dt.timedelta(days=2))
        monkeypatch.setattr(qa_forum, "RECHECK_EVERY", 0)
        async with running_bot(fake, course, clock, db, **WORDS_ENV) as bot:
            await bot.reconciling
            assert bot.store.qa_posts.get(edited.id).answer_text == "Changed."
    assert fake.violations == []


async def test_a_new_gateway_session_looks_again_for_what_changed_while_no_events_came(course, clock, tmp_path):
    """Discord invalidates the session and the bot identifies anew (a new session replays nothing): a thread deleted
    and an answer edited meanwhile, whose events never came, are found as after a restart, without restarting."""
    db = tmp_path / "bot.db"
    async with fake_discord(words=True) as fake, running_bot(fake, course, clock, db, **WORDS_ENV) as bot:
        await setup_forum(fake)
        await bot.reconciling
        ids = _seed(fake, bot.store, 12, active=12)
        for session in (2, 3):  # every new session looks, not only the first after the start
            gone, edited = bot.store.qa_posts.get(ids[2 * session + 1]), bot.store.qa_posts.get(ids[2 * session])
            fake.guilds[GUILD_ID].channels.remove(fake.thread(gone.thread_id))
            answer = next(m for m in fake.messages[edited.thread_id] if int(m["id"]) == edited.answer_id)
            answer["content"] = f"Edited while session {session - 1} was gone."
            before = bot.reconciling
            await fake.invalidate_sessions()
            await fake.wait_until_identified(session)
            await eventually(lambda before=before: bot.reconciling is not before)
            await bot.reconciling
            assert bot.store.qa_posts.get(gone.id).status == "deleted"
            assert bot.store.qa_posts.get(edited.id).answer_text == answer["content"]
    assert fake.violations == []
