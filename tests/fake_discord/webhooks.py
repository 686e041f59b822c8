"""Webhooks: interaction followups and the `@original` / `{message_id}` GET, PATCH and DELETE routes; a channel's
own webhooks (executed and edited) are the forums part's (forums.py)."""

from __future__ import annotations

from typing import Any

from .interactions import InteractionResult
from .models import EPHEMERAL, RecordedRequest, not_found
from .routing import route


class Webhooks:
    """Followups and webhook messages of interactions (a part of FakeDiscord)."""

    def _interaction_for(self, req: RecordedRequest) -> InteractionResult:
        if int(req.params["webhook_id"]) != self.application_id:
            raise not_found("Webhook", 10015)
        result = self.interaction_by_token(req.params["webhook_token"])
        if result is None:
            raise not_found("Webhook", 10015)
        return result

    @route("POST", "/webhooks/{webhook_id}/{webhook_token}")
    async def followup(self, req: RecordedRequest) -> tuple[int, Any]:
        webhook = self._channel_webhook(req)
        if webhook is not None:  # a channel's own webhook (bot.fake_discord.forums), not an interaction's
            return await self.execute_webhook(req, webhook)
        result = self._interaction_for(req)
        if result.callback is None:
            raise not_found("Webhook", 10015)
        body = req.json or {}
        message = self._make_message(result.channel_id or 0, body, req, interaction=result)
        result.followups.append(message)
        if not message["flags"] & EPHEMERAL:
            self._store_message(message)
        await result._notify("followup")
        wait = req.query.get("wait", "false").lower() in ("1", "true")
        return (200, message) if wait else (204, None)

    def _webhook_message(self, req: RecordedRequest) -> tuple[InteractionResult, dict[str, Any]]:
        result = self._interaction_for(req)
        message_id = req.params["message_id"]
        if message_id == "@original":
            if result.original is None or result.original_deleted:
                raise not_found("Message", 10008)
            return result, result.original
        for message in [result.original, *result.followups]:
            if message is not None and message["id"] == message_id:
                return result, message
        raise not_found("Message", 10008)

    @route("GET", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}")
    async def get_webhook_message(self, req: RecordedRequest) -> tuple[int, Any]:
        return 200, self._webhook_message(req)[1]

    @route("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}")
    async def edit_webhook_message(self, req: RecordedRequest) -> tuple[int, Any]:
        webhook = self._channel_webhook(req)
        if webhook is not None:
            return await self.edit_webhook_message_of(req, webhook)
        result, message = self._webhook_message(req)
        self._apply_edit(message, req.json or {}, req)
        if message is result.original:
            result.edits.append(req.json or {})
        await result._notify("edit")
        return 200, message

    @route("DELETE", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}")
    async def delete_webhook_message(self, req: RecordedRequest) -> tuple[int, Any]:
        result, message = self._webhook_message(req)
        if message is result.original:
            result.original_deleted = True
        else:
            result.followups.remove(message)
        channel = self.messages.get(int(message["channel_id"]), [])
        if message in channel:
            channel.remove(message)
        await result._notify("delete")
        return 204, None
