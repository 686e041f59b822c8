"""Channels and messages: channel lookup, messages (create, list, get, edit, delete), DMs (users with closed DMs
get 403 / 50007), uploaded files served back as attachments, and how a message the bot sends is built."""

from __future__ import annotations

import itertools
import mimetypes
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .forums import unarchive_for_message
from .history import InvalidHistoryQuery, history_page
from .message_content import APP_FLAGS_MESSAGE_CONTENT, as_seen
from .models import (
    LOADING,
    DiscordHTTPError,
    FakeGuild,
    FakeUser,
    RecordedRequest,
    iso_now,
    not_found,
    snowflake,
)
from .routing import route

if TYPE_CHECKING:
    from .interactions import InteractionResult


def iter_components(items: Iterable[Mapping[str, Any]]) -> Iterator[Mapping[str, Any]]:
    for item in items:
        yield item
        yield from iter_components(item.get("components") or [])
        for key in ("component", "accessory"):
            if isinstance(item.get(key), dict):
                yield from iter_components([item[key]])


class Channels:
    """Channels, messages and DMs (a part of FakeDiscord)."""

    def _init_channels(self) -> None:
        self.messages: dict[int, list[dict[str, Any]]] = {}
        self.dm_channels: dict[int, int] = {}  # channel id -> user id
        # When messages are sent (their id and timestamp), for a test whose bot runs on a fake clock and reads the
        # history by time; None: the real time.
        self.message_clock: Callable[[], datetime] | None = None

    def _sent_at(self) -> tuple[int, str]:
        """A new message's id and timestamp, from `message_clock` when set."""
        if self.message_clock is None:
            return snowflake(), iso_now()
        when = self.message_clock()
        return snowflake(when.timestamp()), when.astimezone(UTC).isoformat()

    def _find_channel(self, channel_id: int) -> tuple[FakeGuild | None, dict[str, Any]]:
        for guild in self.guilds.values():
            channel = guild.channel(channel_id)
            if channel is not None:
                return guild, channel.to_payload(guild.id)
        if channel_id in self.dm_channels:
            return None, self._dm_channel(channel_id)
        raise not_found("Channel", 10003)

    def _dm_channel(self, channel_id: int) -> dict[str, Any]:
        user = self.users[self.dm_channels[channel_id]]
        return {
            "id": str(channel_id),
            "type": 1,
            "last_message_id": None,
            "flags": 0,
            "last_pin_timestamp": None,
            "recipients": [user.to_payload()],
        }

    def _store_files(self, channel_id: int, req: RecordedRequest, body: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Turn uploaded ``files[n]`` parts into attachment objects served by the fake."""
        described = {str(a.get("id")): a for a in body.get("attachments") or [] if isinstance(a, dict)}
        out = []
        for upload in req.files:
            index = upload.field[len("files[") : -1] if upload.field.startswith("files[") else upload.field
            meta = described.get(index, {})
            filename = meta.get("filename") or upload.filename or f"file{index}"
            content_type = upload.content_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
            if content_type == "application/octet-stream":
                content_type = mimetypes.guess_type(filename)[0] or content_type
            attachment_id = snowflake()
            self.attachments[attachment_id] = (filename, content_type, upload.data)
            url = f"{self.base_url}/attachments/{channel_id}/{attachment_id}/{quote(filename)}"
            attachment = {
                "id": str(attachment_id),
                "filename": filename,
                "size": len(upload.data),
                "url": url,
                "proxy_url": url,
                "content_type": content_type,
            }
            if meta.get("description"):
                attachment["description"] = meta["description"]
            out.append(attachment)
        return out

    @staticmethod
    def _components(components: Sequence[Mapping[str, Any]] | None) -> list[dict[str, Any]]:
        """Copy components, numbering them (``id``) depth-first like Discord does."""
        counter = itertools.count(1)
        used = set()

        def walk(items: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
            out = []
            for item in items:
                copy = dict(item)
                if isinstance(copy.get("components"), list):
                    copy["components"] = walk(copy["components"])
                if isinstance(copy.get("component"), dict):
                    copy["component"] = walk([copy["component"]])[0]
                if isinstance(copy.get("accessory"), dict):
                    copy["accessory"] = walk([copy["accessory"]])[0]
                out.append(copy)
            return out

        def number(items: list[dict[str, Any]]) -> None:
            for item in items:
                if not isinstance(item.get("id"), int):
                    item["id"] = next(i for i in counter if i not in used)
                used.add(item["id"])
                for key in ("components",):
                    if isinstance(item.get(key), list):
                        number(item[key])
                for key in ("component", "accessory"):
                    if isinstance(item.get(key), dict):
                        number([item[key]])

        copied = walk(components or [])
        for item in iter_components(copied):
            if isinstance(item.get("id"), int):
                used.add(item["id"])
        number(copied)
        return copied

    @staticmethod
    def _embeds(body: Mapping[str, Any]) -> list[dict[str, Any]]:
        return [{"type": "rich", **e} for e in body.get("embeds") or []]

    def _make_message(
        self,
        channel_id: int,
        body: Mapping[str, Any],
        req: RecordedRequest | None,
        *,
        message_type: int = 0,
        flags: int = 0,
        interaction: InteractionResult | None = None,
    ) -> dict[str, Any]:
        message_id, sent = self._sent_at()
        message: dict[str, Any] = {
            "id": str(message_id),
            "channel_id": str(channel_id),
            "type": message_type,
            "content": body.get("content") or "",
            "author": self.bot_user.to_payload(),
            "timestamp": sent,
            "edited_timestamp": None,
            "tts": bool(body.get("tts")),
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": self._store_files(channel_id, req, body) if req else [],
            "embeds": self._embeds(body),
            "pinned": False,
            "flags": (body.get("flags") or 0) | flags,
            "components": self._components(body.get("components")),
        }
        if body.get("poll"):
            message["poll"] = body["poll"]
        if interaction is not None:
            message["webhook_id"] = str(self.application_id)
            message["application_id"] = str(self.application_id)
            message["interaction_metadata"] = self._interaction_metadata(interaction)
            if interaction.original is not None and interaction.original["id"] != message["id"]:
                message["interaction_metadata"]["original_response_message_id"] = interaction.original["id"]
            guild_id = interaction.payload.get("guild_id")
            if guild_id:
                message["guild_id"] = guild_id
        return message

    def _interaction_metadata(self, interaction: InteractionResult) -> dict[str, Any]:
        payload = interaction.payload
        metadata: dict[str, Any] = {
            "id": str(interaction.id),
            "type": interaction.type,
            "user": payload.get("member", {}).get("user") or payload.get("user"),
            "authorizing_integration_owners": payload.get("authorizing_integration_owners", {}),
        }
        if interaction.type == 3 and interaction.message is not None:
            metadata["interacted_message_id"] = interaction.message["id"]
        if interaction.type == 5:
            trigger = interaction.triggered_by
            metadata["triggering_interaction_metadata"] = (
                self._interaction_metadata(trigger)
                if trigger is not None
                else {"id": str(snowflake()), "type": 2, "authorizing_integration_owners": {}}
            )
        return metadata

    def _apply_edit(self, message: dict[str, Any], body: Mapping[str, Any], req: RecordedRequest) -> dict[str, Any]:
        channel_id = int(message["channel_id"])
        for key in ("content", "poll", "flags"):
            if key in body:
                message[key] = body[key]
        if "components" in body:
            message["components"] = self._components(body["components"])
        if "content" in body and body["content"] is None:
            message["content"] = ""
        if "embeds" in body:
            message["embeds"] = self._embeds(body)
        if "attachments" in body and body["attachments"] is not None:
            keep = {str(a.get("id")) for a in body["attachments"] if isinstance(a, dict)}
            message["attachments"] = [a for a in message["attachments"] if a["id"] in keep]
        message["attachments"].extend(self._store_files(channel_id, req, body))
        message["flags"] = (message.get("flags") or 0) & ~LOADING
        message["edited_timestamp"] = iso_now()
        return message

    def _store_message(self, message: dict[str, Any]) -> None:
        self.messages.setdefault(int(message["channel_id"]), []).append(message)

    def _find_message(self, channel_id: int, message_id: int) -> dict[str, Any]:
        """The stored message, or Discord's 404: Unknown Channel (10003) when the channel is gone, else Unknown
        Message (10008) when the message was deleted (or never was)."""
        self._find_channel(channel_id)
        for message in self.messages.get(channel_id, []):
            if int(message["id"]) == message_id:
                return message
        raise not_found("Message", 10008)

    @route("GET", "/channels/{channel_id}")
    async def get_channel(self, req: RecordedRequest) -> tuple[int, Any]:
        return 200, self._find_channel(int(req.params["channel_id"]))[1]

    @route("POST", "/channels/{channel_id}/messages")
    async def create_message(self, req: RecordedRequest) -> tuple[int, Any]:
        channel_id = int(req.params["channel_id"])
        self._find_channel(channel_id)
        recipient = self.users.get(self.dm_channels.get(channel_id, -1))
        if recipient is not None and recipient.dms_closed:
            raise DiscordHTTPError(403, 50007, "Cannot send messages to this user")
        guild, _ = self._find_channel(channel_id)
        if guild is not None:
            unarchive_for_message(guild.channel(channel_id))
        message = self._make_message(channel_id, req.json or {}, req)
        self._store_message(message)
        return 200, message

    @route("GET", "/channels/{channel_id}/messages")
    async def list_messages(self, req: RecordedRequest) -> tuple[int, Any]:
        channel_id = int(req.params["channel_id"])
        self._find_channel(channel_id)
        try:
            page = history_page(self.messages.get(channel_id, []), req.query)
        except InvalidHistoryQuery as err:
            raise DiscordHTTPError(400, 50035, "Invalid Form Body", err.errors) from None
        return 200, [self._as_fetched(m) for m in page]

    @route("GET", "/channels/{channel_id}/messages/{message_id}")
    async def get_message(self, req: RecordedRequest) -> tuple[int, Any]:
        return 200, self._as_fetched(self._find_message(int(req.params["channel_id"]), int(req.params["message_id"])))

    def _as_fetched(self, message: dict[str, Any]) -> dict[str, Any]:
        """A fetched message as the app may see it: its words only with the portal's Message Content toggle."""
        allowed = bool(self.application_flags & APP_FLAGS_MESSAGE_CONTENT)
        return as_seen(message, self.bot_user.id, content_allowed=allowed)

    @route("PATCH", "/channels/{channel_id}/messages/{message_id}")
    async def edit_message(self, req: RecordedRequest) -> tuple[int, Any]:
        message = self._find_message(int(req.params["channel_id"]), int(req.params["message_id"]))
        return 200, self._apply_edit(message, req.json or {}, req)

    @route("DELETE", "/channels/{channel_id}/messages/{message_id}")
    async def delete_message(self, req: RecordedRequest) -> tuple[int, Any]:
        channel_id = int(req.params["channel_id"])
        message = self._find_message(channel_id, int(req.params["message_id"]))
        self.messages[channel_id].remove(message)
        return 204, None

    @route("POST", "/users/@me/channels")
    async def create_dm(self, req: RecordedRequest) -> tuple[int, Any]:
        user_id = int((req.json or {}).get("recipient_id", 0))
        user = self.users.get(user_id) or self.add_user(FakeUser(id=user_id, username=f"user{user_id}"))
        channel_id = next((cid for cid, uid in self.dm_channels.items() if uid == user.id), None)
        if channel_id is None:
            channel_id = snowflake()
            self.dm_channels[channel_id] = user.id
        return 200, self._dm_channel(channel_id)
