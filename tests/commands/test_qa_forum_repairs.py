"""The course forum after a hostile tester's findings (issue 13), through the real discord.py client and the
loopback Discord: first messages kept in step on private and archived threads, tags the server made kept, orphan
posts found again, a deleted webhook replaced, broken configuration named to students and staff."""

from __future__ import annotations

import asyncio

import pytest

from bot.core.clock import FixedClock
from tests.commands.test_qa_discord import ENV, STAFF, WORDS_ENV, ask, fake_discord, setup_forum
from tests.conftest import at
from tests.discord_harness import (
    CHANNEL_ID,
    FORUM_ID,
    GUILD_ID,
    OTHER_STUDENT,
    SECTION_CHANNEL_ID,
    STAFF_ROLE_ID,
    STUDENT,
    TA,
    course_guild,
    embed_text,
    running_bot,
)
from tests.discord_harness import fake_discord as harness_fake
from tests.fake_discord import ADMINISTRATOR, FakeMember, FakeUser


@pytest.fixture
def clock():
    return FixedClock(at("2024-02-12 10:00"))


def _top(fake, thread_id: int) -> str:
    return embed_text(fake.channel_messages(thread_id)[0])


def _buttons(message: dict) -> list[str]:
    return [i.get("label") for row in message.get("components") or [] for i in row.get("components") or []]


async def test_a_private_questions_first_message_follows_its_status(course, clock, tmp_path):
    """The bot sent a private thread's first message, so it edits it itself: the answer shows at the top, and a
    resolved post loses its buttons (finding 4)."""
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        await ask(fake, "other", "private", "A private question about my grade", "details")
        (post,) = bot.store.qa_posts.listed(GUILD_ID)
        reply = await fake.user_message(post.thread_id, TA, "Staff: your grade is fine.", [STAFF_ROLE_ID])
        marked = await fake.send_message_command("Mark as answer", reply, **STAFF)
        assert "shown at the top" in embed_text(marked.data)
        assert "your grade is fine" in _top(fake, post.thread_id)
        assert "Mark resolved" in _buttons(fake.channel_messages(post.thread_id)[0])
        await fake.send_slash_command("qa resolve", {"post": str(post.id)}, user=STUDENT)
        assert _buttons(fake.channel_messages(post.thread_id)[0]) == []
    assert fake.violations == []


async def test_an_archived_threads_first_message_and_tags_are_updated_and_it_stays_archived(course, clock, tmp_path):
    """A resolved (archived) post endorsed later shows the answer and the Endorsed tag and is archived again; an
    open thread Discord archived for inactivity shows a newly marked answer (finding 5)."""
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        config = bot.store.qa_forums.get(GUILD_ID)
        await ask(fake, "other", "public", "Resolved first and endorsed later", "d")
        (first,) = bot.store.qa_posts.listed(GUILD_ID)
        answer = await fake.user_message(first.thread_id, STUDENT, "Classmate: the answer is 7.")
        await fake.send_slash_command("qa resolve", {"post": str(first.id)}, user=STUDENT)
        assert fake.thread(first.thread_id).archived
        endorsed = await fake.send_message_command("Endorse", answer, **STAFF)
        assert "Endorsed" in embed_text(endorsed.data), embed_text(endorsed.data)
        assert "the answer is 7" in _top(fake, first.thread_id)
        thread = fake.thread(first.thread_id)
        assert thread.archived
        assert config.tags["Endorsed"] in thread.applied_tags
        await ask(fake, "other", "public", "Archived by Discord after a quiet week", "d")
        second = next(p for p in bot.store.qa_posts.listed(GUILD_ID) if p.id != first.id)
        answer = await fake.user_message(second.thread_id, TA, "Staff: use the second formula.", [STAFF_ROLE_ID])
        fake.thread(second.thread_id).archived = True  # Discord's auto-archive
        await fake.send_message_command("Mark as answer", answer, **STAFF)
        assert "use the second formula" in _top(fake, second.thread_id)
        assert config.tags["Answered"] in fake.thread(second.thread_id).applied_tags
    assert fake.violations == []


async def test_setup_on_a_forum_full_of_the_servers_own_tags_refuses_and_keeps_them(course, clock, tmp_path):
    """Setting up on a forum whose own tags leave no room names the tags it would remove and changes nothing
    (finding 3)."""
    fake = fake_discord()
    (forum,) = [c for g in fake.guilds.values() for c in g.channels if c.id == FORUM_ID]
    forum.available_tags = [
        {"id": str(9000 + n), "name": f"Week {n}", "moderated": False, "emoji_id": None, "emoji_name": None}
        for n in range(1, 21)
    ]
    async with fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV):
        refused = await fake.send_slash_command(
            "setup qa-forum", {"forum": FORUM_ID}, user=TA, permissions=ADMINISTRATOR
        )
        assert "'Week 20'" in embed_text(refused.data), embed_text(refused.data)
        assert [t["name"] for t in fake.thread(FORUM_ID).available_tags] == [f"Week {n}" for n in range(1, 21)]
    assert fake.violations == []


class _Killed(BaseException):
    """The process dies (kill -9): nothing after it reaches the database."""


async def test_a_post_made_in_discord_but_never_recorded_is_found_on_restart(course, clock, tmp_path):
    """The bot stops after Discord made the post and before it stored the thread: on restart the post is found by
    its first message (Question #N, sent by the forum's webhook) and works as any other (finding 2)."""
    db = tmp_path / "bot.db"
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, db, **ENV) as bot:
            await setup_forum(fake)
            posts, dead = bot.store.qa_posts, []
            real_update, real_get = posts.update, posts.get

            def update(post_id, now, **changes):
                if dead:
                    return real_get(post_id)
                if "thread_id" in changes:
                    dead.append(True)
                    raise _Killed
                return real_update(post_id, now, **changes)

            posts.update = update
            opened = await fake.send_slash_command("question", {"topic": "other", "visibility": "anonymous"})
            await fake.send_modal_submit(
                opened, {"title": "Killed in the middle of posting", "details": "d"}, wait=False
            )
            for _ in range(200):
                if dead and fake.forum_threads(FORUM_ID)[1:]:
                    break
                await asyncio.sleep(0.02)
            posts.update = real_update
        (thread,) = [t for t in fake.forum_threads(FORUM_ID) if t.name == "Killed in the middle of posting"]
        async with running_bot(fake, course, clock, db, **ENV) as bot:
            await bot.reconciling
            (post,) = bot.store.qa_posts.listed(GUILD_ID)
            assert (post.thread_id, post.starter_id, post.status) == (thread.id, thread.id, "unanswered")
            reply = await fake.user_message(thread.id, TA, "Staff: here is the answer.", [STAFF_ROLE_ID])
            marked = await fake.send_message_command("Mark as answer", reply, **STAFF)
            assert "shown at the top" in embed_text(marked.data), embed_text(marked.data)
            assert "here is the answer" in _top(fake, thread.id)
    assert fake.violations == []


async def test_a_post_that_never_reached_discord_is_given_up_on_restart(course, clock, tmp_path):
    """A post recorded but never made in Discord is not left to be pinged or linked as <#0> (finding 2)."""
    db = tmp_path / "bot.db"
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, db, **ENV) as bot:
            await setup_forum(fake)
            bot.store.qa_posts.add(
                GUILD_ID,
                title="Never posted",
                body="",
                topic="other",
                visibility="anonymous",
                author_id=None,
                via="question",
                now=clock.now(),
            )
        async with running_bot(fake, course, clock, db, **ENV) as bot:
            await bot.reconciling
            (post,) = bot.store.qa_posts.listed(GUILD_ID)
            assert post.status == "deleted"
    assert fake.violations == []


def _staff_channel_text(fake) -> str:
    return "\n".join(embed_text(m) for m in fake.channel_messages(CHANNEL_ID))


async def test_a_deleted_webhook_is_replaced_on_the_spot(course, clock, tmp_path):
    """The forum's webhook deleted in Discord: the question is posted through a new one (finding 12)."""
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        old = bot.store.qa_forums.get(GUILD_ID).webhook_id
        fake.channel_webhooks.pop(old)
        posted = await ask(fake, "other", "anonymous", "Asked after the webhook was deleted", "d")
        assert "Question posted" in embed_text(posted.data), embed_text(posted.data)
        new = bot.store.qa_forums.get(GUILD_ID).webhook_id
        assert new != old
        assert new in fake.channel_webhooks
        (post,) = bot.store.qa_posts.listed(GUILD_ID)
        assert fake.channel_messages(post.thread_id)[0]["webhook_id"] == str(new)
    assert fake.violations == []


async def test_a_deleted_tag_is_left_off_and_staff_are_told_which(course, clock, tmp_path):
    """A topic's tag deleted in Discord: the question is still posted, and staff read which tag to recreate
    (finding 15)."""
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        forum = fake.thread(FORUM_ID)
        forum.available_tags = [t for t in forum.available_tags if t["name"] != "HW1"]
        posted = await ask(fake, "hw1", "anonymous", "Asked after the HW1 tag was deleted", "d")
        assert "Question posted" in embed_text(posted.data), embed_text(posted.data)
        (post,) = bot.store.qa_posts.listed(GUILD_ID)
        config = bot.store.qa_forums.get(GUILD_ID)
        assert fake.thread(post.thread_id).applied_tags == [config.tags["Unanswered"]]
        told = _staff_channel_text(fake)
        assert "'HW1'" in told
        assert "/setup qa-forum" in told
        assert f"#{post.id}" in told
    assert fake.violations == []


async def test_a_deleted_forum_or_private_channel_is_named_to_the_student_and_staff(course, clock, tmp_path):
    """No raw 404: the student reads that the question was not posted and why, staff are told, and the refused
    questions are not counted as asked (finding 15)."""
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV):
        await setup_forum(fake)
        guild = fake.guilds[GUILD_ID]
        guild.channels = [c for c in guild.channels if c.id not in (FORUM_ID, SECTION_CHANNEL_ID)]
        refused = embed_text(
            (await ask(fake, "other", "anonymous", "Zygote quux frobnicate after the forum went")).data
        )
        assert "not posted" in refused
        assert "forum channel was deleted" in refused
        assert "404" not in refused
        refused = embed_text(
            (await ask(fake, "other", "private", "Zygote quux frobnicate in private after it went")).data
        )
        assert "channel for private questions was deleted" in refused
        assert "404" not in refused
        assert _staff_channel_text(fake).count("/setup qa-forum") >= 2
        stats = embed_text((await fake.send_slash_command("qa stats", {}, user=STUDENT)).data)
        assert "Questions asked: 0" in stats
    assert fake.violations == []


async def test_with_no_staff_channel_the_student_is_not_told_that_staff_know(course, clock, tmp_path):
    """Review 3 finding 5: nothing reaches staff when no staff channel is set, so the student reads what to do."""
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV):
        result = await fake.send_slash_command(
            "setup qa-forum", {"forum": FORUM_ID}, user=TA, permissions=ADMINISTRATOR
        )
        assert "Course forum set up" in embed_text(result.data), embed_text(result.data)
        guild = fake.guilds[GUILD_ID]
        guild.channels = [c for c in guild.channels if c.id != FORUM_ID]
        refused = embed_text((await ask(fake, "other", "anonymous", "Zygote quux asked with no staff channel")).data)
        assert "forum channel was deleted" in refused
        assert "have been told" not in refused
        assert "ask course staff to run /setup qa-forum" in refused
        assert _staff_channel_text(fake) == ""
    assert fake.violations == []


async def test_a_follow_up_sent_after_the_thread_was_deleted_says_so(course, clock, tmp_path):
    """The asker pressed Follow up and typed no number: they read that the question was deleted (finding 16)."""
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        await ask(fake, "other", "public", "Zygote quux thread deleted while following up", "d")
        (post,) = bot.store.qa_posts.listed(GUILD_ID)
        starter = fake.channel_messages(post.thread_id)[0]
        form = await fake.send_component(f"cb:qa-follow:{post.id}", starter, user=STUDENT)
        assert form.callback_type == 9
        await fake.delete_thread(post.thread_id)
        for _ in range(100):
            if bot.store.qa_posts.get(post.id).status == "deleted":
                break
            await asyncio.sleep(0.02)
        sent = embed_text((await fake.send_modal_submit(form, {"text": "any news on this?"}, user=STUDENT)).data)
        assert f"Question #{post.id} was deleted, so your follow-up was not posted." in sent
    assert fake.violations == []


async def test_search_autocomplete_repeats_no_classmates_title_staff_did_not_vouch_for(course, clock, tmp_path):
    """A classmate typing 'hw2' is not offered an unanswered student's title; once staff answer it, it is; the
    asker always sees their own (finding 14)."""
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        await ask(fake, "hw2", "anonymous", "HW2 Q3 full solution pls, answer is 0.5 right?", "d")
        (post,) = bot.store.qa_posts.listed(GUILD_ID)

        async def offered(user, **extra):
            choices = await fake.send_autocomplete(
                "qa", {"query": "hw2"}, focused="query", subcommand="search", user=user, **extra
            )
            return [c["name"] for c in choices]

        assert await offered(OTHER_STUDENT) == []
        assert await offered(STUDENT) == [post.title]
        reply = await fake.user_message(post.thread_id, TA, "Staff: we do not give solutions.", [STAFF_ROLE_ID])
        await fake.send_message_command("Mark as answer", reply, **STAFF)
        assert await offered(OTHER_STUDENT) == [post.title]
    assert fake.violations == []


async def test_a_member_named_like_discord_can_ask_in_public(course, clock, tmp_path):
    """Discord refuses a webhook username holding 'discord' (the fake too): the question goes out under the name
    with one look-alike letter, not refused."""
    dave = FakeUser(id=616161616161, username="discord_dave")
    fake = harness_fake(
        guilds=[course_guild(members=[FakeMember(user=TA, roles=[STAFF_ROLE_ID]), FakeMember(user=dave)])]
    )
    async with fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        posted = await ask(fake, "other", "public", "Zygote quux from a member named like discord", "d", user=dave)
        assert "Question posted" in embed_text(posted.data), embed_text(posted.data)
        (post,) = bot.store.qa_posts.listed(GUILD_ID)
        assert fake.channel_messages(post.thread_id)[0]["author"]["username"] == "disc\u043erd_dave"
    assert fake.violations == []


async def test_endorsed_answers_deleted_or_edited_while_the_bot_was_away_are_no_longer_quoted(course, clock, tmp_path):
    """On restart the quoted answers are checked as the live events would: a deleted one is unmarked, an edited one
    loses its endorsement, and neither is quoted to classmates (finding 10)."""
    db = tmp_path / "bot.db"
    async with fake_discord(words=True) as fake:
        async with running_bot(fake, course, clock, db, **WORDS_ENV) as bot:
            await setup_forum(fake)
            await ask(fake, "other", "public", "Can I use numpy in the zygote quux assignment", "d")
            await ask(fake, "other", "public", "Is the frobnicator lab graded on a curve", "d")
            first, second = sorted(bot.store.qa_posts.listed(GUILD_ID), key=lambda p: p.id)
            one = await fake.user_message(first.thread_id, TA, "Yes, numpy is allowed in zygote quux.", [STAFF_ROLE_ID])
            two = await fake.user_message(second.thread_id, TA, "No curve on the frobnicator lab.", [STAFF_ROLE_ID])
            await fake.send_message_command("Endorse", one, **STAFF)
            await fake.send_message_command("Endorse", two, **STAFF)
        fake.messages[first.thread_id] = [m for m in fake.messages[first.thread_id] if m["id"] != one["id"]]
        next(m for m in fake.messages[second.thread_id] if m["id"] == two["id"])["content"] = "There IS a curve."
        async with running_bot(fake, course, clock, db, **WORDS_ENV) as bot:
            await bot.reconciling
            first, second = bot.store.qa_posts.get(first.id), bot.store.qa_posts.get(second.id)
            assert (first.status, first.answer_id, first.endorsed) == ("unanswered", None, False)
            assert (second.answer_text, second.endorsed) == ("There IS a curve.", False)
            asked = await fake.send_slash_command(
                "ask", {"question": "can i use numpy in zygote quux"}, user=OTHER_STUDENT
            )
            assert "numpy is allowed" not in embed_text(asked.data)
            searched = await fake.send_slash_command(
                "qa search", {"query": "is the frobnicator lab curved"}, user=OTHER_STUDENT
            )
            assert "No curve" not in embed_text(searched.data)
    assert fake.violations == []


async def test_staff_answers_the_bot_posted_for_staff_can_be_marked_and_endorsed(course, clock, tmp_path):
    """A staff follow-up (through the webhook, under the TA's name) and a saved reply (sent by the bot) are staff
    answers: Mark as answer and Endorse take them; another bot message is still refused (finding 8)."""
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        await ask(fake, "other", "anonymous", "Zygote quux staff follow up answer", "d")
        (post,) = bot.store.qa_posts.listed(GUILD_ID)
        form = await fake.send_slash_command("qa follow-up", {"post": str(post.id)}, **STAFF)
        await fake.send_modal_submit(form, {"text": "Answer: use the second formula."}, user=TA)
        await fake.send_slash_command("qa save-reply", {"label": "formula", "text": "Use formula two."}, **STAFF)
        await fake.send_slash_command("qa reply", {"label": "formula", "post": str(post.id)}, **STAFF)
        starter, follow_up, saved = fake.channel_messages(post.thread_id)[:3]
        marked = await fake.send_message_command("Mark as answer", follow_up, **STAFF)
        assert "Marked as the answer" in embed_text(marked.data), embed_text(marked.data)
        post = bot.store.qa_posts.get(post.id)
        assert (post.status, post.answer_text, post.answer_by_staff) == (
            "answered",
            "Answer: use the second formula.",
            True,
        )
        endorsed = await fake.send_message_command("Endorse", saved, **STAFF)
        assert "Endorsed" in embed_text(endorsed.data), embed_text(endorsed.data)
        assert bot.store.qa_posts.get(post.id).answer_text == "Use formula two."
        refused = await fake.send_message_command("Mark as answer", starter, **STAFF)
        assert "the question itself" in embed_text(refused.data)
    assert fake.violations == []


async def test_setup_says_when_staff_could_not_see_private_questions(course, clock, tmp_path):
    """The staff role without Manage Threads in the private channel would not see private threads: setup says so."""
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV):
        result = await fake.send_slash_command(
            "setup qa-forum",
            {"forum": FORUM_ID, "private_channel": SECTION_CHANNEL_ID},
            user=TA,
            permissions=ADMINISTRATOR,
        )
        assert "give it Manage Threads there" in embed_text(result.data), embed_text(result.data)
    assert fake.violations == []


VIEW_CHANNEL = 1 << 10


async def test_setup_judges_the_private_channel_by_the_students_role_not_everyone(course, clock, tmp_path):
    """Review 3 finding 8: students who see the private channel through their section role get no warning, and a
    server where members with no role cannot see it is never told to let everyone view it."""
    from tests.discord_harness import ROLE_405, ROLE_605
    from tests.fake_discord import DEFAULT_EVERYONE_PERMISSIONS, FakeRole

    guild = course_guild(everyone_permissions=DEFAULT_EVERYONE_PERMISSIONS & ~VIEW_CHANNEL)
    guild.roles = [
        FakeRole(id=r.id, name=r.name, permissions=VIEW_CHANNEL, mentionable=True) if r.id == ROLE_605 else r
        for r in guild.roles
    ]
    setup = {"forum": FORUM_ID, "private_channel": SECTION_CHANNEL_ID}
    async with (
        harness_fake(guilds=[guild]) as fake,
        running_bot(fake, course, clock, tmp_path / "bot.db", COURSEBOT_STAFF_ROLE="Course Staff"),
    ):
        unset = embed_text(
            (await fake.send_slash_command("setup qa-forum", setup, user=TA, permissions=ADMINISTRATOR)).data
        )
        assert "Members with no role cannot view" in unset, unset
        assert "check that your students' role can view it" in unset
        assert "let everyone" not in unset
        await fake.send_slash_command(
            "setup section-role", {"section": "10-605", "role": ROLE_605}, user=TA, permissions=ADMINISTRATOR
        )
        judged = embed_text(
            (await fake.send_slash_command("setup qa-forum", setup, user=TA, permissions=ADMINISTRATOR)).data
        )
        assert "cannot view" not in judged, judged
        await fake.send_slash_command(
            "setup section-role", {"section": "10-405", "role": ROLE_405}, user=TA, permissions=ADMINISTRATOR
        )
        blind = embed_text(
            (await fake.send_slash_command("setup qa-forum", setup, user=TA, permissions=ADMINISTRATOR)).data
        )
        assert "Students with the role" in blind, blind
        assert f"{ROLE_405}" in blind
        assert f"{ROLE_605}" not in blind
        assert "let that role view it" in blind
    assert fake.violations == []


async def test_a_staff_channel_students_can_view_is_warned_about(course, clock, tmp_path):
    """hostile6 minor: the staff channel's visibility is checked when it is set, like the private channel's."""
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV):
        setup = {"forum": FORUM_ID, "staff_channel": CHANNEL_ID}
        shown = embed_text(
            (await fake.send_slash_command("setup qa-forum", setup, user=TA, permissions=ADMINISTRATOR)).data
        )
        assert "Students can view" in shown, shown
        assert "the staff channel: they would see the staff pings" in shown


async def test_the_staff_and_private_channels_can_be_unset(course, clock, tmp_path):
    """hostile6 minor: once set, either channel can be unset; naming it and unsetting it at once is refused."""
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)

        async def setup(options: dict) -> str:
            done = await fake.send_slash_command("setup qa-forum", options, user=TA, permissions=ADMINISTRATOR)
            return embed_text(done.data)

        both = await setup({"staff_channel": CHANNEL_ID, "unset": "staff_channel"})
        assert "You named a staff channel and asked to unset it" in both
        assert bot.store.qa_forums.get(GUILD_ID).staff_channel_id == CHANNEL_ID
        shown = await setup({"unset": "staff_channel"})
        assert "Unanswered pings: none until a staff channel is set" in shown
        assert bot.store.qa_forums.get(GUILD_ID).staff_channel_id is None
        shown = await setup({"unset": "private_channel"})
        assert "Private questions: not set up" in shown
        config = bot.store.qa_forums.get(GUILD_ID)
        assert (config.private_channel_id, config.forum_id) == (None, FORUM_ID)
    assert fake.violations == []
