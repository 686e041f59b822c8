"""The console's forum: what the bot would do in Discord's forum, printed, with threads and messages kept for the
session so replies can be written (`:reply`) and marked (`:menu`) as in Discord.

Ids are small numbers; the forum the console uses is 4000 unless /setup qa-forum names another.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

from bot.core.answer import Answer
from bot.discord_app.forum_host import (
    PostedThread,
    PreparedForum,
    PrivateAccess,
    SeenMessage,
    StartedThread,
    ThreadListing,
    ThreadMessage,
    ThreadStart,
)

CONSOLE_FORUM = 4000


@dataclass
class ConsoleMessage:
    id: int
    author_id: int
    author_name: str
    content: str
    by_bot: bool


@dataclass
class ConsoleThread:
    id: int
    parent_id: int
    title: str
    tag_ids: list[int] = field(default_factory=list)
    archived: bool = False
    locked: bool = False
    private: bool = False
    messages: list[ConsoleMessage] = field(default_factory=list)


class ConsoleForum:
    """A ForumHost that prints what Discord would show and keeps the session's threads."""

    reads_words = True  # the console's own messages are typed here: every word is at hand

    def __init__(self, render: Callable[[Answer], str], emit: Callable[[str], None], staff_ids: set[int]) -> None:
        self.render, self.emit, self.staff_ids = render, emit, staff_ids
        self.ids = itertools.count(5001)
        self.threads: dict[int, ConsoleThread] = {}
        self.tags: dict[int, dict[str, int]] = {}

    def names(self) -> dict[tuple[str, int], str]:
        """What the console calls the session's threads when an answer mentions them: their titles."""
        return {("channel", t.id): t.title for t in self.threads.values()}

    def message(self, message_id: int) -> tuple[ConsoleThread, ConsoleMessage] | None:
        for thread in self.threads.values():
            for message in thread.messages:
                if message.id == message_id:
                    return thread, message
        return None

    def add_message(self, thread_id: int, author_id: int, author_name: str, content: str, *, by_bot: bool) -> int:
        message = ConsoleMessage(next(self.ids), author_id, author_name, content, by_bot)
        self.threads[thread_id].messages.append(message)
        return message.id

    async def prepare(self, forum_id: int | None, name: str, tags: Sequence[str], guidelines: str) -> PreparedForum:
        forum_id = forum_id or CONSOLE_FORUM
        known = self.tags.setdefault(forum_id, {})
        for tag in tags:
            known.setdefault(tag, 100 + len(known))
        self.emit(f"[forum #{name} ({forum_id}): {len(tags)} tags: {', '.join(tags)}]")
        return PreparedForum(forum_id, {t: known[t] for t in tags})

    async def webhook(self, forum_id: int) -> tuple[int, str]:
        return 9000 + forum_id, "console"

    def _open(
        self, parent: int, title: str, answer: Answer, name: str, tags: Sequence[int], private: bool
    ) -> PostedThread:
        thread = ConsoleThread(next(self.ids), parent, title, list(tags), private=private)
        self.threads[thread.id] = thread
        message_id = self.add_message(thread.id, 0, name, self.render(answer), by_bot=True)
        where = "private thread" if private else "new post"
        self.emit(f"[{where} {thread.id} by {name}: {title}]\n{self.render(answer)}")
        return PostedThread(thread.id, message_id)

    async def post(
        self, forum_id: int, webhook: tuple[int, str], title: str, answer: Answer, tag_ids: Sequence[int], name: str
    ) -> PostedThread:
        return self._open(forum_id, title, answer, name, tag_ids, private=False)

    async def reply_as(self, webhook: tuple[int, str], thread_id: int, answer: Answer, name: str) -> int:
        message_id = self.add_message(thread_id, 0, name, self.render(answer), by_bot=True)
        self.emit(f"[in thread {thread_id}, message {message_id} by {name}]\n{self.render(answer)}")
        return message_id

    async def private_thread(
        self, channel_id: int, title: str, answer: Answer, member_ids: Sequence[int]
    ) -> PostedThread:
        return self._open(channel_id, title, answer, "CourseBot", (), private=True)

    async def pinned_post(self, forum_id: int, webhook: tuple[int, str], title: str, answer: Answer) -> int:
        return self._open(forum_id, title, answer, "CourseBot", (), private=False).thread_id

    async def edit_post(self, webhook: tuple[int, str] | None, thread_id: int, message_id: int, answer: Answer) -> None:
        found = self.message(message_id)
        if found is not None:
            found[1].content = self.render(answer)
        self.emit(f"[post {thread_id} now reads]\n{self.render(answer)}")

    async def update_thread(
        self,
        thread_id: int,
        *,
        tag_ids: Sequence[int] | None = None,
        archived: bool | None = None,
        locked: bool | None = None,
    ) -> None:
        thread = self.threads.get(thread_id)
        if thread is None:
            return
        if tag_ids is not None:
            thread.tag_ids = list(tag_ids)
        if archived is not None:
            thread.archived = archived
        if locked is not None:
            thread.locked = locked
        names = {v: k for tags in self.tags.values() for k, v in tags.items()}
        state = ", ".join(names.get(t, str(t)) for t in thread.tag_ids) or "no tags"
        extra = " · archived" if thread.archived else ""
        self.emit(f"[post {thread_id} tags: {state}{extra}{' · locked' if thread.locked else ''}]")

    async def send(self, channel_id: int, answer: Answer, *, ping_role: int | None = None) -> int:
        if channel_id in self.threads:
            message_id = self.add_message(channel_id, 0, "CourseBot", self.render(answer), by_bot=True)
        else:
            message_id = next(self.ids)
        self.emit(f"[in {channel_id}, message {message_id}]\n{self.render(answer)}")
        return message_id

    async def add_member(self, thread_id: int, user_id: int) -> None:
        """Nothing to do: the console has one user."""

    def link(self, channel_id: int, message_id: int | None = None) -> str:
        return f"console://threads/{channel_id}" + (f"/{message_id}" if message_id else "")

    async def thread_exists(self, thread_id: int) -> bool | None:
        """The console's forum holds only this session's threads: it cannot say about the others."""
        return True if thread_id in self.threads else None

    async def thread_listing(self, parent_ids: Collection[int]) -> ThreadListing:
        """This session's threads, as if active (the console keeps no archive moments); no channel is complete,
        since the console cannot say about threads of earlier sessions."""
        wanted = set(parent_ids)
        return ThreadListing({t.id: None for t in self.threads.values() if t.parent_id in wanted}, frozenset())

    async def started_threads(
        self, parent_ids: Sequence[int], webhook_id: int | None, known: Collection[int] = ()
    ) -> list[StartedThread]:
        """The console records every post it makes as it makes it: there is nothing unrecorded to find."""
        return []

    async def thread_start(self, thread_id: int) -> ThreadStart | None:
        """The console records every thread as it is made: a thread it does not hold, it cannot say about."""
        return None

    async def messages_after(self, thread_id: int, after_id: int, most: int) -> list[ThreadMessage] | None:
        """The console's replies reach the store as they are written: there is nothing to catch up on."""
        return None

    async def message_now(self, channel_id: int, message_id: int) -> SeenMessage | None:
        """The console's forum changes only through the console, which updates the store as it goes."""
        return None

    async def private_access(self, channel_id: int) -> PrivateAccess | None:
        """The console has no permissions to read."""
        return None

    async def is_staff(self, user_id: int) -> bool:
        return user_id in self.staff_ids
