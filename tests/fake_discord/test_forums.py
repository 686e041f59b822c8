"""The fake's forums part against the real discord.py client: forum tags, webhook posts with thread_name and
applied_tags, Discord's own refusals (no thread_name, too many tags, an archived thread), message menus."""

from __future__ import annotations

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from tests.fake_discord import FakeChannel, FakeDiscord, FakeGuild, FakeMember, FakeUser, connect_bot

GUILD_ID = 1_200_000_000_000_000_001
FORUM_ID = 1_200_000_000_000_000_002
ALICE = FakeUser(id=1_200_000_000_000_000_010, username="alice")


def guild() -> FakeGuild:
    return FakeGuild(
        id=GUILD_ID, channels=[FakeChannel(id=FORUM_ID, name="questions", type=15)], members=[FakeMember(user=ALICE)]
    )


def bot() -> commands.Bot:
    return commands.Bot(command_prefix="!", intents=discord.Intents(guilds=True), guild_ready_timeout=0.1)


async def test_forum_tags_webhook_posts_and_refusals():
    async with FakeDiscord(guilds=[guild()], users=[ALICE]) as fake, connect_bot(fake, bot()) as client:
        forum = await client.fetch_channel(FORUM_ID)
        assert isinstance(forum, discord.ForumChannel)
        forum = await forum.edit(available_tags=[discord.ForumTag(name=n) for n in ("HW1", "HW2", "Open")])
        tags = {t.name: t for t in forum.available_tags}
        assert len({t.id for t in tags.values()}) == 3
        hook = await forum.create_webhook(name="Questions")
        webhook = discord.Webhook.partial(hook.id, hook.token, client=client)
        message = await webhook.send(
            "hello", thread_name="A question", applied_tags=[tags["HW1"]], username="Anon", wait=True
        )
        thread = fake.thread(message.channel.id)
        assert (thread.name, thread.parent_id, thread.applied_tags) == ("A question", FORUM_ID, [tags["HW1"].id])
        assert message.id == thread.id  # a forum post's first message has the thread's id
        assert fake.channel_messages(thread.id)[0]["author"]["username"] == "Anon"
        with pytest.raises(discord.HTTPException) as info:
            await webhook.send("no title", wait=True)
        assert info.value.code == 220001
        with pytest.raises(discord.HTTPException):
            await client.http.edit_channel(thread.id, applied_tags=["1", "2", "3", "4", "5", "6"])
        await client.http.edit_channel(thread.id, archived=True, locked=True)
        assert thread.archived
        assert thread.locked
        with pytest.raises(discord.HTTPException) as info:
            await webhook.send("late", thread=discord.Object(thread.id), wait=True)
        assert info.value.code == 50083
    assert fake.violations == []
    assert fake.unhandled == []


async def test_a_message_in_an_archived_thread_unarchives_it_unless_it_is_locked():
    """Discord: Execute Webhook with thread_id unarchives the thread; so does a message sent in it."""
    async with FakeDiscord(guilds=[guild()], users=[ALICE]) as fake, connect_bot(fake, bot()) as client:
        forum = await client.fetch_channel(FORUM_ID)
        hook = await forum.create_webhook(name="Questions")
        webhook = discord.Webhook.partial(hook.id, hook.token, client=client)
        message = await webhook.send("hello", thread_name="A question", wait=True)
        thread = fake.thread(message.channel.id)
        await client.http.edit_channel(thread.id, archived=True)
        await webhook.send("one more thing", thread=discord.Object(thread.id), wait=True)
        assert not thread.archived
        await client.http.edit_channel(thread.id, archived=True)
        await client.http.send_message(thread.id, params=discord.http.handle_message_parameters(content="a reply"))
        assert not thread.archived
        assert [m["content"] for m in fake.channel_messages(thread.id)][-2:] == ["one more thing", "a reply"]
    assert fake.violations == []


async def test_an_archived_threads_tags_change_only_in_the_request_that_unarchives_it():
    """Discord: Modify Channel on a thread requires it unarchived, or archived set to false in the same request."""
    async with FakeDiscord(guilds=[guild()], users=[ALICE]) as fake, connect_bot(fake, bot()) as client:
        forum = await client.fetch_channel(FORUM_ID)
        forum = await forum.edit(available_tags=[discord.ForumTag(name="Open")])
        tag = str(forum.available_tags[0].id)
        hook = await forum.create_webhook(name="Questions")
        message = await discord.Webhook.partial(hook.id, hook.token, client=client).send(
            "hello", thread_name="A question", wait=True
        )
        thread = fake.thread(message.channel.id)
        await client.http.edit_channel(thread.id, archived=True)
        with pytest.raises(discord.HTTPException) as info:
            await client.http.edit_channel(thread.id, applied_tags=[tag])
        assert info.value.code == 50083
        await client.http.edit_channel(thread.id, applied_tags=[tag], archived=False)
        assert (thread.applied_tags, thread.archived) == ([int(tag)], False)
    assert fake.violations == []


async def test_a_message_menu_reaches_the_bot_with_the_message():
    seen: list[str] = []
    client = bot()

    @app_commands.context_menu(name="Quote it")
    async def quote(interaction: discord.Interaction, message: discord.Message) -> None:
        seen.append(message.content)
        await interaction.response.send_message("ok", ephemeral=True)

    client.tree.add_command(quote)

    async def setup_hook() -> None:
        client.tree.copy_global_to(guild=discord.Object(GUILD_ID))
        await client.tree.sync(guild=discord.Object(GUILD_ID))

    client.setup_hook = setup_hook
    async with FakeDiscord(guilds=[guild()], users=[ALICE]) as fake, connect_bot(fake, client):
        thread, _ = await fake.user_forum_post(FORUM_ID, ALICE, "Title", "first words")
        reply = await fake.user_message(thread.id, ALICE, "the words")
        result = await fake.send_message_command("Quote it", reply, user=ALICE)
        assert result.content == "ok"
        assert seen == ["the words"]
    assert fake.violations == []
