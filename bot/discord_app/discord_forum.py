"""The forum through discord.py: forum channels and their tags, posts through the forum's webhook (under a neutral
name for anonymous questions, so Discord never shows who asked), private threads, thread tags and archiving."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Collection, Sequence
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
    ThreadListing,
    ThreadMessage,
    ThreadStart,
)
from bot.discord_app.permissions import member_is_staff
from bot.discord_app.render import embed_pages
from bot.qa.forum_rules import MAX_TAGS, STATUS_TAGS, tags_crowded_out, webhook_username

log = logging.getLogger(__name__)
NO_MENTIONS = discord.AllowedMentions.none()
WEBHOOK_NAME = "Course questions"
PINNED = 1 << 1  # a thread's flag: pinned at the top of its forum


UNKNOWN_CHANNEL, UNKNOWN_WEBHOOK, INVALID_FORM, WRONG_CHANNEL_TYPE = 10003, 10015, 50035, 50024
PAGE = 100  # Discord lists at most 100 archived threads a request
ONE_TICK = dt.timedelta(microseconds=1)


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


def _parent_of(raw: dict[str, Any]) -> int | None:
    return int(raw["parent_id"]) if raw.get("parent_id") else None


def _archived_at(raw: dict[str, Any]) -> dt.datetime | None:
    """When Discord last changed a listed thread's archived state; None when it does not say."""
    stamp = (raw.get("thread_metadata") or {}).get("archive_timestamp")
    try:
        moment = dt.datetime.fromisoformat(stamp) if stamp else None
    except ValueError:
        return None
    return moment if moment is not None and moment.utcoffset() is not None else None


class DiscordForum:
    """One server's forum for command bodies (the ForumHost protocol)."""

    __slots__ = ("bot", "guild_id")  # one per interaction: no __dict__

    def __init__(self, bot: Any, guild_id: int) -> None:
        self.bot, self.guild_id = bot, guild_id

    @property
    def reads_words(self) -> bool:
        return bool(self.bot.intents.message_content)

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

    async def thread_listing(self, parent_ids: Collection[int]) -> ThreadListing:
        """One request for the guild's active threads (the gateway's cache adds its own), then each channel's
        archived threads 100 a page; a list Discord refuses (403) or fails (5xx) leaves its channel unproven."""
        wanted = set(parent_ids)
        listed: dict[int, dt.datetime | None] = {}
        self._cached_active(wanted, listed)
        try:
            active = await self.bot.http.get_active_threads(self.guild_id)
        except discord.HTTPException as err:
            log.warning("event=forum_threads_not_listed guild=%s list=active status=%s", self.guild_id, err.status)
            active = None
        for raw in active["threads"] if active else ():
            if _parent_of(raw) in wanted:
                listed[int(raw["id"])] = None
        complete = set()
        for parent_id in sorted(wanted):
            if await self._archived_lists(parent_id, listed) and active is not None:
                complete.add(parent_id)
        self._cached_active(wanted, listed)  # a thread unarchived while the lists were read is active now
        return ThreadListing(listed, frozenset(complete))

    def _cached_active(self, wanted: set[int], listed: dict[int, dt.datetime | None]) -> None:
        guild = self.bot.get_guild(self.guild_id)
        for thread in guild.threads if guild is not None else ():
            if thread.parent_id in wanted and not thread.archived:
                listed[thread.id] = None

    async def _archived_lists(self, parent_id: int, listed: dict[int, dt.datetime | None]) -> bool:
        """A channel's archived threads into `listed`: the public ones, and in a text channel the private ones (the
        bot's own when it may not list them all, which proves them there but not the others gone)."""
        http = self.bot.http
        if not await self._pages(parent_id, http.get_public_archived_threads, listed, by_id=False):
            return False
        channel = self.bot.get_channel(parent_id)
        if channel is not None and not isinstance(channel, discord.TextChannel):
            return True  # no private threads outside text channels
        try:
            return await self._pages(parent_id, http.get_private_archived_threads, listed, by_id=False, strict=True)
        except discord.Forbidden:
            await self._pages(parent_id, http.get_joined_private_archived_threads, listed, by_id=True)
            return False

    async def _pages(
        self, parent_id: int, endpoint: Any, listed: dict[int, dt.datetime | None], *, by_id: bool, strict: bool = False
    ) -> bool:
        """Every page of one list; False when a page failed or a page boundary may have hidden a thread."""
        before: str | None = None
        exact = True
        while True:
            try:
                data = await endpoint(parent_id, before=before, limit=PAGE)
            except discord.HTTPException as err:
                if err.code == UNKNOWN_CHANNEL:
                    return True  # the channel is gone, and with it every thread it had
                if err.code == WRONG_CHANNEL_TYPE:
                    return True  # a kind of thread this channel cannot have
                if strict and isinstance(err, discord.Forbidden):
                    raise
                log.warning("event=forum_threads_not_listed channel=%s status=%s", parent_id, err.status)
                return False
            threads = data.get("threads") or []
            for raw in threads:
                listed.setdefault(int(raw["id"]), _archived_at(raw))
            if not data.get("has_more"):
                return exact
            if not threads:
                return False
            if by_id:
                before = str(threads[-1]["id"])
                continue
            last = _archived_at(threads[-1])
            if last is None:
                return False
            # `before` is exclusive: a thread archived at the very moment of the page's last one would be skipped,
            # so the next page starts just after that moment (the overlap is listed twice, harmlessly)
            after_last = (last + ONE_TICK).isoformat()
            if after_last == before:  # a whole page archived at one moment: move past it, proving nothing there
                after_last, exact = last.isoformat(), False
            before = after_last

    async def started_threads(
        self, parent_ids: Sequence[int], webhook_id: int | None, known: Collection[int] = ()
    ) -> list[StartedThread]:
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
            if thread.parent_id not in parent_ids or thread.id in known:
                continue
            try:
                first = [m async for m in thread.history(limit=1, oldest_first=True)]
            except discord.HTTPException:
                continue
            if not first:
                continue
            message = first[0]
            ours = message.author.id == self.bot.user.id or (webhook_id and message.webhook_id == webhook_id)
            if ours:  # without the message content intent a webhook's embeds arrive empty: the title still says
                footer = (message.embeds[0].footer.text or "") if message.embeds else ""
                found.append(StartedThread(thread.id, message.id, footer, thread.name))
        return found

    async def thread_start(self, thread_id: int) -> ThreadStart | None:
        try:
            thread = await self.bot.fetch_channel(thread_id)
            if not isinstance(thread, discord.Thread):
                return None
            first = [m async for m in thread.history(limit=1, oldest_first=True)]
        except discord.NotFound:
            return None
        except discord.HTTPException as err:
            log.warning("event=forum_thread_not_read thread=%s status=%s", thread_id, err.status)
            return None
        return ThreadStart(
            thread.id,
            thread.parent_id,
            thread.name,
            tuple(t.id for t in thread.applied_tags),
            thread.owner_id,
            self._thread_message(first[0]) if first else None,
        )

    def _thread_message(self, message: discord.Message) -> ThreadMessage:
        by_bot = bool(message.author.bot or message.webhook_id or message.author.id == self.bot.user.id)
        return ThreadMessage(message.id, message.author.id, message.content or "", by_bot, message.created_at)

    async def messages_after(self, thread_id: int, after_id: int, most: int) -> list[ThreadMessage] | None:
        channel = self.bot.get_partial_messageable(thread_id, guild_id=self.guild_id)
        try:
            found = [m async for m in channel.history(limit=most, after=discord.Object(after_id), oldest_first=True)]
        except discord.HTTPException as err:
            log.warning("event=forum_thread_not_read thread=%s status=%s", thread_id, err.status)
            return None
        return [self._thread_message(m) for m in found]

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
