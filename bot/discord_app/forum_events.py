"""Gateway events in the course's channels, as neutral forum events for the command modules' listeners: a thread
created in a forum, a message, an edit, a deletion. Threads the bot made itself (its webhook's posts) are not
student posts. Without the message content intent Discord sends messages' words empty; titles still arrive."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord

from bot.core.answer import error_answer
from bot.discord_app.components import submitted_form
from bot.discord_app.discord_forum import DiscordForum
from bot.discord_app.discord_reply import DiscordReply
from bot.discord_app.interactions import ForumEvent, MessageRef
from bot.discord_app.invocation import Invocation, NoReply
from bot.discord_app.options import UserRef
from bot.discord_app.permissions import member_is_staff
from bot.discord_app.registry import invocation_for
from bot.discord_app.running import run_action, run_listener

log = logging.getLogger(__name__)


def _invocation(bot: Any, guild_id: int, user: UserRef, is_staff: bool) -> Invocation:
    return Invocation(
        served=bot.served_course(guild_id),
        now=bot.now(),
        store=bot.store,
        server_id=guild_id,
        user=user,
        is_staff=is_staff,
        reply=NoReply(),
        host=bot,
        forum=DiscordForum(bot, guild_id),
    )


async def dispatch(bot: Any, guild_id: int, user: UserRef, is_staff: bool, event: ForumEvent) -> None:
    for spec in bot.catalog.listeners.get(event.kind, []):
        await run_listener(spec, _invocation(bot, guild_id, user, is_staff), event)


def install(bot: Any) -> None:
    """Listen for forum events, on the bot (form submissions come through `answer_form`)."""

    async def on_thread_create(thread: discord.Thread) -> None:
        if thread.owner_id in (bot.user.id if bot.user else None, None):
            return
        starter = thread.starter_message
        owner = thread.owner or thread.guild.get_member(thread.owner_id)
        name = owner.name if owner is not None else str(thread.owner_id)
        message = None
        if starter is not None:
            message = MessageRef(starter.id, thread.id, UserRef(thread.owner_id, name), starter.content or "")
        event = ForumEvent(
            "thread_created",
            thread.id,
            thread.parent_id,
            message,
            title=thread.name,
            tag_ids=tuple(t.id for t in thread.applied_tags),
        )
        await dispatch(bot, thread.guild.id, UserRef(thread.owner_id, name), False, event)

    async def on_message(message: discord.Message) -> None:
        if message.guild is None or (bot.user and message.author.id == bot.user.id):
            return
        ref = MessageRef(
            message.id,
            message.channel.id,
            UserRef(message.author.id, message.author.name),
            message.content or "",
            bool(message.author.bot or message.webhook_id),
            message.created_at,
        )
        guild_id = message.guild.id
        permissions = getattr(message.author, "guild_permissions", None)  # a webhook's author is no member
        staff = member_is_staff(permissions, message.author, bot.staff_role_for(guild_id), guild_id)
        event = ForumEvent("message", message.channel.id, message=ref, author_is_staff=staff)
        await dispatch(bot, guild_id, ref.author, staff, event)

    async def on_raw_message_delete(payload: discord.RawMessageDeleteEvent) -> None:
        if payload.guild_id is None:
            return
        event = ForumEvent("message_deleted", payload.channel_id, message_id=payload.message_id)
        await dispatch(bot, payload.guild_id, UserRef(0, ""), False, event)

    async def on_raw_message_edit(payload: discord.RawMessageUpdateEvent) -> None:
        data = payload.data
        if payload.guild_id is None or not data.get("edited_timestamp"):
            return  # a DM, or an update that is no edit (Discord adding a link's preview to a message never edited)
        author = data.get("author") or {}
        ref = MessageRef(
            payload.message_id,
            payload.channel_id,
            UserRef(int(author.get("id") or 0), author.get("username", "")),
            data.get("content") or "",
            bool(author.get("bot") or data.get("webhook_id")),
        )
        await dispatch(
            bot, payload.guild_id, ref.author, False, ForumEvent("message_edited", payload.channel_id, message=ref)
        )

    async def on_raw_thread_delete(payload: discord.RawThreadDeleteEvent) -> None:
        event = ForumEvent("thread_deleted", payload.thread_id, payload.parent_id)
        await dispatch(bot, payload.guild_id, UserRef(0, ""), False, event)

    async def on_thread_update(before: discord.Thread, after: discord.Thread) -> None:
        if before.name != after.name:
            event = ForumEvent("thread_renamed", after.id, after.parent_id, title=after.name)
            await dispatch(bot, after.guild.id, UserRef(0, ""), False, event)

    async def on_ready() -> None:
        # READY opens each new gateway session: at start, and again after Discord invalidates a session, whose
        # missed events are never replayed (a RESUME replays them and answers RESUMED, not READY). Each new session
        # looks again for what changed while no events came, after any look still running.
        earlier = getattr(bot, "reconciling", None)
        bot.reconciling = asyncio.create_task(_reconcile_after(bot, earlier))  # kept: a task nobody holds may vanish

    for listener in (
        on_thread_create,
        on_message,
        on_raw_message_delete,
        on_raw_message_edit,
        on_raw_thread_delete,
        on_thread_update,
        on_ready,
    ):
        bot.add_listener(listener)


def answer_form(bot: Any, interaction: discord.Interaction) -> asyncio.Task | None:
    """A modal submission carrying one of our custom ids starts its action; any other interaction, nothing. Called
    for every interaction as discord.py dispatches it, so it is a plain check rather than a listener (a listener is
    a task per interaction)."""
    submitted = submitted_form(interaction)
    if submitted is None:
        return None
    return asyncio.get_running_loop().create_task(_answer_form(bot, interaction, *submitted))


async def _answer_form(bot: Any, interaction: discord.Interaction, action: str, arg: str, values: dict) -> None:
    try:
        await bot.run_action_interaction(interaction, action, arg, values)
    except Exception:  # the shared path answers every failure itself; this is only what escapes it
        log.exception("form=%s guild=%s could not be answered", action, interaction.guild_id)


async def _reconcile_after(bot: Any, earlier: asyncio.Task | None) -> None:
    """One look for what changed, after the look before it (never two at once over the same posts); stopping this
    one (the bot closing) stops the earlier one too."""
    try:
        if earlier is not None and not earlier.done():
            await asyncio.wait([earlier])
    except asyncio.CancelledError:
        earlier.cancel()
        raise
    await reconcile_forums(bot)


async def reconcile_forums(bot: Any) -> None:
    """Once connected: each server's forum listeners look for what changed while the bot was away."""
    for guild_id in bot.store.qa_forums.guild_ids():
        await dispatch(bot, guild_id, UserRef(0, ""), False, ForumEvent("connected", 0))


async def run_action_interaction(
    bot: Any, interaction: discord.Interaction, action: str, arg: str, values: dict
) -> None:
    """A button click or form submission: run the action's body on the shared path."""
    spec = bot.catalog.actions.get(action)
    with bot.store.cache.pinned():
        inv = invocation_for(bot, interaction, reply=DiscordReply(interaction))
        if spec is None:
            await inv.reply.private(error_answer("That button is no longer available; run the command again."))
            return
        outcome = await run_action(spec, inv, arg, values)
    log.info("command=action:%s guild=%s outcome=%s", action, inv.server_id, outcome)
