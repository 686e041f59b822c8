"""What a hostile tester found in the course forum (issue 13): buttons and menus check a post's status and who may
act as the slash commands do; staff follow up under their own name; a follow-up reopens a resolved post the way
Discord does; numbers too large for any id, and form text over its limit, get a clear refusal; a renamed thread
keeps the question staff endorsed."""

from __future__ import annotations

import logging

import pytest

from bot.core.clock import FixedClock
from tests.commands.test_qa_discord import ENV, STAFF, ask, eventually, fake_discord, setup_forum
from tests.conftest import at
from tests.discord_harness import (
    FORUM_ID,
    GUILD_ID,
    OTHER_STUDENT,
    STAFF_ROLE_ID,
    STUDENT,
    TA,
    embed_text,
    read,
    running_bot,
)

HUGE = "18446744073709551616"  # 2**64: no SQLite integer holds it


@pytest.fixture
def clock():
    return FixedClock(at("2024-02-12 10:00"))


def no_apology(result) -> str:
    shown = embed_text(result.data)
    assert "something went wrong" not in shown, shown
    return shown


async def test_buttons_and_menus_on_a_duplicate_are_refused_as_the_slash_commands_are(course, clock, tmp_path):
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        await ask(fake, "hw3", "public", "HW3 question one about sorting", "a")
        await ask(fake, "hw3", "public", "HW3 question two about sorting", "b", user=OTHER_STUDENT)
        first, second = bot.store.qa_posts.listed(GUILD_ID)
        starter = fake.channel_messages(second.thread_id)[0]
        # written before the post is closed: a locked thread takes messages only from those who manage threads
        reply = await fake.user_message(second.thread_id, TA, "Same as the other one.", [STAFF_ROLE_ID])
        opened = await fake.send_message_command("Mark duplicate", starter, **STAFF)
        await fake.send_modal_submit(opened, {"original": f"#{first.id}"}, user=TA)
        # A closed post's first message loses its buttons (they once stayed, hostile-qa finding 4), so they can
        # no longer be pressed; the slash commands and menus are refused.
        assert not fake.channel_messages(second.thread_id)[0].get("components")
        resolved = await fake.send_slash_command("qa resolve", {"post": str(second.id)}, user=OTHER_STUDENT)
        assert f"closed as a duplicate of #{first.id}" in no_apology(resolved)
        slash = await fake.send_slash_command("qa follow-up", {"post": str(second.id)}, user=OTHER_STUDENT)
        assert slash.callback_type != 9
        assert "duplicate" in no_apology(slash)
        marked = await fake.send_message_command("Mark as answer", reply, **STAFF)
        assert "duplicate" in no_apology(marked)
        assert bot.store.qa_posts.get(second.id).status == "duplicate"
        assert fake.thread(second.thread_id).locked
        assert fake.thread(second.thread_id).archived


async def test_the_resolve_button_on_a_resolved_post_is_refused(course, clock, tmp_path):
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        await ask(fake, "hw3", "public", "HW3 what does stable mean here?", "x")
        (post,) = bot.store.qa_posts.listed(GUILD_ID)
        starter = fake.channel_messages(post.thread_id)[0]
        await fake.send_component(f"cb:qa-resolve:{post.id}", starter, user=STUDENT)
        assert not fake.channel_messages(post.thread_id)[0].get("components")  # the buttons go (finding 4)
        again = await fake.send_slash_command("qa resolve", {"post": str(post.id)}, user=STUDENT)
        assert "already resolved" in no_apology(again)


async def test_staff_follow_up_on_an_anonymous_post_goes_under_the_staff_name(course, clock, tmp_path):
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        for visibility in ("anonymous", "hidden"):
            await ask(fake, "hw3", visibility, f"HW3 Q2 what does stable mean, {visibility}?", "x")
            post = bot.store.qa_posts.listed(GUILD_ID)[-1]
            starter = fake.channel_messages(post.thread_id)[0]
            opened = await fake.send_component(f"cb:qa-follow:{post.id}", starter, **STAFF)
            done = await fake.send_modal_submit(opened, {"text": "Stable means equal keys keep their order."}, user=TA)
            assert "Follow-up posted" in no_apology(done)
            last = fake.channel_messages(post.thread_id)[-1]
            assert last["author"]["username"] == TA.username
            assert "course staff" in embed_text(last)
            assert bot.store.qa_posts.get(post.id).first_staff_at is not None


async def test_a_follow_up_reopens_a_resolved_post_as_discord_reopens_its_thread(course, clock, tmp_path):
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        await ask(fake, "hw3", "public", "HW3 Q2 what does stable mean here?", "x")
        (post,) = bot.store.qa_posts.listed(GUILD_ID)
        await fake.send_slash_command("qa resolve", {"post": str(post.id)}, user=STUDENT)
        assert fake.thread(post.thread_id).archived
        opened = await fake.send_slash_command("qa follow-up", {"post": str(post.id)}, user=STUDENT)
        assert opened.callback_type == 9
        done = await fake.send_modal_submit(opened, {"text": "Sorry, one more thing about Q2(b)"}, user=STUDENT)
        assert "reopened" in no_apology(done)
        after = bot.store.qa_posts.get(post.id)
        assert (after.status, after.resolved_at) == ("unanswered", None)
        thread = fake.thread(post.thread_id)
        config = bot.store.qa_forums.get(GUILD_ID)
        assert not thread.archived
        assert config.tags["Unanswered"] in thread.applied_tags
        assert config.tags["Resolved"] not in thread.applied_tags
        assert "Sorry, one more thing" in embed_text(fake.channel_messages(post.thread_id)[-1])


async def test_numbers_too_large_for_any_id_get_a_clear_refusal(course, clock, tmp_path, caplog):
    caplog.set_level(logging.ERROR)
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        await ask(fake, "hw3", "public", "HW3 Q2 what does stable mean here?", "x")
        (post,) = bot.store.qa_posts.listed(GUILD_ID)
        link = f"https://discord.com/channels/{GUILD_ID}/{HUGE}999"
        for name, values, user in (
            ("qa resolve", {"post": HUGE}, STAFF),
            ("qa follow-up", {"post": f"#{HUGE}"}, STAFF),
            ("qa author", {"post": HUGE}, STAFF),
            ("qa reply", {"post": HUGE, "label": "x"}, STAFF),
            ("qa resolve", {"post": link}, {"user": STUDENT}),
            ("qa resolve", {"post": "#²"}, {"user": STUDENT}),
        ):
            shown = no_apology(await fake.send_slash_command(name, values, **user))
            assert "There is no question" in shown, (name, shown)
        withdrawn = await fake.send_slash_command("qa withdraw", {"entry": f"{HUGE}: x"}, **STAFF)
        assert "There is no endorsed answer" in no_apology(withdrawn)
        starter = fake.channel_messages(post.thread_id)[0]
        opened = await fake.send_message_command("Mark duplicate", starter, **STAFF)
        refused = await fake.send_modal_submit(opened, {"original": f"#{HUGE}"}, user=TA)
        assert "There is no question" in no_apology(refused)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR and r.name.startswith("bot")]


async def test_form_text_over_its_limit_is_refused_naming_the_field(course, clock, tmp_path):
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        for title, details, message in (
            ("T" * 400, "d", "Title holds at most 100 characters; yours has 400"),
            ("Long details here", "x " * 3000, "Details holds at most 4,000 characters; yours has 6,000"),
        ):
            opened = await fake.send_slash_command("question", {"topic": "hw3", "visibility": "public"}, user=STUDENT)
            refused = await read(
                await fake.send_modal_submit(opened, {"title": title, "details": details}, user=STUDENT)
            )
            assert message in no_apology(refused)
        assert bot.store.qa_posts.listed(GUILD_ID, ("unanswered", "deleted")) == []
        await ask(fake, "hw3", "public", "HW3 Q2 what does stable mean here?", "x")
        (post,) = bot.store.qa_posts.listed(GUILD_ID)
        opened = await fake.send_slash_command("qa follow-up", {"post": str(post.id)}, user=STUDENT)
        refused = await fake.send_modal_submit(opened, {"text": "y" * 4001}, user=STUDENT)
        assert "Your follow-up holds at most 4,000 characters; yours has 4,001" in no_apology(refused)
        assert len(fake.channel_messages(post.thread_id)) == 1


async def test_the_anonymous_to_everyone_asker_is_told_how_to_close_without_the_menu(course, clock, tmp_path):
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        await ask(fake, "hw3", "hidden", "HW3 Q2 what does stable mean here?", "x")
        (post,) = bot.store.qa_posts.listed(GUILD_ID)
        reply = await fake.user_message(post.thread_id, OTHER_STUDENT, "It keeps equal keys in order.")
        refused = await fake.send_message_command("Mark as answer", reply, user=STUDENT)
        assert f"/qa resolve post:#{post.id} key:" in no_apology(refused)
        assert bot.store.qa_posts.get(post.id).answer_id is None


async def test_a_renamed_endorsed_thread_keeps_the_question_staff_endorsed(course, clock, tmp_path):
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        thread, _ = await fake.user_forum_post(FORUM_ID, STUDENT, "How do I submit hw3 on gradescope", "help")
        await eventually(lambda: bot.store.qa_posts.by_thread(thread.id) is not None)
        reply = await fake.user_message(thread.id, TA, "Upload the notebook as a PDF.", [STAFF_ROLE_ID])
        await fake.send_message_command("Endorse", reply, **STAFF)
        thread.name = "Is copying homework solutions from github allowed"
        await fake.dispatch("THREAD_UPDATE", thread.to_payload(GUILD_ID))
        await eventually(lambda: bot.store.qa_posts.by_thread(thread.id).title.startswith("Is copying"))
        entry = bot.store.qa_entries.for_post(bot.store.qa_posts.by_thread(thread.id).id)
        assert (entry.question, entry.endorsed) == ("How do I submit hw3 on gradescope", True)
        found = await fake.send_slash_command(
            "qa search", {"query": "is copying homework solutions from github allowed"}, user=OTHER_STUDENT
        )
        assert "Upload the notebook" not in embed_text(found.data)


@pytest.mark.parametrize("who", ["classmate", "asker", "staff"])
async def test_a_message_in_a_resolved_posts_thread_leaves_it_resolved_and_archived_again(course, clock, tmp_path, who):
    """hostile11 7: Discord unarchives a thread that gets a message; a resolved post stays resolved (a "thanks!"
    reopens nothing; Follow up does) and its thread is archived again, so the forum keeps under Discord's limit."""
    writer, roles = {"classmate": (OTHER_STUDENT, []), "asker": (STUDENT, []), "staff": (TA, [STAFF_ROLE_ID])}[who]
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        await ask(fake, "hw3", "public", "HW3: is recursion allowed in Q1?", "details here")
        (post,) = bot.store.qa_posts.listed(GUILD_ID)
        reply = await fake.user_message(post.thread_id, TA, "Yes, recursion is fine.", [STAFF_ROLE_ID])
        await fake.send_message_command("Mark as answer", reply, user=STUDENT)
        await fake.send_slash_command("qa resolve", {"post": str(post.id)}, user=STUDENT)
        assert fake.thread(post.thread_id).archived
        await fake.user_message(post.thread_id, writer, "Thanks! Note the recursion limit is 1000.", roles)
        await eventually(lambda: fake.thread(post.thread_id).archived)
        assert bot.store.qa_posts.get(post.id).status == "resolved"
        config = bot.store.qa_forums.get(GUILD_ID)
        assert config.tags["Resolved"] in fake.thread(post.thread_id).applied_tags
        assert fake.channel_messages(post.thread_id)[-1]["content"].startswith("Thanks!")
        assert fake.violations == []
