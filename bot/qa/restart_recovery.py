"""What the bot decides after a restart about the forum it was away from: which posts' threads were deleted (from
Discord's lists of threads, not one request per thread), which questions and quoted answers may have changed and so
are looked at again, what became of each, and which thread each post the bot never recorded was given (or that it
never reached Discord). Pure: the Discord calls that fetch what is seen, and the store writes, stay in
commands/qa_forum.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from bot.qa.replies import post_number_of_footer
from bot.store.qa_posts import Post


class Seen(Protocol):
    """A message as Discord has it now (bot.discord_app.forum_host.SeenMessage)."""

    deleted: bool
    content: str


class Listing(Protocol):
    """Discord's lists of threads (bot.discord_app.forum_host.ThreadListing): each thread listed, with when it was
    archived (None: active), and the channels whose every list was read to its end."""

    threads: Mapping[int, dt.datetime | None]
    complete: Collection[int]


# Discord's clock and the bot's may disagree a little: a thread archived this close to the bot's last look is
# looked at again.
CLOCK_SLACK = dt.timedelta(minutes=10)


class Started(Protocol):
    """A thread the bot or its webhook started, with its first message's footer (forum_host.StartedThread)."""

    thread_id: int
    message_id: int
    footer: str
    title: str


def quoted_answers(posts: Iterable[Post]) -> list[Post]:
    """The posts whose marked answer the bot quotes: answered ones, and resolved ones whose answer was endorsed."""
    return [
        p
        for p in posts
        if p.answer_id and p.thread_id and (p.status == "answered" or (p.status == "resolved" and p.endorsed))
    ]


def threads_gone(posts: Iterable[Post], listing: Listing) -> list[Post]:
    """Posts whose thread no list shows although every list of its channel was read: deleted in Discord."""
    return [p for p in posts if p.thread_id and p.thread_id not in listing.threads and p.channel_id in listing.complete]


def threads_unproven(posts: Iterable[Post], listing: Listing) -> list[Post]:
    """Posts whose thread no list shows, in a channel whose lists Discord refused or failed: nothing is proven."""
    return [
        p for p in posts if p.thread_id and p.thread_id not in listing.threads and p.channel_id not in listing.complete
    ]


def answers_to_recheck(posts: Iterable[Post], listing: Listing, seen_until: dt.datetime | None) -> list[Post]:
    """The quoted answers that may have changed while the bot was away: in a thread active now, archived after the
    bot last saw the forum (`seen_until`; None: never, so every one), or not listed at all. A thread archived the
    whole time takes no edits, so its answer is as the bot last saw it. Active threads first."""
    return _in_threads_that_may_have_changed(quoted_answers(posts), listing, seen_until)


def questions_to_recheck(posts: Iterable[Post], listing: Listing, seen_until: dt.datetime | None) -> list[Post]:
    """The open posts whose question (the thread's first message, a student's) may have been edited or deleted
    while the bot was away, by the same rule as the quoted answers. The bot's own starters (posted through its
    webhook for /question) are left out: their words are the bot's rendering, never edited by the student."""
    kept = ("unanswered", "answered", "resolved")
    asked = [p for p in posts if p.status in kept and p.thread_id and p.starter_id and not p.starter_ours]
    return _in_threads_that_may_have_changed(asked, listing, seen_until)


# One-request checks of questions edited or deleted meanwhile, a reconnect (the next ones on the next reconnect), as
# the other catch-up steps are bounded.
QUESTION_CHECKS_AT_MOST = 50


def next_checks(posts: Sequence[Post], after_id: int, most: int | None = None) -> list[Post]:
    """At most `most` (QUESTION_CHECKS_AT_MOST) of the posts to look at now, by id, going on after `after_id` (the
    last one the restart before looked at, whose checks were cut short) and round to the start: each restart takes
    the next ones, so a forum too big for one is covered over a few."""
    most = QUESTION_CHECKS_AT_MOST if most is None else most
    ordered = sorted(posts, key=lambda p: p.id)
    later = [p for p in ordered if p.id > after_id]
    return [*later, *(p for p in ordered if p.id <= after_id)][:most]


def _in_threads_that_may_have_changed(
    posts: Iterable[Post], listing: Listing, seen_until: dt.datetime | None
) -> list[Post]:
    active, archived, unlisted = [], [], []
    for post in posts:
        if post.thread_id not in listing.threads:
            unlisted.append(post)
            continue
        archived_at = listing.threads[post.thread_id]
        if archived_at is None:
            active.append(post)
        elif seen_until is None or archived_at >= seen_until - CLOCK_SLACK:
            archived.append(post)
    return [*active, *archived, *unlisted]


def answer_change(post: Post, seen: Seen | None) -> Literal["deleted", "edited"] | None:
    """What happened to a post's quoted answer while the bot was away. None: unchanged, or Discord cannot say (no
    access, or no words given), which is no proof of anything."""
    return _message_change(post.answer_text, seen)


def question_change(post: Post, seen: Seen | None) -> Literal["deleted", "edited"] | None:
    """What happened to a post's question (its thread's first message) while the bot was away, as answer_change
    says it for an answer: its words are compared with the question's body as the bot stored it."""
    return _message_change(post.body, seen)


def _message_change(stored: str | None, seen: Seen | None) -> Literal["deleted", "edited"] | None:
    """A message the bot stored the words of, as Discord holds it now: deleted, edited (other words), or None."""
    if seen is None:
        return None
    if seen.deleted:
        return "deleted"
    if seen.content and seen.content != stored:
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
    found wins); None: the post never reached Discord, so there is nothing to link to, answer or ping about.

    A first message whose footer Discord withheld (its webhook's words, without the message content intent) is
    matched by its thread's title when that title is one thread's only; while such a thread is left unmatched, no
    post is given up (it may be that one): those posts are left out, to be looked at again on the next restart."""
    by_number: dict[int, Started] = {}
    unread: dict[str, list[Started]] = {}
    for thread in started:
        number = post_number_of_footer(thread.footer)
        if number is not None:
            by_number.setdefault(number, thread)
        elif not thread.footer:
            unread.setdefault(thread.title, []).append(thread)
    titled = [p.title for p in posts if p.id not in by_number]
    out: dict[int, Found | None] = {}
    for post in posts:
        thread = by_number.get(post.id)
        same = unread.get(post.title, [])
        if thread is None and len(same) == 1 and titled.count(post.title) == 1:
            thread = same[0]
        channel = private_channel_id if post.visibility == "private" else forum_id
        if thread is not None:
            out[post.id] = Found(thread.thread_id, channel, thread.message_id)
        elif not unread:
            out[post.id] = None
    return out


def threads_missed(
    listed: Iterable[int],
    known: Collection[int],
    skip: Collection[int],
    made_at: Callable[[int], dt.datetime],
    since: dt.datetime,
) -> list[int]:
    """Threads of the forum the bot holds no post for, opened since the forum was set up (`since`): questions
    posted straight in the forum while the bot was away. Threads older than the setup were never the bot's."""
    return sorted(t for t in listed if t not in known and t not in skip and made_at(t) >= since - CLOCK_SLACK)


def waiting_for_staff(posts: Iterable[Post], listing: Listing, seen_until: dt.datetime | None) -> list[Post]:
    """Open posts no staff reply is known for, whose thread may have had replies while the bot was away: active now,
    archived since the bot last saw the forum, or not listed. A thread archived the whole time took no replies (a
    reply unarchives it). Oldest question first."""
    out = []
    for post in posts:
        if post.status != "unanswered" or post.first_staff_at is not None or post.thread_id is None:
            continue
        archived_at = listing.threads.get(post.thread_id)
        if archived_at is None or seen_until is None or archived_at >= seen_until - CLOCK_SLACK:
            out.append(post)  # active, not listed, or archived since the bot's last look
    out.sort(key=lambda p: (p.created_at, p.id))  # each costs a request, so a capped catch-up takes the oldest first
    return out
