"""What an app without the MESSAGE_CONTENT privileged intent sees of a message, as Discord documents it (Channel
resource, "Message content intent"; the REST case: discord-api-docs#5411): empty `content`, `embeds`,
`attachments`, `components` and no `poll`, in gateway events and in REST answers alike, except in the app's own
messages, messages that mention it, and DMs (interactions carry their target message whole; they do not come here).

On the gateway the session's IDENTIFY intents decide; on REST the application's portal toggle does
(`application_flags`: GATEWAY_MESSAGE_CONTENT or its _LIMITED form)."""

from __future__ import annotations

from typing import Any

MESSAGE_CONTENT_INTENT = 1 << 15
APP_FLAGS_MESSAGE_CONTENT = (1 << 18) | (1 << 19)  # GATEWAY_MESSAGE_CONTENT, GATEWAY_MESSAGE_CONTENT_LIMITED
MESSAGE_EVENTS = ("MESSAGE_CREATE", "MESSAGE_UPDATE")


def as_seen(message: Any, app_user_id: int, *, content_allowed: bool) -> Any:
    """The message (a payload dict) as the app receives it; a copy when something is blanked."""
    if content_allowed or not isinstance(message, dict) or _exempt(message, app_user_id):
        return message
    blanked = {**message, "content": "", "embeds": [], "attachments": [], "components": []}
    blanked.pop("poll", None)
    return blanked


def _exempt(message: dict[str, Any], app_user_id: int) -> bool:
    author = message.get("author") or {}
    mentioned = {str(u.get("id")) for u in message.get("mentions") or [] if isinstance(u, dict)}
    return (
        str(author.get("id")) == str(app_user_id)
        or str(app_user_id) in mentioned
        or message.get("guild_id") is None  # a DM
    )
