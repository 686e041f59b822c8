"""The course forum itself: setting it up (/setup qa-forum calls `configure_forum`), and what the bot does when it
sees something in it: a question posted straight in the forum gets "possibly related" answers; staff replies are
timed; a post or answer deleted or edited in Discord is noticed."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Collection

from bot.core.answer import Answer, text
from bot.core.errors import UserError
from bot.discord_app.catalog import CommandSet
from bot.discord_app.forum_host import made_at
from bot.discord_app.interactions import ForumEvent, MessageRef
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import ChannelRef, UserRef
from bot.qa.forum_rules import forum_tags, post_tags, thread_title
from bot.qa.knowledge import forget_post, offer_post
from bot.qa.replies import possibly_related
from bot.qa.restart_recovery import (
    Seen,
    answer_change,
    answers_to_recheck,
    next_checks,
    question_change,
    questions_to_recheck,
    threads_gone,
    threads_missed,
    threads_of_unrecorded,
    threads_unproven,
    unrecorded,
    waiting_for_staff,
)
from bot.qa.staff_threads import remember_staff_thread, staff_threads
from bot.qa.suggest import course_answer_as_asked, similar
from bot.store.encoding import from_db, to_db
from bot.store.qa_forums import ForumConfig
from bot.store.qa_posts import Post
from commands._qa import refresh

log = logging.getLogger(__name__)
COMMANDS = CommandSet()
setup = COMMANDS.setup
FORUM_NAME = "questions"
OPEN = ("unanswered", "answered", "resolved")  # the posts whose threads the bot still keeps in step


async def configure_forum(
    inv: Invocation,
    forum: ChannelRef | None,
    private_channel: ChannelRef | None,
    staff_channel: ChannelRef | None,
    ping_hours: float | None,
    *,
    unset: str | None = None,
) -> ForumConfig:
    """Point the bot at a forum (or create one), with the course's tags, its guidelines pinned, and a webhook.
    `unset` ("staff_channel" or "private_channel"): stop using that channel."""
    if inv.forum is None or inv.server_id is None:
        raise UserError("The course forum is set up in a server.")
    named = {"staff_channel": staff_channel, "private_channel": private_channel}
    if unset is not None and unset not in named:
        raise UserError(f"unset takes staff_channel or private_channel, not {unset[:40]!r}.")
    if unset is not None and named[unset] is not None:
        raise UserError(f"You named a {unset.replace('_', ' ')} and asked to unset it: give one or the other.")
    current = inv.store.qa_forums.get(inv.server_id)
    guidelines = inv.course.question_guidelines
    rules = "\n".join(f"• {g}" for g in guidelines)
    forum_id = forum.id if forum else (current.forum_id if current else None)
    prepared = await inv.forum.prepare(forum_id, FORUM_NAME, forum_tags(inv.course), rules)
    same_forum = current is not None and current.forum_id == prepared.forum_id
    webhook = (current.webhook_id, current.webhook_token) if same_forum and current.webhook_id else None
    if webhook is None or webhook[1] is None:
        webhook = await inv.forum.webhook(prepared.forum_id)
    pinned = current.guidelines_thread_id if same_forum else None
    if pinned is None and guidelines:
        pinned = await inv.forum.pinned_post(
            prepared.forum_id,
            webhook,
            "Forum guidelines",
            Answer(title="Forum guidelines", lines=tuple(text(f"• {g}") for g in guidelines)),
        )
    private_id = private_channel.id if private_channel else (current.private_channel_id if current else None)
    staff_id = staff_channel.id if staff_channel else (current.staff_channel_id if current else None)
    config = ForumConfig(
        guild_id=inv.server_id,
        forum_id=prepared.forum_id,
        private_channel_id=None if unset == "private_channel" else private_id,
        staff_channel_id=None if unset == "staff_channel" else staff_id,
        webhook_id=webhook[0],
        webhook_token=webhook[1],
        tags=prepared.tags,
        ping_hours=ping_hours if ping_hours is not None else (current.ping_hours if current else 24.0),
        guidelines_thread_id=pinned,
        set_at=current.set_at if current and current.set_at else inv.now,
    )
    inv.store.qa_forums.save(config, by=inv.user.id, now=inv.now)
    _seen(inv, inv.now)  # the bot watches the forum from now on
    return config


def _config_for(inv: Invocation, event: ForumEvent) -> ForumConfig | None:
    return inv.store.qa_forums.get(inv.server_id) if inv.server_id is not None else None


@COMMANDS.listener("thread_created")
async def posted_in_forum(inv: Invocation, event: ForumEvent) -> None:
    """A question posted straight in the forum: recorded, tagged Unanswered, answered with what may help."""
    config = _config_for(inv, event)
    if config is None or event.parent_id != config.forum_id:
        return
    if config.guidelines_thread_id == event.channel_id or inv.user.id == config.webhook_id:
        return  # the bot's own posts (through its webhook): recorded when they were made
    message = event.message
    await _take_forum_post(
        inv,
        config,
        event.channel_id,
        event.title,
        event.tag_ids,
        inv.user.id,
        message.id if message else None,
        message.content if message else "",
    )


async def _take_forum_post(
    inv: Invocation,
    config: ForumConfig,
    thread_id: int,
    title: str,
    tag_ids: tuple[int, ...],
    author_id: int | None,
    starter_id: int | None,
    body: str,
    *,
    posted_at: dt.datetime | None = None,
) -> None:
    """Records a thread opened straight in the forum, once: only the event (or catch-up) that records it tags it and
    replies, so two that see the same thread never reply twice. A thread staff opened (a release's discussion
    thread, a notice) is no question waiting for staff: it is not recorded, tagged or replied to, and is counted
    nowhere; it is remembered, so a restart's catch-up does not look at it again."""
    if author_id is not None and inv.forum is not None and await inv.forum.is_staff(author_id):
        remember_staff_thread(inv.store.meta, inv.server_id, thread_id)
        return
    post = inv.store.qa_posts.add_for_thread(
        inv.server_id,
        thread_id,
        title=thread_title(title),
        body=body,
        author_id=author_id,
        now=posted_at or inv.now,
        channel_id=config.forum_id,
        starter_id=starter_id,
        course=inv.course_id,
    )
    if post is None:
        return  # seen already
    names = {v: k for k, v in config.tags.items()}
    theirs = tuple(names[t] for t in tag_ids if t in names)
    wanted = post_tags(inv.course, "", "unanswered", False, theirs)
    if inv.forum is not None:
        await inv.forum.update_thread(thread_id, tag_ids=[config.tags[n] for n in wanted if n in config.tags])
        found = similar(inv.store, inv.course, inv.server_id, f"{title} {body[:300]}")
        own = course_answer_as_asked(inv.course, title, posted_at or inv.now, inv.now)
        found += [own] if own is not None else []
        if found:
            await inv.forum.send(thread_id, possibly_related(found))


@COMMANDS.listener("message")
async def replied(inv: Invocation, event: ForumEvent) -> None:
    """A staff reply in a question's thread: the first one's time is kept for /qa stats. Anyone's message in a
    resolved (or duplicate) post's thread, which Discord unarchives, leaves it archived again."""
    _seen(inv, inv.now)
    post = inv.store.qa_posts.by_thread(event.channel_id)
    if post is None or event.message is None or event.message.author_is_bot:
        return
    if event.message.id == post.starter_id and not post.starter_ours and not post.body and event.message.content:
        # A post made straight in the forum: its first message arrives after the thread (words only with Discord's
        # message content intent).
        inv.store.qa_posts.update(post.id, inv.now, body=event.message.content)
    elif event.author_is_staff:
        inv.store.qa_posts.staff_replied(post.id, event.message.created_at or inv.now)
    if post.status in ("resolved", "duplicate") and post.thread_id and inv.forum is not None:
        # Discord unarchives a thread that gets a message. A closed post stays closed (a "thanks!" reopens nothing;
        # its asker reopens it with Follow up), so its thread is archived again, as after the bot's own replies: the
        # forum stays under Discord's limit of active threads, and the message is still seen in the thread.
        await inv.forum.update_thread(post.thread_id, archived=True, locked=post.status == "duplicate")


# After a restart the checks that need one request each are spaced out, so the commands students run meanwhile
# never wait behind them for Discord's rate limits (5 a second leaves nearly all of Discord's 50 to commands).
RECHECK_EVERY = 0.2
# Threads whose lists Discord refused or failed are fetched one by one only when they are this few.
FETCH_UNLISTED_AT_MOST = 20
SEEN_KEY, RECHECK_FROM_KEY = "qa_forum_seen_until:{}", "qa_forum_recheck_from:{}"
SEEN_EVERY = dt.timedelta(minutes=1)


@COMMANDS.listener("connected")
async def reconcile(inv: Invocation, event: ForumEvent) -> None:
    """After a restart: posts whose thread was deleted while the bot was away are marked deleted, and the questions
    and quoted answers that may have changed meanwhile are looked at again; a post Discord made but the bot never
    recorded (it stopped at that moment) is found by its first message and recorded. Discord's lists of threads say
    which threads exist in a few requests; the one-request checks that remain are spaced out."""
    if inv.forum is None:
        return
    seen_until = _recheck_from(inv)
    await _record_unrecorded_posts(inv)
    config = inv.store.qa_forums.get(inv.server_id) if inv.server_id is not None else None
    posts = [p for p in inv.store.qa_posts.listed(inv.server_id, OPEN) if p.thread_id is not None]
    parents = {p.channel_id for p in posts if p.channel_id is not None} | ({config.forum_id} if config else set())
    listing = await inv.forum.thread_listing(parents)
    if config is not None:
        await _record_missed_threads(inv, config, listing.threads)
    for post in threads_gone(posts, listing):
        _mark_thread_deleted(inv, post)
    unproven = threads_unproven(posts, listing)
    unchecked: set[int] = set()  # posts whose threads are too many to ask about one by one: looked at next time
    if len(unproven) > FETCH_UNLISTED_AT_MOST:
        log.warning("event=forum_threads_unchecked guild=%s threads=%d", inv.server_id, len(unproven))
        unchecked, unproven = {p.id for p in unproven}, []
    for post in unproven:
        await asyncio.sleep(RECHECK_EVERY)
        if await inv.forum.thread_exists(post.thread_id) is False:
            _mark_thread_deleted(inv, post)
    current = [p for p in map(inv.store.qa_posts.get, (p.id for p in posts)) if p and p.status != "deleted"]
    questions = [p for p in questions_to_recheck(current, listing, seen_until) if p.id not in unchecked]
    questions_left = await _recheck_some_questions(inv, questions)
    current = [p for p in map(inv.store.qa_posts.get, (p.id for p in current)) if p and p.status != "deleted"]
    await _recheck_answers(inv, answers_to_recheck(current, listing, seen_until))
    waiting = waiting_for_staff(current, listing, seen_until)
    await _catch_up_staff_replies(inv, waiting[:STAFF_CHECKS_AT_MOST])
    if len(waiting) > STAFF_CHECKS_AT_MOST:
        log.warning("event=forum_staff_checks_deferred guild=%s posts=%d", inv.server_id, len(waiting))
    if questions_left or len(waiting) > STAFF_CHECKS_AT_MOST:
        return  # the rest next time: the mark stays, so the next reconnect looks again from the same moment
    _seen(inv, inv.now, done=True)


async def _recheck_some_questions(inv: Invocation, questions: list[Post]) -> bool:
    """The next questions to look at (restart_recovery.QUESTION_CHECKS_AT_MOST), going on from where the restart
    before stopped; whether some are left for the next one."""
    key = QUESTIONS_FROM_KEY.format(inv.server_id)
    batch = next_checks(questions, int(inv.store.meta.get(key) or 0))
    await _recheck_questions(inv, batch)
    if len(batch) == len(questions):
        inv.store.meta.delete(key)
        return False
    log.warning("event=forum_question_checks_deferred guild=%s posts=%d", inv.server_id, len(questions))
    inv.store.meta.set(key, str(batch[-1].id))
    return True


# A restart looks at this many unrecorded threads and this many messages a thread at most (a forum flooded while the
# bot was away is caught up on the next restart or by the live events, not in one burst of requests).
MISSED_THREADS_AT_MOST = 50
MESSAGES_A_THREAD = 200
STAFF_CHECKS_AT_MOST = 50  # history requests for staff replies missed, a reconnect (oldest questions first)
QUESTIONS_FROM_KEY = "qa_forum_questions_from:{}"


async def _record_missed_threads(inv: Invocation, config: ForumConfig, listed: Collection[int]) -> None:
    """Questions posted straight in the forum while the bot was away (Discord replays no THREAD_CREATE to a new
    session): each is recorded, tagged and answered as the live event would have done."""
    if inv.forum is None:
        return
    known = {p.thread_id for p in inv.store.qa_posts.listed(inv.server_id) if p.thread_id is not None}
    skip = {config.guidelines_thread_id} if config.guidelines_thread_id else set()
    skip |= staff_threads(inv.store.meta, inv.server_id)
    missed = threads_missed(listed, known, skip, made_at, config.set_at)
    if len(missed) > MISSED_THREADS_AT_MOST:
        log.warning("event=forum_threads_deferred guild=%s threads=%d", inv.server_id, len(missed))
    for thread_id in missed[:MISSED_THREADS_AT_MOST]:
        await asyncio.sleep(RECHECK_EVERY)
        thread = await inv.forum.thread_start(thread_id)
        if thread is None or thread.parent_id != config.forum_id:
            continue  # gone or moved
        first = thread.first
        if first is None or first.id != thread_id:
            # A forum thread's starter has the thread's id: without it the question was deleted, and the oldest
            # message left (a reply, perhaps staff's) is not the question. Recorded as deleted, never answered.
            _record_deleted_starter(inv, config, thread_id, thread.title, thread.owner_id)
            continue
        if first.by_bot:
            continue  # the bot's own (its unrecorded posts are found by their footer)
        await _take_forum_post(
            inv,
            config,
            thread_id,
            thread.title,
            thread.tag_ids,
            thread.owner_id or first.author_id,
            first.id,
            first.content,
            posted_at=min(made_at(thread_id), inv.now),  # its wait counts from when it was asked
        )
        await _catch_up_staff_replies(inv, [p for p in [inv.store.qa_posts.by_thread(thread_id)] if p is not None])


async def _catch_up_staff_replies(inv: Invocation, posts: list[Post]) -> None:
    """Staff replies made while the bot was away (no MESSAGE_CREATE is replayed): the first one's time is kept, so the
    post is not reported to staff as waiting for an answer it already has."""
    if inv.forum is None:
        return
    staff: dict[int, bool] = {}
    for post in posts:
        await asyncio.sleep(RECHECK_EVERY)
        after = post.starter_id or post.thread_id
        messages = await inv.forum.messages_after(post.thread_id, after, MESSAGES_A_THREAD) if after else None
        for message in messages or ():
            if message.by_bot:
                continue
            if message.author_id not in staff:
                staff[message.author_id] = await inv.forum.is_staff(message.author_id)
            if staff[message.author_id]:
                inv.store.qa_posts.staff_replied(post.id, message.created_at)
                break


def _record_deleted_starter(
    inv: Invocation, config: ForumConfig, thread_id: int, title: str, owner_id: int | None
) -> None:
    post = inv.store.qa_posts.add_for_thread(
        inv.server_id,
        thread_id,
        title=thread_title(title),
        body="",
        author_id=owner_id,
        now=min(made_at(thread_id), inv.now),
        channel_id=config.forum_id,
        starter_id=thread_id,
        course=inv.course_id,
    )
    if post is not None:
        _mark_thread_deleted(inv, post)


def _mark_thread_deleted(inv: Invocation, post: Post) -> None:
    post = inv.store.qa_posts.update(post.id, inv.now, status="deleted", deleted_at=inv.now)
    forget_post(inv.store, post, by=0, now=inv.now)


def _recheck_from(inv: Invocation) -> dt.datetime | None:
    """The moment from which what changed in the forum is looked at again: when the bot last saw it, or, when the
    last restart's checks did not finish, when the bot had last seen it before that restart."""
    pending = inv.store.meta.get(RECHECK_FROM_KEY.format(inv.server_id))
    if pending is not None:
        return from_db(pending) if pending else None
    seen = inv.store.meta.get(SEEN_KEY.format(inv.server_id))
    inv.store.meta.set(RECHECK_FROM_KEY.format(inv.server_id), seen or "")
    return from_db(seen) if seen else None


def _seen(inv: Invocation, now: dt.datetime, *, done: bool = False) -> None:
    """The bot saw the forum's events up to `now` (noted at most once a minute). A restart's checks, once done,
    end their pending mark; until then the next restart looks from that mark, whatever was seen since."""
    seen_key = SEEN_KEY.format(inv.server_id)
    last = inv.store.meta.get(seen_key)
    if done or last is None or from_db(last) + SEEN_EVERY <= now:
        inv.store.meta.set(seen_key, to_db(now))
    if done:
        inv.store.meta.delete(RECHECK_FROM_KEY.format(inv.server_id))


async def _recheck_questions(inv: Invocation, posts: list[Post]) -> None:
    """The questions that may have been edited or deleted while the bot was away are handled as the live events
    would have been: a deleted one's post is deleted, an edited one's words are read again. Nothing is posted and
    nobody is pinged: the post was answered with what may help, and counted, when it was asked."""
    await _recheck(
        inv,
        posts,
        message_of=lambda post: post.starter_id,
        unchanged=lambda now, then: now.status != "deleted" and now.body == then.body,
        change_of=question_change,
    )


async def _recheck_answers(inv: Invocation, posts: list[Post]) -> None:
    """The answers the bot quotes that may have changed while it was away, deleted or edited, are handled as the
    live events would have been: a deleted one unmarked, an edited one's endorsement withdrawn."""
    await _recheck(
        inv,
        posts,
        message_of=lambda post: post.answer_id,
        unchanged=lambda now, then: now.answer_id == then.answer_id and now.answer_text == then.answer_text,
        change_of=answer_change,
    )


async def _recheck(
    inv: Invocation,
    posts: list[Post],
    *,
    message_of: Callable[[Post], int | None],
    unchanged: Callable[[Post, Post], bool],
    change_of: Callable[[Post, Seen | None], str | None],
) -> None:
    """Each post's message (its question or its answer) read from Discord again and, if it was deleted or edited
    while the bot was away, handled as the live event would have been; a post a live event has handled meanwhile
    (it no longer matches what was listed) is left alone."""
    if inv.forum is None:
        return
    for post in posts:
        await asyncio.sleep(RECHECK_EVERY)
        current = inv.store.qa_posts.get(post.id)  # a live event may have handled it meanwhile
        if current is None or not unchanged(current, post):
            continue
        message_id = message_of(post)
        seen = await inv.forum.message_now(post.thread_id, message_id)
        change = change_of(current, seen)
        if change == "deleted":
            await message_deleted(inv, ForumEvent("message_deleted", post.thread_id, message_id=message_id))
        elif change == "edited" and seen is not None:
            edited = MessageRef(message_id, post.thread_id, UserRef(0, ""), seen.content)
            await message_edited(inv, ForumEvent("message_edited", post.thread_id, message=edited))


async def _record_unrecorded_posts(inv: Invocation) -> None:
    waiting = unrecorded(inv.store.qa_posts.listed(inv.server_id, ("unanswered",)))
    config = inv.store.qa_forums.get(inv.server_id) if waiting else None
    if config is None or inv.forum is None:
        return
    parents = [c for c in (config.forum_id, config.private_channel_id) if c]
    known = {p.thread_id for p in inv.store.qa_posts.listed(inv.server_id) if p.thread_id is not None}
    if config.guidelines_thread_id:  # the bot's own pinned post: no question's thread
        known.add(config.guidelines_thread_id)
    started = await inv.forum.started_threads(parents, config.webhook_id, known)
    found = threads_of_unrecorded(waiting, started, config.forum_id, config.private_channel_id)
    for post_id, thread in found.items():
        post = inv.store.qa_posts.get(post_id)
        if post is None or post.thread_id is not None:  # recorded meanwhile by the post's own command
            continue
        if thread is None:
            inv.store.qa_posts.update(post.id, inv.now, status="deleted", deleted_at=inv.now)
            continue
        inv.store.qa_posts.update(
            post.id,
            inv.now,
            thread_id=thread.thread_id,
            channel_id=thread.channel_id,
            starter_id=thread.starter_id,
            starter_ours=True,
        )
        inv.store.qa_events.record(inv.server_id, "posted", inv.now, post.id, course=post.course)


@COMMANDS.listener("message_deleted")
async def message_deleted(inv: Invocation, event: ForumEvent) -> None:
    """The question's first message deleted: the post is gone. Its marked answer deleted: unanswered again."""
    post = inv.store.qa_posts.by_thread(event.channel_id)
    if post is None or event.message_id is None:
        return
    if event.message_id == post.starter_id:
        post = inv.store.qa_posts.update(post.id, inv.now, status="deleted", deleted_at=inv.now)
        forget_post(inv.store, post, by=0, now=inv.now)
    elif event.message_id == post.answer_id:
        post = inv.store.qa_posts.update(
            post.id,
            inv.now,
            status="unanswered" if post.status == "answered" else post.status,
            answer_id=None,
            answer_text=None,
            answer_by_staff=False,
            endorsed=False,
            answered_at=None,
        )
        forget_post(inv.store, post, by=0, now=inv.now)
        if inv.forum is not None:
            await refresh(inv, post)


@COMMANDS.listener("message_edited")
async def message_edited(inv: Invocation, event: ForumEvent) -> None:
    """An edited question or answer: the new words are kept when Discord gives them, and the edit is noted."""
    post = inv.store.qa_posts.by_thread(event.channel_id)
    if post is None or event.message is None:
        return
    words = event.message.content
    if event.message.id == post.answer_id:
        # Without the message content intent the new words are not known: the answer has changed all the same, and
        # the words kept are the ones its author took back, so they are forgotten (the post links to the answer).
        unread = not words and inv.forum is not None and not inv.forum.reads_words
        post = inv.store.qa_posts.update(
            post.id, inv.now, edited_at=inv.now, **({"answer_text": words or None} if words or unread else {})
        )
        if (words or unread) and post.thread_id and inv.forum is not None:
            if post.endorsed:
                # An edited endorsed answer is no longer what staff endorsed: it is withdrawn until endorsed again.
                post = inv.store.qa_posts.update(post.id, inv.now, endorsed=False)
            offer_post(inv.store, inv.course, post, link=inv.forum.link(post.thread_id), now=inv.now)
            await refresh(inv, post)
    elif event.message.id == post.starter_id and not post.starter_ours:
        post = inv.store.qa_posts.update(post.id, inv.now, edited_at=inv.now, **({"body": words} if words else {}))
        if words and post.answer_id and post.thread_id and inv.forum is not None:
            # the question's words are part of what finds its answer: they are read again
            offer_post(inv.store, inv.course, post, link=inv.forum.link(post.thread_id), now=inv.now)


@COMMANDS.listener("thread_deleted")
async def thread_deleted(inv: Invocation, event: ForumEvent) -> None:
    post = inv.store.qa_posts.by_thread(event.channel_id)
    if post is not None and post.status != "deleted":
        post = inv.store.qa_posts.update(post.id, inv.now, status="deleted", deleted_at=inv.now)
        forget_post(inv.store, post, by=0, now=inv.now)


@COMMANDS.listener("thread_renamed")
async def thread_renamed(inv: Invocation, event: ForumEvent) -> None:
    post = inv.store.qa_posts.by_thread(event.channel_id)
    if post is not None and event.title and event.title != post.title:
        post = inv.store.qa_posts.update(post.id, inv.now, title=thread_title(event.title), edited_at=inv.now)
        if post.answer_id and post.thread_id and inv.forum is not None:
            offer_post(inv.store, inv.course, post, link=inv.forum.link(post.thread_id), now=inv.now)
