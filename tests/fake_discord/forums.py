"""Forum channels, threads, tags and channel webhooks: creating a forum (`POST /guilds/{id}/channels`), editing a
channel or thread (tags, topic, archived, locked, pinned), creating threads (a forum post with its first message,
or a private thread), thread members, webhooks (`POST /channels/{id}/webhooks`) and executing them (a new forum
post with `thread_name` and `applied_tags`, or a message in a thread with `thread_id`), editing webhook messages.

Test controls post as a student would: `user_forum_post` (a post made straight in the forum: THREAD_CREATE and
MESSAGE_CREATE), `user_message` (a reply in a thread), `user_deletes` (MESSAGE_DELETE), `delete_thread`
(THREAD_DELETE); `send_message_command` uses a message context menu.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from .interactions import interaction_token
from .models import (
    ADMINISTRATOR,
    ALL_PERMISSIONS,
    EPHEMERAL,
    MANAGE_THREADS,
    READ_MESSAGE_HISTORY,
    THREAD_TYPES,
    DiscordHTTPError,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeUser,
    RecordedRequest,
    iso_now,
    not_found,
    snowflake,
)
from .routing import route


def refuse_webhook_name(name: str | None, key: str) -> None:
    """Discord (Create Webhook): a webhook's name may not contain 'clyde' or 'discord', in any case; the same
    holds for the username a message is executed under."""
    if name and any(word in name.lower() for word in ("clyde", "discord")):
        raise DiscordHTTPError(
            400,
            50035,
            "Invalid Form Body",
            {key: {"_errors": [{"code": "USERNAME_INVALID_CONTAINS", "message": "Username cannot contain that"}]}},
        )


def unarchive_for_message(channel: FakeChannel) -> None:
    """A message sent in an archived thread unarchives it, as Discord documents for `thread_id` on Execute Webhook
    and for messages in threads; a locked thread stays shut (only members with Manage Threads may reopen it)."""
    if channel.type not in THREAD_TYPES or not channel.archived:
        return
    if channel.locked:
        raise DiscordHTTPError(400, 50083, "Thread is archived")
    channel.archived = False
    channel.archive_timestamp = iso_now()


def _form_error(key: str, message: str) -> DiscordHTTPError:
    return DiscordHTTPError(
        400, 50035, "Invalid Form Body", {key: {"_errors": [{"code": "BASE_TYPE_INVALID", "message": message}]}}
    )


def _list_limit(query: dict[str, str]) -> int:
    """Discord (List Archived Threads): `limit` 2-100, 50 when left out."""
    try:
        limit = int(query.get("limit", 50))
    except ValueError:
        raise _form_error("limit", "Value is not int.") from None
    if not 2 <= limit <= 100:
        raise _form_error("limit", "int value should be between 2 and 100.")
    return limit


def _moment(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise _form_error("before", "Could not interpret the value as a timestamp.") from None
    if moment.utcoffset() is None:
        raise _form_error("before", "A timestamp needs its time zone.")
    return moment


PINNED = 1 << 1  # a thread's flag: pinned at the top of its forum
MAX_TAGS = 20
MAX_APPLIED = 5


class Forums:
    """Forums, threads and channel webhooks (a part of FakeDiscord)."""

    def _init_forums(self) -> None:
        self.channel_webhooks: dict[int, dict[str, Any]] = {}
        self.thread_list_failures: dict[str, list[int]] = {}  # kind -> [status, pages still served]

    def _guild_of_channel(self, channel_id: int) -> tuple[FakeGuild, FakeChannel]:
        for guild in self.guilds.values():
            channel = guild.channel(channel_id)
            if channel is not None:
                return guild, channel
        raise not_found("Channel", 10003)

    @staticmethod
    def _tags(raw: list[dict[str, Any]], old: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if len(raw) > MAX_TAGS:
            raise DiscordHTTPError(
                400,
                50035,
                "Invalid Form Body",
                {
                    "available_tags": {
                        "_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 20 or fewer in length."}]
                    }
                },
            )
        known = {str(t["id"]): t for t in old}
        out = []
        for tag in raw:
            kept = known.get(str(tag.get("id"))) if tag.get("id") else None
            out.append(
                {
                    "id": kept["id"] if kept else str(snowflake()),
                    "name": tag["name"],
                    "moderated": bool(tag.get("moderated", False)),
                    "emoji_id": tag.get("emoji_id"),
                    "emoji_name": tag.get("emoji_name"),
                }
            )
        return out

    @route("POST", "/guilds/{guild_id}/channels")
    async def create_guild_channel(self, req: RecordedRequest) -> tuple[int, Any]:
        guild = self._guild(req.params["guild_id"])
        body = req.json or {}
        channel = FakeChannel(
            id=snowflake(),
            name=body["name"],
            type=int(body.get("type") or 0),
            topic=body.get("topic"),
            parent_id=int(body["parent_id"]) if body.get("parent_id") else None,
        )
        channel.available_tags = self._tags(body.get("available_tags") or [], [])
        guild.channels.append(channel)
        return 201, channel.to_payload(guild.id)

    @route("PATCH", "/channels/{channel_id}")
    async def edit_channel(self, req: RecordedRequest) -> tuple[int, Any]:
        guild, channel = self._guild_of_channel(int(req.params["channel_id"]))
        body = req.json or {}
        # Discord checks the whole request before changing anything: a refused edit leaves the channel as it was
        if channel.archived and body.get("archived") is not False and set(body) - {"archived", "locked"}:
            # Discord: a thread's settings change only while it is unarchived, or in the request unarchiving it
            raise DiscordHTTPError(400, 50083, "Thread is archived")
        available = applied = None
        if "available_tags" in body:
            if channel.type != 15:
                raise DiscordHTTPError(400, 50024, "Cannot execute action on this channel type")
            available = self._tags(body["available_tags"], channel.available_tags)
        if "applied_tags" in body:
            if channel.type != 11:
                raise DiscordHTTPError(400, 50024, "Cannot execute action on this channel type")
            applied = [int(t) for t in body["applied_tags"] or []]
            parent = guild.channel(channel.parent_id or 0)
            allowed = {int(t["id"]) for t in parent.available_tags} if parent else set()
            if len(applied) > MAX_APPLIED or not set(applied) <= allowed:
                raise DiscordHTTPError(
                    400,
                    50035,
                    "Invalid Form Body",
                    {
                        "applied_tags": {
                            "_errors": [{"code": "BASE_TYPE_INVALID", "message": "Unknown tag or too many tags"}]
                        }
                    },
                )
        if "name" in body:
            channel.name = body["name"]
        if "topic" in body:
            channel.topic = body["topic"]
        if available is not None:
            channel.available_tags = available
        if applied is not None:
            channel.applied_tags = applied
        if "archived" in body and bool(body["archived"]) != channel.archived:
            channel.archive_timestamp = iso_now()  # Discord: when the thread's archive status last changed
        for key in ("archived", "locked"):
            if key in body:
                setattr(channel, key, bool(body[key]))
        if "flags" in body:
            channel.flags = int(body["flags"])
        return 200, channel.to_payload(guild.id)

    @route("GET", "/guilds/{guild_id}/threads/active")
    async def active_threads(self, req: RecordedRequest) -> tuple[int, Any]:
        """Discord: the guild's active (unarchived) threads, public and private, with the bot's memberships."""
        guild = self.guilds.get(int(req.params["guild_id"]))
        if guild is None:
            raise not_found("Guild", 10004)
        self._failing_list("active")
        threads = [c for c in guild.channels if c.type in THREAD_TYPES and not c.archived]
        return 200, {"threads": [t.to_payload(guild.id) for t in threads], "members": [], "has_more": False}

    def _failing_list(self, kind: str) -> None:
        """A list of threads that `fail_thread_lists` set to fail answers with its error once its pages run out."""
        failure = self.thread_list_failures.get(kind)
        if failure is None:
            return
        if failure[1] > 0:
            failure[1] -= 1
            return
        if failure[0] == 403:
            raise DiscordHTTPError(403, 50013, "Missing Permissions")
        raise DiscordHTTPError(failure[0], 0, "Service Unavailable")

    def _archived_of(self, req: RecordedRequest, kind: str, needs: int) -> tuple[FakeGuild, list[FakeChannel]]:
        guild, channel = self._guild_of_channel(int(req.params["channel_id"]))
        _list_limit(req.query)  # a bad form is refused before permissions, as Discord does
        self._failing_list(kind)
        granted = ALL_PERMISSIONS if guild.bot_permissions & ADMINISTRATOR else guild.bot_permissions
        if granted & needs != needs:
            raise DiscordHTTPError(403, 50013, "Missing Permissions")
        if channel.type not in ((0,) if kind != "public" else (0, 5, 15, 16)):
            raise DiscordHTTPError(400, 50024, "Cannot execute action on this channel type")
        types = (10, 11) if kind == "public" else (12,)
        threads = [
            t
            for t in guild.channels
            if t.parent_id == channel.id
            and t.type in types
            and t.archived
            and (kind != "joined" or self.bot_user.id in t.members)
        ]
        if kind == "joined":  # newest thread first; `before` is a thread id
            threads.sort(key=lambda t: t.id, reverse=True)
            if req.query.get("before"):
                threads = [t for t in threads if t.id < int(req.query["before"])]
        else:  # most recently archived first; `before` is an archive timestamp (exclusive)
            threads.sort(key=lambda t: _moment(t.archive_timestamp), reverse=True)
            if req.query.get("before"):
                before = _moment(req.query["before"])
                threads = [t for t in threads if _moment(t.archive_timestamp) < before]
        return guild, threads

    def _thread_page(self, guild: FakeGuild, threads: list[FakeChannel], limit: int) -> dict[str, Any]:
        page = threads[:limit]
        members = [
            {"id": str(t.id), "user_id": str(self.bot_user.id), "join_timestamp": t.archive_timestamp, "flags": 0}
            for t in page
            if self.bot_user.id in t.members
        ]
        return {"threads": [t.to_payload(guild.id) for t in page], "members": members, "has_more": len(threads) > limit}

    @route("GET", "/channels/{channel_id}/threads/archived/public")
    async def public_archived_threads(self, req: RecordedRequest) -> tuple[int, Any]:
        """Discord: a channel's or forum's archived public threads, most recently archived first; needs Read
        Message History."""
        guild, threads = self._archived_of(req, "public", READ_MESSAGE_HISTORY)
        return 200, self._thread_page(guild, threads, _list_limit(req.query))

    @route("GET", "/channels/{channel_id}/threads/archived/private")
    async def private_archived_threads(self, req: RecordedRequest) -> tuple[int, Any]:
        """Discord: a channel's archived private threads; needs Read Message History and Manage Threads."""
        guild, threads = self._archived_of(req, "private", READ_MESSAGE_HISTORY | MANAGE_THREADS)
        return 200, self._thread_page(guild, threads, _list_limit(req.query))

    @route("GET", "/channels/{channel_id}/users/@me/threads/archived/private")
    async def joined_private_archived_threads(self, req: RecordedRequest) -> tuple[int, Any]:
        """Discord: the archived private threads of a channel the bot is a member of, newest first; needs Read
        Message History."""
        guild, threads = self._archived_of(req, "joined", READ_MESSAGE_HISTORY)
        return 200, self._thread_page(guild, threads, _list_limit(req.query))

    def _thread(
        self, guild: FakeGuild, parent: FakeChannel, name: str, owner: int, kind: int, tags: list[int]
    ) -> FakeChannel:
        if len(name) > 100:
            raise DiscordHTTPError(
                400,
                50035,
                "Invalid Form Body",
                {
                    "name": {
                        "_errors": [{"code": "BASE_TYPE_BAD_LENGTH", "message": "Must be between 1 and 100 in length."}]
                    }
                },
            )
        allowed = {int(t["id"]) for t in parent.available_tags}
        if parent.type == 15 and (len(tags) > MAX_APPLIED or not set(tags) <= allowed):
            raise DiscordHTTPError(
                400,
                50035,
                "Invalid Form Body",
                {
                    "applied_tags": {
                        "_errors": [{"code": "BASE_TYPE_INVALID", "message": "Unknown tag or too many tags"}]
                    }
                },
            )
        thread = FakeChannel(
            id=snowflake(),
            name=name,
            type=kind,
            parent_id=parent.id,
            owner_id=owner,
            applied_tags=tags,
            archive_timestamp=iso_now(),
        )
        guild.channels.append(thread)
        return thread

    @route("POST", "/channels/{channel_id}/threads")
    async def create_thread(self, req: RecordedRequest) -> tuple[int, Any]:
        guild, parent = self._guild_of_channel(int(req.params["channel_id"]))
        body = req.json or {}
        if parent.type == 15:
            tags = [int(t) for t in body.get("applied_tags") or []]
            thread = self._thread(guild, parent, body["name"], self.bot_user.id, 11, tags)
            message = self._make_message(thread.id, body.get("message") or {}, req)
            message["id"] = str(thread.id)  # a forum post's first message has the thread's id
            message["guild_id"] = str(guild.id)
            self._store_message(message)
            return 201, {**thread.to_payload(guild.id), "message": message}
        kind = int(body.get("type") or 12)
        thread = self._thread(guild, parent, body["name"], self.bot_user.id, kind, [])
        thread.members.append(self.bot_user.id)
        return 201, thread.to_payload(guild.id)

    @route("PUT", "/channels/{channel_id}/thread-members/{user_id}")
    async def add_thread_member(self, req: RecordedRequest) -> tuple[int, Any]:
        _, thread = self._guild_of_channel(int(req.params["channel_id"]))
        if thread.type not in (11, 12):
            raise DiscordHTTPError(400, 50024, "Cannot execute action on this channel type")
        user_id = int(req.params["user_id"])
        if user_id not in thread.members:
            thread.members.append(user_id)
        return 204, None

    @route("POST", "/channels/{channel_id}/webhooks")
    async def create_webhook(self, req: RecordedRequest) -> tuple[int, Any]:
        refuse_webhook_name((req.json or {}).get("name"), "name")
        guild, channel = self._guild_of_channel(int(req.params["channel_id"]))
        webhook = {
            "id": str(snowflake()),
            "type": 1,
            "guild_id": str(guild.id),
            "channel_id": str(channel.id),
            "name": (req.json or {}).get("name") or "Webhook",
            "avatar": None,
            "token": secrets.token_urlsafe(48),
            "application_id": str(self.application_id),
            "user": self.bot_user.to_payload(),
        }
        self.channel_webhooks[int(webhook["id"])] = webhook
        return 200, webhook

    def _channel_webhook(self, req: RecordedRequest) -> dict[str, Any] | None:
        webhook = self.channel_webhooks.get(int(req.params["webhook_id"]))
        if webhook is not None and webhook["token"] != req.params["webhook_token"]:
            raise not_found("Webhook", 10015)
        return webhook

    def _webhook_author(self, webhook: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": webhook["id"],
            "username": body.get("username") or webhook["name"],
            "avatar": None,
            "discriminator": "0000",
            "bot": True,
            "global_name": None,
            "public_flags": 0,
            "flags": 0,
        }

    async def execute_webhook(self, req: RecordedRequest, webhook: dict[str, Any]) -> tuple[int, Any]:
        guild, channel = self._guild_of_channel(int(webhook["channel_id"]))
        body = req.json or {}
        if body.get("flags", 0) & EPHEMERAL:
            raise DiscordHTTPError(400, 50035, "Invalid Form Body")
        refuse_webhook_name(body.get("username"), "username")
        target = channel.id
        if req.query.get("thread_id"):
            _, thread = self._guild_of_channel(int(req.query["thread_id"]))
            if thread.parent_id != channel.id:
                raise DiscordHTTPError(400, 10003, "Unknown Channel")
            unarchive_for_message(thread)
            target = thread.id
        elif channel.type == 15:
            if not body.get("thread_name"):
                raise DiscordHTTPError(
                    400, 220001, "Webhooks posted to forum channels must have a thread_name or thread_id"
                )
            thread = self._thread(
                guild,
                channel,
                body["thread_name"],
                int(webhook["id"]),
                11,
                [int(t) for t in body.get("applied_tags") or []],
            )
            target = thread.id
        message = self._make_message(target, body, req)
        if channel.type == 15 and not req.query.get("thread_id"):
            message["id"] = str(target)
        message.update(author=self._webhook_author(webhook, body), webhook_id=webhook["id"], guild_id=str(guild.id))
        message["application_id"] = str(self.application_id)
        self._store_message(message)
        wait = req.query.get("wait", "false").lower() in ("1", "true")
        return (200, message) if wait else (204, None)

    async def edit_webhook_message_of(self, req: RecordedRequest, webhook: dict[str, Any]) -> tuple[int, Any]:
        target = int(req.query.get("thread_id") or webhook["channel_id"])
        _, channel = self._guild_of_channel(target)
        if channel.archived:
            raise DiscordHTTPError(400, 50083, "Thread is archived")
        message = self._find_message(target, int(req.params["message_id"]))
        if message.get("webhook_id") != webhook["id"]:
            raise not_found("Message", 10008)
        return 200, self._apply_edit(message, req.json or {}, req)

    # -- test controls ------------------------------------------------------------------------------------------

    def forum_threads(self, forum_id: int) -> list[FakeChannel]:
        return [c for g in self.guilds.values() for c in g.channels if c.parent_id == forum_id and c.type in (11, 12)]

    def thread(self, thread_id: int) -> FakeChannel:
        return self._guild_of_channel(thread_id)[1]

    def fail_thread_lists(self, *kinds: str, status: int = 503, after: int = 0) -> None:
        """Lists of threads of these kinds ("active", "public", "private", "joined") fail, after `after` more
        pages, with `status` (403: Missing Permissions; else a server error) until `heal_thread_lists()`."""
        for kind in kinds:
            self.thread_list_failures[kind] = [status, after]

    def heal_thread_lists(self) -> None:
        self.thread_list_failures.clear()

    def archive_thread(self, thread_id: int, at: datetime | None = None, *, archived: bool = True) -> FakeChannel:
        """Archive (or unarchive) a thread at a moment, quietly (as while the bot is away)."""
        thread = self.thread(thread_id)
        thread.archived = archived
        thread.archive_timestamp = at.isoformat() if at is not None else iso_now()
        return thread

    def _user_message(
        self,
        guild: FakeGuild,
        channel_id: int,
        user: FakeUser,
        content: str,
        roles: list[int],
        message_id: int | None = None,
    ) -> dict[str, Any]:
        member = guild.member(user.id) or FakeMember(user=user, roles=roles)
        return {
            "id": str(message_id or snowflake()),
            "channel_id": str(channel_id),
            "guild_id": str(guild.id),
            "type": 0,
            "content": content,
            "author": user.to_payload(),
            "member": member.to_payload(with_user=False) | {"roles": [str(r) for r in roles or member.roles]},
            "timestamp": iso_now(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "flags": 0,
            "components": [],
        }

    async def user_forum_post(
        self, forum_id: int, user: FakeUser, title: str, content: str, tags: list[int] | None = None
    ) -> tuple[FakeChannel, dict[str, Any]]:
        """A student posts straight in the forum: THREAD_CREATE (newly_created), then its first message."""
        guild, forum = self._guild_of_channel(forum_id)
        thread = self._thread(guild, forum, title, user.id, 11, list(tags or []))
        thread.members.append(user.id)
        message = self._user_message(guild, thread.id, user, content, [], message_id=thread.id)
        self._store_message(message)
        await self.dispatch("THREAD_CREATE", {**thread.to_payload(guild.id), "newly_created": True})
        await self.dispatch("MESSAGE_CREATE", message)
        return thread, message

    async def user_message(
        self, thread_id: int, user: FakeUser, content: str, roles: list[int] | None = None
    ) -> dict[str, Any]:
        guild, channel = self._guild_of_channel(thread_id)
        message = self._user_message(guild, thread_id, user, content, list(roles or []))
        if channel.type in THREAD_TYPES and channel.archived:
            # Discord: anyone's message unarchives a thread; a locked one only a member who may manage threads
            member = guild.member(user.id)
            may_manage = guild.permissions_for([*(roles or []), *(member.roles if member else [])], user_id=user.id)
            if not channel.locked or may_manage & MANAGE_THREADS:
                channel.archived = False
                channel.archive_timestamp = iso_now()
            else:
                unarchive_for_message(channel)  # refused: the thread is archived
            await self.dispatch("THREAD_UPDATE", channel.to_payload(guild.id))
        self._store_message(message)
        await self.dispatch("MESSAGE_CREATE", message)
        return message

    async def user_deletes(self, channel_id: int, message_id: int) -> None:
        guild, _ = self._guild_of_channel(channel_id)
        self.messages[channel_id] = [m for m in self.messages.get(channel_id, []) if int(m["id"]) != message_id]
        await self.dispatch(
            "MESSAGE_DELETE", {"id": str(message_id), "channel_id": str(channel_id), "guild_id": str(guild.id)}
        )

    async def user_edits(self, channel_id: int, message_id: int, content: str) -> dict[str, Any]:
        """Its author edits a message: MESSAGE_UPDATE (its words only to an app with the message content intent)."""
        message = self.quietly_edit(channel_id, message_id, content)
        await self.dispatch("MESSAGE_UPDATE", dict(message))
        return message

    def quietly_edit(self, channel_id: int, message_id: int, content: str) -> dict[str, Any]:
        """A message edited while no bot is connected: no MESSAGE_UPDATE reaches anyone; fetching it shows the edit."""
        message = self._find_message(channel_id, message_id)
        message.update(content=content, edited_timestamp=iso_now())
        return message

    def quietly_delete(self, channel_id: int, message_id: int) -> None:
        """A message deleted while no bot is connected (a forum post's first one leaves its thread in place, as in
        Discord): no MESSAGE_DELETE reaches anyone; fetching it answers 404 Unknown Message."""
        message = self._find_message(channel_id, message_id)
        self.messages[channel_id].remove(message)

    async def delete_thread(self, thread_id: int) -> None:
        guild, thread = self._guild_of_channel(thread_id)
        guild.channels.remove(thread)
        await self.dispatch(
            "THREAD_DELETE",
            {"id": str(thread.id), "guild_id": str(guild.id), "parent_id": str(thread.parent_id), "type": thread.type},
        )

    async def send_message_command(
        self,
        name: str,
        message: dict[str, Any],
        *,
        user: FakeUser | int | None = None,
        roles: list[int] | None = None,
        permissions: int | None = None,
        wait: bool = True,
    ):
        """Use a message context menu (application command type 3) on a message."""
        channel_id = int(message["channel_id"])
        guild, _ = self._guild_of_channel(channel_id)
        command = self.find_command(name, guild.id, command_type=3)
        if command is None:
            raise LookupError(f"no message command {name!r} is registered")
        _, _, payload = self._context(
            user=user, guild_id=guild.id, channel_id=channel_id, roles=roles, permissions=permissions, dm=False
        )
        payload.update(
            id=str(snowflake()),
            type=2,
            token=interaction_token(),
            data={
                "id": command["id"],
                "name": command["name"],
                "type": 3,
                "target_id": message["id"],
                "resolved": {"messages": {message["id"]: message}},
                "guild_id": str(guild.id),
            },
        )
        return await self._send_interaction(payload, wait, None)
