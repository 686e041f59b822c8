"""The fake's forums part against the real discord.py client: forum tags, webhook posts with thread_name and
applied_tags, Discord's own refusals (no thread_name, too many tags, an archived thread), message menus."""

from __future__ import annotations

import json

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


async def _archived_webhook_thread(fake, client):
    """A forum post opened through a webhook, then archived: the webhook and the fake's thread."""
    forum = await client.fetch_channel(FORUM_ID)
    hook = await forum.create_webhook(name="Questions")
    webhook = discord.Webhook.partial(hook.id, hook.token, client=client)
    message = await webhook.send("hello", thread_name="A question", wait=True)
    thread = fake.thread(message.channel.id)
    await client.http.edit_channel(thread.id, archived=True)
    return webhook, thread


async def test_a_message_in_an_archived_thread_unarchives_it_unless_it_is_locked():
    """Discord: Execute Webhook with thread_id unarchives the thread; so does a message sent in it."""
    async with FakeDiscord(guilds=[guild()], users=[ALICE]) as fake, connect_bot(fake, bot()) as client:
        webhook, thread = await _archived_webhook_thread(fake, client)
        await webhook.send("one more thing", thread=discord.Object(thread.id), wait=True)
        assert not thread.archived
        await client.http.edit_channel(thread.id, archived=True)
        await client.http.send_message(thread.id, params=discord.http.handle_message_parameters(content="a reply"))
        assert not thread.archived
        assert [m["content"] for m in fake.channel_messages(thread.id)][-2:] == ["one more thing", "a reply"]
    assert fake.violations == []


async def test_a_members_message_in_an_archived_thread_unarchives_it_with_a_thread_update():
    """Discord: anyone's message in an archived (not locked) thread unarchives it, and THREAD_UPDATE says so first."""
    async with FakeDiscord(guilds=[guild()], users=[ALICE]) as fake, connect_bot(fake, bot()) as client:
        _, thread = await _archived_webhook_thread(fake, client)
        fake.reset_records()
        await fake.user_message(thread.id, ALICE, "thanks!")
        assert not thread.archived
        sent = [json.loads(raw)["t"] for session in fake._sessions.values() for _, raw in session.history]
        assert [e for e in sent if e in ("THREAD_UPDATE", "MESSAGE_CREATE")][-2:] == [
            "THREAD_UPDATE",
            "MESSAGE_CREATE",
        ]
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


@pytest.mark.parametrize(
    ("refused", "code"),
    [
        ({"name": "renamed while archived", "applied_tags": []}, 50083),
        ({"name": "renamed with a bad tag", "applied_tags": ["1"], "archived": False}, 50035),
    ],
)
async def test_a_refused_thread_edit_changes_nothing(refused, code):
    """Discord: a refused Modify Channel (archived thread, unknown tag) leaves name, tags and archive as they were."""
    async with FakeDiscord(guilds=[guild()], users=[ALICE]) as fake, connect_bot(fake, bot()) as client:
        forum = await client.fetch_channel(FORUM_ID)
        await forum.edit(available_tags=[discord.ForumTag(name="Open")])
        hook = await forum.create_webhook(name="Questions")
        message = await discord.Webhook.partial(hook.id, hook.token, client=client).send(
            "hello", thread_name="A question", wait=True
        )
        thread = fake.thread(message.channel.id)
        await client.http.edit_channel(thread.id, archived=True)
        before = (thread.name, thread.topic, thread.applied_tags, thread.archived)
        with pytest.raises(discord.HTTPException) as info:
            await client.http.edit_channel(thread.id, **refused)
        assert info.value.code == code
        assert (thread.name, thread.topic, thread.applied_tags, thread.archived) == before
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


TEXT_ID = 1_200_000_000_000_000_003


def _threads_guild(**extra) -> FakeGuild:
    channels = [
        FakeChannel(id=FORUM_ID, name="questions", type=15),
        FakeChannel(id=TEXT_ID, name="private-questions", type=0),
    ]
    return FakeGuild(id=GUILD_ID, channels=channels, members=[FakeMember(user=ALICE)], **extra)


def _add_thread(fake: FakeDiscord, parent: int, archived_at: str | None, *, kind: int = 11, member=True) -> int:
    guild = fake.guilds[GUILD_ID]
    thread = fake._thread(guild, guild.channel(parent), f"t{len(guild.channels)}", ALICE.id, kind, [])
    if member:
        thread.members.append(fake.bot_user.id)
    if archived_at is not None:
        thread.archived, thread.archive_timestamp = True, archived_at
    return thread.id


async def test_archived_threads_are_listed_newest_archive_first_page_by_page():
    """Discord's List Public Archived Threads: most recently archived first, `before` an exclusive archive moment,
    `limit` 2-100 (else 400), `has_more` while more remain; active threads are not in it."""
    async with FakeDiscord(guilds=[_threads_guild()], users=[ALICE]) as fake, connect_bot(fake, bot()) as client:
        ids = [_add_thread(fake, FORUM_ID, f"2024-02-{day:02d}T10:00:00+00:00") for day in range(1, 6)]
        _add_thread(fake, FORUM_ID, None)
        first = await client.http.get_public_archived_threads(FORUM_ID, limit=2)
        assert [int(t["id"]) for t in first["threads"]] == ids[::-1][:2]
        assert first["has_more"] is True
        last_moment = first["threads"][-1]["thread_metadata"]["archive_timestamp"]
        rest = await client.http.get_public_archived_threads(FORUM_ID, before=last_moment, limit=100)
        assert [int(t["id"]) for t in rest["threads"]] == ids[::-1][2:]
        assert rest["has_more"] is False
        with pytest.raises(discord.HTTPException) as refused:
            await client.http.get_public_archived_threads(FORUM_ID, limit=101)
        assert (refused.value.status, refused.value.code) == (400, 50035)
        # discord.py's own paginator walks the same pages
        forum = await client.fetch_channel(FORUM_ID)
        assert [t.id async for t in forum.archived_threads(limit=None)] == ids[::-1]
    assert [v.location for v in fake.violations] == ["query/limit"]  # the deliberate 101, and nothing else
    assert fake.unhandled == []


async def test_private_archived_threads_need_manage_threads_and_joined_ones_do_not():
    """List Private Archived Threads needs Read Message History and Manage Threads (403 / 50013 without); the
    bot's joined private threads are listed newest id first with Read Message History alone."""
    without = (1 << 51) - 1 & ~(1 << 3) & ~(1 << 34)
    guilds = [_threads_guild(bot_permissions=without)]
    async with (
        FakeDiscord(guilds=guilds, users=[ALICE], validate_responses=True) as fake,
        connect_bot(fake, bot()) as client,
    ):
        mine = [_add_thread(fake, TEXT_ID, "2024-02-01T10:00:00+00:00", kind=12) for _ in range(3)]
        _add_thread(fake, TEXT_ID, "2024-02-02T10:00:00+00:00", kind=12, member=False)
        with pytest.raises(discord.Forbidden) as refused:
            await client.http.get_private_archived_threads(TEXT_ID, limit=100)
        assert refused.value.code == 50013
        page = await client.http.get_joined_private_archived_threads(TEXT_ID, limit=2)
        assert [int(t["id"]) for t in page["threads"]] == mine[::-1][:2]
        assert page["has_more"] is True
        fake.guilds[GUILD_ID].bot_permissions |= 1 << 34
        every = await client.http.get_private_archived_threads(TEXT_ID, limit=100)
        assert len(every["threads"]) == 4
        with pytest.raises(discord.HTTPException) as wrong_kind:
            await client.http.get_private_archived_threads(FORUM_ID, limit=100)
        assert wrong_kind.value.code == 50024
    assert fake.violations == []
    assert fake.unhandled == []


async def test_thread_lists_fail_on_demand_and_guild_create_carries_the_active_threads():
    """`fail_thread_lists` makes a list fail after some pages (403 or a server error); GUILD_CREATE gives the
    active threads under "threads" (discord.py caches them) and no thread among the channels."""
    async with FakeDiscord(guilds=[_threads_guild()], users=[ALICE]) as fake:
        guild = fake.guilds[GUILD_ID]
        active = fake._thread(guild, guild.channel(FORUM_ID), "open", ALICE.id, 11, [])
        shut = fake._thread(guild, guild.channel(FORUM_ID), "shut", ALICE.id, 11, [])
        fake.archive_thread(shut.id)
        async with connect_bot(fake, bot()) as client:
            cached = client.get_guild(GUILD_ID)
            assert [t.id for t in cached.threads] == [active.id]
            assert {c.id for c in cached.channels} == {FORUM_ID, TEXT_ID}
            fake.fail_thread_lists("public", status=503, after=1)
            assert (await client.http.get_public_archived_threads(FORUM_ID, limit=2))["threads"]
            with pytest.raises(discord.DiscordServerError):
                await client.http.get_public_archived_threads(FORUM_ID, limit=2)
            fake.fail_thread_lists("active", status=403)
            with pytest.raises(discord.Forbidden):
                await client.http.get_active_threads(GUILD_ID)
            fake.heal_thread_lists()
            assert len((await client.http.get_active_threads(GUILD_ID))["threads"]) == 1
    assert fake.violations == []


async def test_a_message_edited_or_deleted_while_no_bot_is_connected_is_fetched_as_discord_has_it():
    """Get Channel Message: an edit made quietly shows; a deleted forum post's first message is 404 Unknown Message
    (10008) while its thread stays; a deleted thread's message is 404 Unknown Channel (10003)."""
    async with FakeDiscord(guilds=[guild()], users=[ALICE]) as fake, connect_bot(fake, bot()) as client:
        forum = await client.fetch_channel(FORUM_ID)
        hook = await forum.create_webhook(name="Questions")
        webhook = discord.Webhook.partial(hook.id, hook.token, client=client)
        first = await webhook.send("hello", thread_name="A question", wait=True)
        thread_id = first.channel.id
        reply = await client.http.send_message(thread_id, params=discord.http.handle_message_parameters(content="hi"))
        fake.quietly_edit(thread_id, int(reply["id"]), "hi again")
        fetched = await client.http.get_message(thread_id, int(reply["id"]))
        assert (fetched["content"], fetched["edited_timestamp"] is not None) == ("hi again", True)
        fake.quietly_delete(thread_id, first.id)
        with pytest.raises(discord.NotFound) as info:
            await client.http.get_message(thread_id, first.id)
        assert info.value.code == 10008
        assert fake.thread(thread_id).parent_id == FORUM_ID  # the thread is still there
        fake.guilds[GUILD_ID].channels.remove(fake.thread(thread_id))
        with pytest.raises(discord.NotFound) as info:
            await client.http.get_message(thread_id, int(reply["id"]))
        assert info.value.code == 10003
    assert fake.violations == []
