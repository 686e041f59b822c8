"""The forum as command bodies see it: channels, threads, tags and the webhook anonymous posts go out through.
A protocol, with a Discord implementation (bot.discord_app.discord_forum) and the console's (bot.console.forum).
No discord here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.core.answer import Answer
from bot.core.errors import UserError


class ForumPartGone(UserError):
    """Something the forum's setup made was deleted in Discord: "webhook", "tags" (with the ids Discord no longer
    knows), "forum" or "private_channel". The caller repairs what it can, or tells the student and staff."""

    def __init__(self, part: str, message: str, missing: tuple[int, ...] = ()) -> None:
        super().__init__(message)
        self.part, self.missing = part, missing


@dataclass(frozen=True)
class PreparedForum:
    """A forum channel with the tags it needs, by name."""

    forum_id: int
    tags: dict[str, int]


@dataclass(frozen=True)
class PostedThread:
    thread_id: int
    message_id: int


@dataclass(frozen=True)
class StartedThread:
    """An open thread the bot (or its webhook) started, with its first message's footer ("" when Discord withheld
    it: a webhook's message, without the message content intent) and the thread's title."""

    thread_id: int
    message_id: int
    footer: str
    title: str = ""


@dataclass(frozen=True)
class ThreadListing:
    """What Discord's lists of threads (the active ones, and the archived ones of each channel, page by page) say:
    each thread listed, with when it was last archived (None: active now), and the channels whose lists were all
    read to their end. Only in those does a thread's absence prove it deleted; elsewhere it proves nothing."""

    threads: Mapping[int, dt.datetime | None]
    complete: frozenset[int]


@dataclass(frozen=True)
class SeenMessage:
    """A message as Discord has it now: gone, or its words ("" when Discord does not give them)."""

    deleted: bool
    content: str = ""


@dataclass(frozen=True)
class ThreadMessage:
    """A message in a thread as Discord lists it; `by_bot`: the bot, its webhook or another bot wrote it."""

    id: int
    author_id: int
    content: str
    by_bot: bool
    created_at: dt.datetime


@dataclass(frozen=True)
class ThreadStart:
    """A thread as Discord has it now: its title, tags, who opened it, and its first message (None: deleted)."""

    thread_id: int
    parent_id: int | None
    title: str
    tag_ids: tuple[int, ...]
    owner_id: int | None
    first: ThreadMessage | None


DISCORD_EPOCH_MS = 1420070400000


def made_at(snowflake: int) -> dt.datetime:
    """When Discord made a thread or message, from its id (UTC)."""
    return dt.datetime.fromtimestamp(((snowflake >> 22) + DISCORD_EPOCH_MS) / 1000, tz=dt.UTC)


@dataclass(frozen=True)
class PrivateAccess:
    """Who can see a private question's thread, by Discord's rules: a private thread is seen by its members and by
    those who can manage threads, and only by members who can view its channel. None: not known.
    `student_roles`: the roles the server's setup gives students (role id, can view the channel)."""

    everyone_sees_channel: bool
    staff_manage_threads: bool | None
    student_roles: tuple[tuple[int, bool], ...] = ()


class ForumHost(Protocol):
    """One server's forum. Methods raise UserError with a message staff can act on when Discord refuses."""

    # Whether the words of other people's messages reach the bot (Discord's message content intent): without them
    # the forum works from titles, and edits are noted, not read.
    reads_words: bool

    async def prepare(self, forum_id: int | None, name: str, tags: Sequence[str], guidelines: str) -> PreparedForum:
        """The forum channel (created when forum_id is None) with these tags (existing ones kept while there is
        room) and its guidelines (Discord shows a forum's topic as its post guidelines)."""
        ...

    async def webhook(self, forum_id: int) -> tuple[int, str]:
        """A webhook of the forum for posting (id, token)."""
        ...

    async def post(
        self, forum_id: int, webhook: tuple[int, str], title: str, answer: Answer, tag_ids: Sequence[int], name: str
    ) -> PostedThread:
        """A new post through the webhook, under `name` (the author's, or the neutral one): Discord never shows
        who asked an anonymous question."""
        ...

    async def reply_as(self, webhook: tuple[int, str], thread_id: int, answer: Answer, name: str) -> int:
        """A message in a post's thread through the webhook, under `name` (an anonymous author's follow-up)."""
        ...

    async def private_thread(
        self, channel_id: int, title: str, answer: Answer, member_ids: Sequence[int]
    ) -> PostedThread:
        """A private thread in a channel (a private question): only its members and staff see it."""
        ...

    async def pinned_post(self, forum_id: int, webhook: tuple[int, str], title: str, answer: Answer) -> int:
        """A post pinned at the top of the forum (its guidelines), through the webhook; returns the thread id."""
        ...

    async def edit_post(self, webhook: tuple[int, str] | None, thread_id: int, message_id: int, answer: Answer) -> None:
        """Rewrite a post's first message (the bot's own, through its webhook)."""
        ...

    async def update_thread(
        self,
        thread_id: int,
        *,
        tag_ids: Sequence[int] | None = None,
        archived: bool | None = None,
        locked: bool | None = None,
    ) -> None: ...

    async def send(self, channel_id: int, answer: Answer, *, ping_role: int | None = None) -> int:
        """A message in a thread or channel; returns its id."""
        ...

    async def add_member(self, thread_id: int, user_id: int) -> None:
        """Add someone to a thread, so Discord tells them of replies."""
        ...

    def link(self, channel_id: int, message_id: int | None = None) -> str:
        """The jump link to a thread or message."""
        ...

    async def thread_exists(self, thread_id: int) -> bool | None:
        """Whether a thread still exists: None when Discord cannot say right now (no access, trouble)."""
        ...

    async def thread_listing(self, parent_ids: Collection[int]) -> ThreadListing:
        """The threads of these channels as Discord lists them in bulk (a few requests, not one per thread)."""
        ...

    async def started_threads(
        self, parent_ids: Sequence[int], webhook_id: int | None, known: Collection[int] = ()
    ) -> list[StartedThread]:
        """The open threads in these channels whose first message the bot or its webhook sent (a post made in
        Discord that the bot may not have recorded, as when it stopped at that moment); `known` threads (recorded
        already) are not looked into."""
        ...

    async def thread_start(self, thread_id: int) -> ThreadStart | None:
        """A thread as Discord has it now, with its first message; None when Discord cannot say right now."""
        ...

    async def messages_after(self, thread_id: int, after_id: int, most: int) -> list[ThreadMessage] | None:
        """Up to `most` messages of a thread after the message `after_id`, oldest first; None when Discord cannot
        say right now."""
        ...

    async def message_now(self, channel_id: int, message_id: int) -> SeenMessage | None:
        """A message as it is now (deleted, or its words), or None when Discord cannot say right now."""
        ...

    async def private_access(self, channel_id: int) -> PrivateAccess | None:
        """Whether students can view the private questions' channel and the staff role can manage threads in it."""
        ...

    async def is_staff(self, user_id: int) -> bool:
        """Whether a member (an answer's author) is course staff."""
        ...
