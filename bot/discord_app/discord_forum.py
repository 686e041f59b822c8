"""The forum through discord.py: forum channels and their tags, posts through the forum's webhook (under a neutral
name for anonymous questions, so Discord never shows who asked), private threads, thread tags and archiving."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import discord

from bot.core.answer import Answer
from bot.core.errors import UserError
from bot.discord_app.components import actions_view
from bot.discord_app.forum_host import (
    ForumPartGone,
    PostedThread,
    PreparedForum,
    PrivateAccess,
    SeenMessage,
    StartedThread,
)
from bot.discord_app.permissions import member_is_staff
from bot.discord_app.render import embed_pages
from bot.qa.forum_rules import MAX_TAGS, STATUS_TAGS, tags_crowded_out, webhook_username

log = logging.getLogger(__name__)
NO_MENTIONS = discord.AllowedMentions.none()
WEBHOOK_NAME = "Course questions"
PINNED = 1 << 1  # a thread's flag: pinned at the top of its forum


UNKNOWN_CHANNEL, UNKNOWN_WEBHOOK, INVALID_FORM = 10003, 10015, 50035


def _gone(err: discord.HTTPException, channel_part: str) -> ForumPartGone | None:
    """The part of the forum's setup Discord says no longer exists, if that is what it says."""
    if err.code == UNKNOWN_WEBHOOK:
        return ForumPartGone(
            "webhook", "The forum's webhook was deleted in Discord; course staff can run /setup qa-forum to fix it."
        )
    if err.code == UNKNOWN_CHANNEL:
        where = "That question's thread" if channel_part == "thread" else "The channel"
        return ForumPartGone(channel_part, f"{where} was deleted in Discord.")
    return None


def _refused(what: str, err: discord.HTTPException) -> UserError:
    hint = " (the bot needs Manage Channels, Manage Webhooks and Manage Threads)" if err.status == 403 else ""
    return UserError(f"Discord refused to {what}: {err.status} {err.text or ''}".strip() + hint + ".")


class DiscordForum:
    """One server's forum for command bodies (the ForumHost protocol)."""

    __slots__ = ("bot", "guild_id")  # one per interaction: no __dict__

    def __init__(self, bot: Any, guild_id: int) -> None:
        self.bot, self.guild_id = bot, guild_id

    def _extras(self, answer: Answer) -> dict[str, Any]:
        extras: dict[str, Any] = {"embeds": embed_pages(answer)[:10], "allowed_mentions": NO_MENTIONS}
        if answer.actions:
            extras["view"] = actions_view(answer.actions)
        return extras

    def _webhook(self, webhook: tuple[int, str]) -> discord.Webhook:
        return discord.Webhook.partial(webhook[0], webhook[1], client=self.bot)

    async def _channel(self, channel_id: int) -> Any:
        channel = self.bot.get_channel(channel_id)
        if channel is None:
            try:
                channel = await self.bot.fetch_channel(channel_id)
            except discord.HTTPException as err:
                raise UserError(f"The bot cannot see channel {channel_id} ({err.status}).") from err
        return channel

    async def prepare(self, forum_id: int | None, name: str, tags: Sequence[str], guidelines: str) -> PreparedForum:
        wanted = [discord.ForumTag(name=t, moderated=t in STATUS_TAGS) for t in tags]
        try:
            if forum_id is None:
                guild = self.bot.get_guild(self.guild_id) or await self.bot.fetch_guild(self.guild_id)
                forum = await guild.create_forum(name, topic=guidelines[:4096] or None, available_tags=wanted)
            else:
                forum = await self._channel(forum_id)
                if not isinstance(forum, discord.ForumChannel):
                    raise UserError(
                        "That channel is not a forum channel; pick a forum (or leave it out to create one)."
                    )
                have = {t.name: t for t in forum.available_tags}
                kept = [have.get(t.name, t) for t in wanted]
                others = [t for n, t in have.items() if n not in tags]
                if len(kept) > MAX_TAGS:
                    raise UserError(f"The course needs {len(kept)} tags and Discord allows {MAX_TAGS} on a forum.")
                crowded = tags_crowded_out(tags, [t.name for t in others])
                if crowded:
                    raise UserError(crowded)
                forum = await forum.edit(available_tags=[*kept, *others], topic=guidelines[:4096] or None)
        except discord.HTTPException as err:
            raise _refused("set up the forum", err) from err
        return PreparedForum(forum.id, {t.name: t.id for t in forum.available_tags if t.name in tags})

    async def webhook(self, forum_id: int) -> tuple[int, str]:
        try:
            forum = self.bot.get_channel(forum_id) or await self.bot.fetch_channel(forum_id)
        except discord.HTTPException as err:
            raise (_gone(err, "forum") or _refused("create the forum's webhook", err)) from err
        try:
            hook = await forum.create_webhook(name=WEBHOOK_NAME)
        except discord.HTTPException as err:
            raise _refused("create the forum's webhook", err) from err
        return hook.id, hook.token or ""

    async def post(
        self, forum_id: int, webhook: tuple[int, str], title: str, answer: Answer, tag_ids: Sequence[int], name: str
    ) -> PostedThread:
        try:
            message = await self._webhook(webhook).send(
                thread_name=title,
                applied_tags=[discord.Object(t) for t in tag_ids],
                username=webhook_username(name),
                wait=True,
                **self._extras(answer),
            )
        except discord.HTTPException as err:
            gone = _gone(err, "forum")
            if gone is None and err.code == INVALID_FORM and "applied_tags" in str(err.text):
                missing = await self._missing_tags(forum_id, tag_ids)
                gone = ForumPartGone("tags", "A forum tag was deleted in Discord.", missing) if missing else None
            raise (gone or _refused("post the question", err)) from err
        return PostedThread(message.channel.id, message.id)

    async def _missing_tags(self, forum_id: int, tag_ids: Sequence[int]) -> tuple[int, ...]:
        try:
            forum = await self.bot.fetch_channel(forum_id)
        except discord.HTTPException:
            return ()
        have = {t.id for t in getattr(forum, "available_tags", ())}
        return tuple(t for t in tag_ids if t not in have)

    async def reply_as(self, webhook: tuple[int, str], thread_id: int, answer: Answer, name: str) -> int:
        try:
            message = await self._webhook(webhook).send(
                thread=discord.Object(thread_id), username=webhook_username(name), wait=True, **self._extras(answer)
            )
        except discord.HTTPException as err:
            raise (_gone(err, "thread") or _refused("post the follow-up", err)) from err
        return message.id

    async def private_thread(
        self, channel_id: int, title: str, answer: Answer, member_ids: Sequence[int]
    ) -> PostedThread:
        try:
            channel = self.bot.get_channel(channel_id) or await self.bot.fetch_channel(channel_id)
        except discord.HTTPException as err:
            raise (_gone(err, "private_channel") or _refused("open the private thread", err)) from err
        try:
            thread = await channel.create_thread(name=title, type=discord.ChannelType.private_thread, invitable=False)
            message = await thread.send(**self._extras(answer))
            for user_id in member_ids:
                await thread.add_user(discord.Object(user_id))
        except discord.HTTPException as err:
            raise (_gone(err, "private_channel") or _refused("open the private thread", err)) from err
        return PostedThread(thread.id, message.id)

    async def pinned_post(self, forum_id: int, webhook: tuple[int, str], title: str, answer: Answer) -> int:
        posted = await self.post(forum_id, webhook, title, answer, (), "Course staff")
        try:
            await self.bot.http.edit_channel(posted.thread_id, flags=PINNED)
        except discord.HTTPException as err:
            raise _refused("pin the forum's guidelines", err) from err
        return posted.thread_id

    async def edit_post(self, webhook: tuple[int, str] | None, thread_id: int, message_id: int, answer: Answer) -> None:
        """Best effort: the store holds the truth; a post Discord will not let the bot edit is logged and left."""
        extras = self._extras(answer)
        extras.setdefault("view", None)  # a post that takes no more actions loses its buttons
        try:
            if webhook is not None:
                await self._webhook(webhook).edit_message(message_id, thread=discord.Object(thread_id), **extras)
            else:
                await self.bot.get_partial_messageable(thread_id).get_partial_message(message_id).edit(**extras)
        except discord.HTTPException as err:
            log.warning("event=forum_post_not_updated thread=%s status=%s", thread_id, err.status)

    async def update_thread(
        self,
        thread_id: int,
        *,
        tag_ids: Sequence[int] | None = None,
        archived: bool | None = None,
        locked: bool | None = None,
    ) -> None:
        payload: dict[str, Any] = {}
        if tag_ids is not None:
            payload["applied_tags"] = [str(t) for t in tag_ids][:5]
        if archived is not None:
            payload["archived"] = archived
        if locked is not None:
            payload["locked"] = locked
        if not payload:
            return
        try:
            await self.bot.http.edit_channel(thread_id, **payload)
        except discord.HTTPException as err:
            log.warning("event=forum_thread_not_updated thread=%s status=%s", thread_id, err.status)

    async def send(self, channel_id: int, answer: Answer, *, ping_role: int | None = None) -> int:
        extras = self._extras(answer)
        if ping_role is not None:
            extras["content"] = f"<@&{ping_role}>"
            extras["allowed_mentions"] = discord.AllowedMentions(
                everyone=False, users=False, roles=[discord.Object(ping_role)]
            )
        try:
            message = await self.bot.get_partial_messageable(channel_id, guild_id=self.guild_id).send(**extras)
        except discord.HTTPException as err:
            raise _refused("post in the thread", err) from err
        return message.id

    async def add_member(self, thread_id: int, user_id: int) -> None:
        try:
            await self.bot.http.add_user_to_thread(thread_id, user_id)
        except discord.HTTPException as err:
            log.warning("event=thread_member_not_added thread=%s status=%s", thread_id, err.status)

    def link(self, channel_id: int, message_id: int | None = None) -> str:
        tail = f"/{message_id}" if message_id else ""
        return f"https://discord.com/channels/{self.guild_id}/{channel_id}{tail}"

    async def thread_exists(self, thread_id: int) -> bool | None:
        try:
            await self.bot.fetch_channel(thread_id)
        except discord.NotFound:
            return False
        except discord.HTTPException:
            return None  # no access right now, or Discord trouble: not proof of a deletion
        return True

    async def started_threads(self, parent_ids: Sequence[int], webhook_id: int | None) -> list[StartedThread]:
        guild = self.bot.get_guild(self.guild_id)
        if guild is None:
            return []
        found = []
        try:
            threads = await guild.active_threads()
        except discord.HTTPException as err:
            log.warning("event=forum_threads_not_listed guild=%s status=%s", self.guild_id, err.status)
            return []
        for thread in threads:
            if thread.parent_id not in parent_ids:
                continue
            try:
                first = [m async for m in thread.history(limit=1, oldest_first=True)]
            except discord.HTTPException:
                continue
            if not first or not first[0].embeds:
                continue
            message = first[0]
            ours = message.author.id == self.bot.user.id or (webhook_id and message.webhook_id == webhook_id)
            if ours:
                found.append(StartedThread(thread.id, message.id, message.embeds[0].footer.text or ""))
        return found

    async def message_now(self, channel_id: int, message_id: int) -> SeenMessage | None:
        try:
            message = await self.bot.get_partial_messageable(channel_id).fetch_message(message_id)
        except discord.NotFound:
            return SeenMessage(deleted=True)
        except discord.HTTPException:
            return None  # no access right now, or Discord trouble: not proof of anything
        return SeenMessage(deleted=False, content=message.content or "")

    async def private_access(self, channel_id: int) -> PrivateAccess | None:
        guild = self.bot.get_guild(self.guild_id)
        channel = guild.get_channel(channel_id) if guild is not None else None
        if guild is None or channel is None:
            return None
        everyone = channel.permissions_for(guild.default_role).view_channel
        setup = self.bot.setup_of(self.guild_id)
        student_roles = tuple(
            (role.id, channel.permissions_for(role).view_channel)
            for role_id in sorted(set(setup.section_roles.values()) if setup else ())
            if (role := guild.get_role(role_id)) is not None
        )
        staff_role_id = self.bot.staff_role_id(self.guild_id)
        role = guild.get_role(staff_role_id) if staff_role_id else None
        staff = None
        if role is not None:
            allowed = channel.permissions_for(role)
            staff = allowed.view_channel and (allowed.manage_threads or allowed.administrator)
        return PrivateAccess(everyone, staff, student_roles)

    async def is_staff(self, user_id: int) -> bool:
        guild = self.bot.get_guild(self.guild_id)
        if guild is None:
            return False
        member = guild.get_member(user_id)
        if member is None:
            try:
                member = await guild.fetch_member(user_id)
            except discord.HTTPException:
                return False
        return member_is_staff(member.guild_permissions, member, self.bot.staff_role_for(self.guild_id), self.guild_id)
