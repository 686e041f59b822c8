"""Interaction kinds beyond slash commands, as plain data both front ends run: forms (a Discord modal; prompts in
the console), message menus (Discord's message context menus; `:menu` in the console), actions (buttons that
survive restarts) and forum events (a post, a reply, an edit or a deletion seen in the forum).

No discord here. A command module declares them on its `CommandSet` (`.action`, `.message_menu`, `.listener`);
bot.discord_app.components and bot.discord_app.forum_events wire them to discord.py, bot.console to the terminal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.discord_app.options import UserRef

MODAL_TITLE = 45  # Discord: a modal's title, and each field's label, at most 45 characters
FIELD_LABEL = 45
FIELD_VALUE = 4000  # and a text field's value at most 4,000
CUSTOM_ID = 100
ACTION_PREFIX = "cb"


@dataclass(frozen=True)
class Field:
    """One text field of a form."""

    name: str
    label: str
    long: bool = False
    required: bool = True
    min_length: int = 0
    max_length: int = FIELD_VALUE
    placeholder: str = ""


@dataclass(frozen=True)
class Form:
    """Text to ask for; submitting it runs `action` with `arg` and the values by field name."""

    title: str
    action: str
    arg: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class MessageRef:
    """A message a menu was used on, or that a forum event is about. `content` is empty when Discord does not
    give it (without the message content intent, outside a context menu)."""

    id: int
    channel_id: int
    author: UserRef
    content: str = ""
    author_is_bot: bool = False
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class ForumEvent:
    """Something seen in a server's channels. kind: thread_created | message | message_edited | message_deleted |
    thread_deleted | thread_renamed, or connected (the bot is back: look for what changed while it was away)."""

    kind: str
    channel_id: int  # the thread
    parent_id: int | None = None  # the forum (for threads)
    message: MessageRef | None = None
    message_id: int | None = None
    title: str = ""
    tag_ids: tuple[int, ...] = ()
    author_is_staff: bool = False


ActionBody = Callable[..., Awaitable[None]]


@dataclass(frozen=True)
class ActionSpec:
    """What a button or a form submission runs: body(inv, arg, values)."""

    name: str
    body: ActionBody
    staff_only: bool = False
    server_only: bool = True
    module: str = ""

    @property
    def qualified_name(self) -> str:
        return f"action {self.name}"


@dataclass(frozen=True)
class MenuSpec:
    """A message context menu ("Mark as answer"): body(inv, message)."""

    name: str
    body: ActionBody
    staff_only: bool = False
    server_only: bool = True
    module: str = ""

    @property
    def qualified_name(self) -> str:
        return self.name


@dataclass(frozen=True)
class ListenerSpec:
    """What runs when a forum event of `event` kind is seen: body(inv, event)."""

    event: str
    body: ActionBody
    module: str = ""


def custom_id(action: str, arg: str) -> str:
    """The custom id a button or modal carries: `cb:<action>:<arg>` (at most 100 characters)."""
    value = f"{ACTION_PREFIX}:{action}:{arg}"
    if len(value) > CUSTOM_ID:
        raise ValueError(f"custom id too long: {value[:40]}…")
    return value


def parse_custom_id(value: str) -> tuple[str, str] | None:
    prefix, _, rest = value.partition(":")
    if prefix != ACTION_PREFIX or ":" not in rest:
        return None
    action, _, arg = rest.partition(":")
    return action, arg
