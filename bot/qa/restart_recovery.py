"""What the bot decides after a restart about the forum it was away from: which quoted answers to look at again and
what became of each, and which thread each post the bot never recorded was given (or that it never reached Discord).
Pure: the Discord calls that fetch what is seen, and the store writes, stay in commands/qa_forum.py."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from bot.qa.replies import post_number_of_footer
from bot.store.qa_posts import Post


class Seen(Protocol):
    """A message as Discord has it now (bot.discord_app.forum_host.SeenMessage)."""

    deleted: bool
    content: str


class Started(Protocol):
    """A thread the bot or its webhook started, with its first message's footer (forum_host.StartedThread)."""

    thread_id: int
    message_id: int
    footer: str


def quoted_answers(posts: Iterable[Post]) -> list[Post]:
    """The posts whose marked answer the bot quotes: answered ones, and resolved ones whose answer was endorsed."""
    return [
        p
        for p in posts
        if p.answer_id and p.thread_id and (p.status == "answered" or (p.status == "resolved" and p.endorsed))
    ]


def answer_change(post: Post, seen: Seen | None) -> Literal["deleted", "edited"] | None:
    """What happened to a post's quoted answer while the bot was away. None: unchanged, or Discord cannot say (no
    access, or no words given), which is no proof of anything."""
    if seen is None:
        return None
    if seen.deleted:
        return "deleted"
    if seen.content and seen.content != post.answer_text:
        return "edited"
    return None


def unrecorded(posts: Iterable[Post]) -> list[Post]:
    """Posts the bot stored but never recorded a thread for (it stopped while posting them)."""
    return [p for p in posts if p.status == "unanswered" and p.thread_id is None]


@dataclass(frozen=True)
class Found:
    """Where an unrecorded post turned out to be: its thread, the channel it is in, and its first message."""

    thread_id: int
    channel_id: int | None
    starter_id: int


def threads_of_unrecorded(
    posts: Sequence[Post], started: Iterable[Started], forum_id: int | None, private_channel_id: int | None
) -> dict[int, Found | None]:
    """Each unrecorded post's thread, matched by the post number in its first message's footer (the first thread
    found wins); None: the post never reached Discord, so there is nothing to link to, answer or ping about."""
    by_number: dict[int, Started] = {}
    for thread in started:
        number = post_number_of_footer(thread.footer)
        if number is not None:
            by_number.setdefault(number, thread)
    out: dict[int, Found | None] = {}
    for post in posts:
        thread = by_number.get(post.id)
        channel = private_channel_id if post.visibility == "private" else forum_id
        out[post.id] = Found(thread.thread_id, channel, thread.message_id) if thread is not None else None
    return out
