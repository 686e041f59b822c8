"""The forum with and without Discord's message content intent (COURSEBOT_MESSAGE_CONTENT), through the real
discord.py client and the loopback Discord, which withholds others' words as Discord does: the bot asks for the
intent only when set; without it a question posted straight in the forum is read by its title and staff are told
what the forum cannot read; with it the question's words are read."""

from __future__ import annotations

import pytest

from bot.core.clock import FixedClock
from tests.commands.test_qa_discord import ENV, STAFF, WORDS_ENV, ask, eventually, fake_discord, setup_forum
from tests.conftest import at
from tests.discord_harness import (
    CHANNEL_ID,
    FORUM_ID,
    GUILD_ID,
    SECTION_CHANNEL_ID,
    STAFF_ROLE_ID,
    STUDENT,
    TA,
    embed_text,
    running_bot,
)
from tests.fake_discord import ADMINISTRATOR
from tests.fake_discord.message_content import MESSAGE_CONTENT_INTENT

WORDS = [(False, ""), (True, "what is a stable sort?")]


@pytest.mark.parametrize(("words", "body"), WORDS, ids=["without the intent", "with the intent"])
async def test_a_forum_question_is_read_by_its_title_or_its_words_as_the_setting_says(course, tmp_path, words, body):
    """The IDENTIFY asks for the intent only with the setting; /setup qa-forum says what is not read without it;
    a question posted straight in the forum is recorded either way, its words only with the intent."""
    clock = FixedClock(at("2024-02-12 10:00"))
    env = WORDS_ENV if words else ENV
    async with fake_discord(words=words) as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **env) as bot:
        asked = int(fake.identify_payloads[-1]["intents"]) & MESSAGE_CONTENT_INTENT
        assert bool(asked) is words
        result = await fake.send_slash_command(
            "setup qa-forum",
            {"forum": FORUM_ID, "private_channel": SECTION_CHANNEL_ID, "staff_channel": CHANNEL_ID},
            user=TA,
            permissions=ADMINISTRATOR,
        )
        said = embed_text(result.data)
        assert "Course forum set up" in said
        assert ("Message Content intent" in said) is not words, said
        await bot.reconciling
        thread, _ = await fake.user_forum_post(FORUM_ID, STUDENT, "hw3 q2 unclear", "what is a stable sort?")
        await eventually(lambda: bot.store.qa_posts.by_thread(thread.id) is not None)
        await eventually(lambda: bot.store.qa_posts.by_thread(thread.id).body == body)
        fetched = await bot.http.get_message(thread.id, thread.id)
        assert fetched["content"] == body  # REST withholds them too, by the portal's toggle
        assert bot.store.qa_posts.by_thread(thread.id).title == "hw3 q2 unclear"
        assert fake.violations == []


@pytest.mark.parametrize(("words", "kept"), [(False, None), (True, "Only numpy 1.x.")])
async def test_an_endorsed_answer_edited_in_discord_is_quoted_no_more_with_or_without_its_words(
    course, tmp_path, words, kept
):
    """Staff edit an endorsed answer: its endorsement lapses either way (without the intent the bot cannot read what it
    says now, and forgets the words taken back); a preview Discord adds, no edit, changes nothing."""
    clock = FixedClock(at("2024-02-12 10:00"))
    env = WORDS_ENV if words else ENV
    async with fake_discord(words=words) as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **env) as bot:
        await setup_forum(fake)
        await ask(fake, "other", "public", "Can I use numpy in the zygote quux assignment", "d")
        (post,) = bot.store.qa_posts.listed(GUILD_ID)
        answer = await fake.user_message(post.thread_id, TA, "Yes, numpy is allowed.", [STAFF_ROLE_ID])
        await fake.send_message_command("Endorse", answer, **STAFF)
        assert bot.store.qa_posts.get(post.id).endorsed
        preview = {**answer, "embeds": [{"type": "link", "url": "https://numpy.org"}], "edited_timestamp": None}
        await fake.dispatch("MESSAGE_UPDATE", preview)
        await fake.user_edits(post.thread_id, int(answer["id"]), "Only numpy 1.x.")
        await eventually(lambda: not bot.store.qa_posts.get(post.id).endorsed)
        assert bot.store.qa_posts.get(post.id).answer_text == kept
        asked = await fake.send_slash_command("ask", {"question": "can i use numpy in zygote quux"}, user=STUDENT)
        assert "numpy is allowed" not in embed_text(asked.data)
        assert "Endorsed by course staff" not in embed_text(asked.data)
        assert fake.violations == []


@pytest.mark.parametrize("words", [False, True], ids=["without the intent", "with the intent"])
async def test_a_preview_discord_adds_to_an_endorsed_answer_is_no_edit(course, tmp_path, words):
    """An update that is no edit (a link's preview on a message never edited) leaves the endorsement alone."""
    clock = FixedClock(at("2024-02-12 10:00"))
    env = WORDS_ENV if words else ENV
    async with fake_discord(words=words) as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **env) as bot:
        await setup_forum(fake)
        await ask(fake, "other", "public", "Can I use numpy in the zygote quux assignment", "d")
        (post,) = bot.store.qa_posts.listed(GUILD_ID)
        answer = await fake.user_message(post.thread_id, TA, "Yes, see https://numpy.org", [STAFF_ROLE_ID])
        await fake.send_message_command("Endorse", answer, **STAFF)
        await fake.dispatch("MESSAGE_UPDATE", {**answer, "embeds": [{"type": "link"}], "edited_timestamp": None})
        later, _ = await fake.user_forum_post(FORUM_ID, STUDENT, "hw3 q2 unclear", "what is a stable sort?")
        await eventually(lambda: bot.store.qa_posts.by_thread(later.id) is not None)  # the update was handled first
        assert bot.store.qa_posts.get(post.id).endorsed
        assert bot.store.qa_posts.get(post.id).edited_at is None


@pytest.mark.parametrize("endorsed", [True, False], ids=["endorsed", "marked by the asker"])
async def test_a_staff_answer_edited_unread_is_linked_at_the_top_of_the_post_never_quoted_as_it_was(
    course, tmp_path, endorsed
):
    """Without the intent an edited staff answer (endorsed, or only marked) is no longer quoted as the post's
    **Answer**: the first message links to the marked answer instead; endorsing it again quotes its new words."""
    clock = FixedClock(at("2024-02-12 10:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        await ask(fake, "hw3", "public", "HW3: may I use the blist library?", "thanks")
        (post,) = bot.store.qa_posts.listed(GUILD_ID)
        answer = await fake.user_message(post.thread_id, TA, "Yes, blist is allowed for HW3.", [STAFF_ROLE_ID])
        if endorsed:
            await fake.send_message_command("Endorse", answer, **STAFF)
        else:
            await fake.send_message_command("Mark as answer", answer, user=STUDENT)
        assert "blist is allowed" in embed_text(fake.channel_messages(post.thread_id)[0])
        await fake.user_edits(post.thread_id, int(answer["id"]), "Correction: blist is NOT allowed.")
        await eventually(lambda: "blist is allowed" not in embed_text(fake.channel_messages(post.thread_id)[0]))
        starter = embed_text(fake.channel_messages(post.thread_id)[0])
        assert "**Answered**" in starter, starter
        assert answer["id"] in starter, starter
        assert bot.store.qa_posts.get(post.id).status == "answered"
        await fake.send_message_command("Endorse", fake.channel_messages(post.thread_id)[-1], **STAFF)
        assert "NOT allowed" in embed_text(fake.channel_messages(post.thread_id)[0])
        asked = await fake.send_slash_command("ask", {"question": "may I use blist in hw3"}, user=STUDENT)
        assert "blist is allowed" not in embed_text(asked.data)
        assert fake.violations == []
