"""The course forum through the real discord.py client and the loopback Discord: /setup qa-forum, /question (a
modal, suggestions with buttons, posting through the forum's webhook), message menus, staff replies, buttons that
survive a restart, posts made straight in the forum, deletions noticed; every request valid against the spec."""

from __future__ import annotations

import asyncio

import pytest

from bot.core.clock import FixedClock
from bot.qa.faq_file import read_faq
from bot.qa.forum_rules import forum_tags
from bot.qa.knowledge import import_faq
from tests.conftest import REPO, at
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
    read,
    running_bot,
)
from tests.discord_harness import fake_discord as harness_fake
from tests.fake_discord import ADMINISTRATOR, FakeMember

EPHEMERAL = 64
FAQ = REPO / "tests" / "qa" / "search_quality" / "faq-10-605.csv"
STAFF = {"user": TA, "roles": [STAFF_ROLE_ID]}
ENV = {"COURSEBOT_STAFF_ROLE": str(STAFF_ROLE_ID)}
# A bot run with the message content intent (COURSEBOT_MESSAGE_CONTENT=1), for `fake_discord(words=True)`.
WORDS_ENV = {**ENV, "COURSEBOT_MESSAGE_CONTENT": "1"}
SERVER_OWNER_ID = 5999  # no student: the server's owner is staff by Discord's permissions
GATEWAY_MESSAGE_CONTENT = 1 << 18  # the application flag the portal's Message Content toggle sets


def fake_discord(*, words: bool = False):
    """The tests' server, with the TA a member holding the staff role (the bot looks answerers up), owned by someone
    else than the students (an owner is staff: it may manage the server). `words`: the application's Message Content
    toggle is on (else Discord withholds the words of others' messages)."""
    members = [FakeMember(user=TA, roles=[STAFF_ROLE_ID]), FakeMember(user=STUDENT), FakeMember(user=OTHER_STUDENT)]
    flags = GATEWAY_MESSAGE_CONTENT if words else 0
    return harness_fake(guilds=[course_guild(members=members, owner_id=SERVER_OWNER_ID)], application_flags=flags)


@pytest.fixture
def clock():
    return FixedClock(at("2024-02-12 10:00"))


async def setup_forum(fake) -> None:
    result = await fake.send_slash_command(
        "setup qa-forum",
        {"forum": FORUM_ID, "private_channel": SECTION_CHANNEL_ID, "staff_channel": CHANNEL_ID, "ping_hours": 4},
        user=TA,
        permissions=ADMINISTRATOR,
    )
    assert "Course forum set up" in embed_text(result.data), embed_text(result.data)


async def ask(fake, topic: str, visibility: str, title: str, details: str = "", user=STUDENT):
    """/question and its form sent: the reply the asker reads (suggestions first, or the posted question)."""
    opened = await fake.send_slash_command("question", {"topic": topic, "visibility": visibility}, user=user)
    assert opened.callback_type == 9, embed_text(opened.data)
    return await read(await fake.send_modal_submit(opened, {"title": title, "details": details}, user=user))


async def click(fake, label: str, shown, user=STUDENT):
    """A button on a reply clicked: the reply the clicker reads."""
    return await read(await fake.send_component(button(shown.original, label), shown.original, user=user))


async def eventually(check, seconds: float = 5.0) -> None:
    """Wait until the bot has handled what the gateway sent (events are not answered, so nothing else says so)."""
    for _ in range(int(seconds / 0.02)):
        if check():
            return
        await asyncio.sleep(0.02)
    assert check()


def button(message: dict, label: str) -> str:
    for row in message.get("components") or []:
        for item in row.get("components") or []:
            if item.get("label") == label:
                return item["custom_id"]
    raise AssertionError(f"no button {label!r} in {message.get('components')}")


async def test_setup_creates_tags_webhook_and_pinned_guidelines(course, clock, tmp_path):
    """The forum gets the course's tags (status tags moderated), a webhook, and its guidelines pinned."""
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        forum = fake.thread(FORUM_ID)
        assert [t["name"] for t in forum.available_tags] == list(forum_tags(course))
        assert all(
            t["moderated"] == (t["name"] in ("Unanswered", "Answered", "Resolved", "Endorsed", "Duplicate"))
            for t in forum.available_tags
        )
        assert "Do not post or request homework solutions." in forum.topic
        config = bot.store.qa_forums.get(GUILD_ID)
        assert config.webhook_id in fake.channel_webhooks
        pinned = fake.thread(config.guidelines_thread_id)
        assert pinned.flags & 2
        await setup_forum(fake)  # again: nothing duplicated
        assert len(fake.forum_threads(FORUM_ID)) == 1
        assert len(fake.channel_webhooks) == 1
    assert fake.violations == []
    assert fake.unhandled == []


async def test_an_anonymous_question_is_posted_under_a_neutral_name_and_answered(course, clock, tmp_path):
    """No suggestion: posted at once through the webhook; staff reply, the asker marks it, staff endorse it."""
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        posted = await ask(fake, "hw3", "anonymous", "HW3 Q2: what does stable mean here?", "Thanks!")
        assert posted.ephemeral
        assert "Question posted" in embed_text(posted.data), embed_text(posted.data)
        (post,) = bot.store.qa_posts.listed(GUILD_ID)
        thread = fake.thread(post.thread_id)
        starter = fake.channel_messages(post.thread_id)[0]
        assert starter["author"]["username"] == "Anonymous student"
        assert f"<@{STUDENT.id}>" not in str(starter)
        config = bot.store.qa_forums.get(GUILD_ID)
        assert set(thread.applied_tags) == {config.tags["HW3"], config.tags["Unanswered"]}
        # Discord also tells the bot of the thread its webhook made: not a second question.
        await fake.dispatch("THREAD_CREATE", {**thread.to_payload(GUILD_ID), "newly_created": True})
        await fake.send_slash_command("qa stats", {}, user=OTHER_STUDENT)  # a round trip after the event
        assert len(bot.store.qa_posts.listed(GUILD_ID)) == 1
        reply = await fake.user_message(
            post.thread_id, TA, "Stable means equal keys keep their order.", [STAFF_ROLE_ID]
        )
        answered = await fake.send_message_command("Mark as answer", reply, user=STUDENT)
        assert "Marked as the answer" in embed_text(answered.data), embed_text(answered.data)
        post = bot.store.qa_posts.get(post.id)
        assert (post.status, post.answer_by_staff) == ("answered", True)
        assert post.first_staff_at is not None
        assert "Stable means equal keys" in embed_text(fake.channel_messages(post.thread_id)[0])
        assert config.tags["Answered"] in fake.thread(post.thread_id).applied_tags
        refused = await fake.send_message_command("Endorse", reply, user=OTHER_STUDENT)
        assert "for course staff" in embed_text(refused.data)
        endorsed = await fake.send_message_command("Endorse", reply, **STAFF)
        assert "Endorsed" in embed_text(endorsed.data), embed_text(endorsed.data)
        assert config.tags["Endorsed"] in fake.thread(post.thread_id).applied_tags
        asked = await fake.send_slash_command(
            "ask", {"question": "what does stable mean in hw3 q2"}, user=OTHER_STUDENT
        )
        assert "Stable means equal keys keep their order." in embed_text(asked.data), embed_text(asked.data)
        assert f"/channels/{GUILD_ID}/{post.thread_id}/{reply['id']}" in embed_text(asked.data)
        withdrawn = await fake.send_slash_command(
            "qa withdraw", {"entry": str(bot.store.qa_entries.for_post(post.id).id)}, **STAFF
        )
        assert "Withdrawn" in embed_text(withdrawn.data)
        asked = await fake.send_slash_command(
            "ask", {"question": "what does stable mean in hw3 q2"}, user=OTHER_STUDENT
        )
        assert "Stable means" not in embed_text(asked.data)
        looked = await fake.send_slash_command("qa author", {"post": str(post.id)}, **STAFF)
        assert f"<@{STUDENT.id}>" in embed_text(looked.data)
        assert next(e.action for e in bot.store.audit.latest(GUILD_ID)) == "qa.author_lookup"
    assert fake.violations == []
    assert fake.unhandled == []


async def test_suggestions_first_and_buttons_that_survive_a_restart(course, clock, tmp_path):
    """A question the FAQ answers: "That answers it" posts nothing (counted); "Post my question" posts; the post's
    "Mark resolved" button still works after the bot restarts."""
    db = tmp_path / "bot.db"
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, db, **ENV) as bot:
            await setup_forum(fake)
            import_faq(bot.store, course, GUILD_ID, read_faq(FAQ.name, FAQ.read_bytes()), by=0, now=clock.now())
            shown = await ask(fake, "exams", "public", "is a crib sheet allowed for exam 1")
            assert "Maybe already answered" in embed_text(shown.data)
            assert "one letter-size sheet" in embed_text(shown.data)
            solved = await fake.send_component(button(shown.original, "That answers it"), shown.original, user=STUDENT)
            assert "Glad that helped" in embed_text(solved.data)
            assert bot.store.qa_posts.listed(GUILD_ID) == []
            shown = await ask(fake, "exams", "public", "is a crib sheet allowed for exam 1")
            thief = await click(fake, "Post my question", shown, user=OTHER_STUDENT)
            assert "Only the person who wrote" in embed_text(thief.data)
            posted = await click(fake, "Post my question", shown)
            assert "Question posted" in embed_text(posted.data), embed_text(posted.data)
            (post,) = bot.store.qa_posts.listed(GUILD_ID)
            assert STUDENT.id in fake.thread(post.thread_id).members  # told of every reply
            stats = await fake.send_slash_command("qa stats", {}, user=STUDENT)
            assert "Answered by the bot before posting: 1" in embed_text(stats.data)
            # While the bot is away, a student deletes another post's thread: noticed when it is back.
            gone = bot.store.qa_posts.add(
                GUILD_ID,
                title="gone",
                body="",
                topic="",
                visibility="public",
                author_id=STUDENT.id,
                via="forum",
                now=clock.now(),
                thread_id=987654321,
            )
        async with running_bot(fake, course, clock, db, **ENV) as bot:
            await eventually(lambda: bot.store.qa_posts.get(gone.id).status == "deleted")
            starter = fake.channel_messages(post.thread_id)[0]
            other = await fake.send_component(button(starter, "Mark resolved"), starter, user=OTHER_STUDENT)
            assert "Only the person who asked" in embed_text(other.data)
            done = await fake.send_component(button(starter, "Mark resolved"), starter, user=STUDENT)
            assert "Marked resolved" in embed_text(done.data), embed_text(done.data)
            assert bot.store.qa_posts.get(post.id).status == "resolved"
            assert fake.thread(post.thread_id).archived
    assert fake.violations == []
    assert fake.unhandled == []


async def test_a_post_made_straight_in_the_forum_and_deletions(course, clock, tmp_path):
    """A question posted without /question gets "possibly related" answers; deleting the marked answer makes it
    unanswered again; deleting the thread removes the post; duplicates are closed and linked."""
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        import_faq(bot.store, course, GUILD_ID, read_faq(FAQ.name, FAQ.read_bytes()), by=0, now=clock.now())
        thread, _ = await fake.user_forum_post(FORUM_ID, OTHER_STUDENT, "can we bring a cheat sheet to the exam?", "")
        await fake.wait_for_requests("POST", f"/channels/{thread.id}/messages")
        related = fake.channel_messages(thread.id)[-1]
        assert "Possibly related" in embed_text(related)
        post = bot.store.qa_posts.by_thread(thread.id)
        assert (post.via, post.author_id) == ("forum", OTHER_STUDENT.id)
        config = bot.store.qa_forums.get(GUILD_ID)
        assert config.tags["Unanswered"] in fake.thread(thread.id).applied_tags
        reply = await fake.user_message(thread.id, TA, "Yes, one sheet.", [STAFF_ROLE_ID])
        await fake.send_message_command("Mark as answer", reply, **STAFF)
        assert bot.store.qa_posts.get(post.id).status == "answered"
        await fake.user_deletes(thread.id, int(reply["id"]))
        await eventually(lambda: bot.store.qa_posts.get(post.id).status == "unanswered")
        second = await ask(fake, "exams", "public", "cheat sheet question again", "same thing")
        other = bot.store.qa_posts.listed(GUILD_ID)[-1]
        assert "Question posted" in embed_text(second.data) or "Maybe already answered" in embed_text(second.data)
        if other.id == post.id:  # suggestions were shown first: post it
            second_post = await click(fake, "Post my question", second)
            assert "Question posted" in embed_text(second_post.data)
            other = bot.store.qa_posts.listed(GUILD_ID)[-1]
        starter = fake.channel_messages(other.thread_id)[0]
        opened = await fake.send_message_command("Mark duplicate", starter, **STAFF)
        assert opened.callback_type == 9
        closed = await fake.send_modal_submit(opened, {"original": f"#{post.id}"}, user=TA)
        assert "closed as a duplicate" in embed_text(closed.data), embed_text(closed.data)
        assert fake.thread(other.thread_id).locked
        assert bot.store.qa_posts.get(other.id).duplicate_of == post.id
        await fake.delete_thread(thread.id)
        await eventually(lambda: bot.store.qa_posts.get(post.id).status == "deleted")
    assert fake.violations == []
    assert fake.unhandled == []
