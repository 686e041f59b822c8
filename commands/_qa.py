"""What the forum's command modules share: the server's forum, finding a post, posting one, and keeping a post's
tags and first message in step with its status."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

from bot.announce.server_setup import GuildSetup
from bot.core.answer import Answer
from bot.core.errors import NotAllowed, UserError
from bot.core.ids import is_id
from bot.core.links import channel_of_link
from bot.core.timefmt import human_datetime
from bot.discord_app.forum_host import ForumHost, PostedThread
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import UserRef
from bot.discord_app.running import SERVER_ONLY
from bot.qa.author_keys import key_digest, key_matches, new_key
from bot.qa.duplicates import duplicate_refusal
from bot.qa.forum_breakage import staff_notice
from bot.qa.forum_rules import NEUTRAL_NAME, offered_ways, post_tags, thread_title, visibility_name
from bot.qa.knowledge import forget_post, offer_post
from bot.qa.replies import SETUP_FIRST, starter
from bot.qa.sent_twice import POSTED, POSTING
from bot.store.qa_forums import ForumConfig
from bot.store.qa_posts import Post
from commands._qa_repair import post_repairing, tell_staff

NOT_THE_AUTHOR = "Only the person who asked (or course staff) can do that."
HIDDEN_NEEDS_KEY = (
    "This question was asked anonymous to everyone, so the bot does not know who asked it. Use /qa follow-up or "
    "/qa resolve with the key you were given when you posted."
)
_NUMBER = re.compile(r"#?\s*([0-9]+)")


def typed_number(value: str) -> int | None:
    """A number someone typed ("12", "#12"), or None when it is not one or is too large to name anything."""
    found = _NUMBER.fullmatch(value.strip())
    number = int(found.group(1)) if found and len(found.group(1)) <= 19 else None
    return number if is_id(number) else None


def check_pace(inv: Invocation, what: str) -> None:
    """UserError, nothing posted, when this student has posted as many `what` as the forum takes in its window
    (staff are not limited). Counted by bot.qa.asking_pace: in memory, under a salted hash, never stored."""
    if inv.is_staff:
        return
    pace = inv.host.asking_pace
    until = pace.wait_until(what, inv.server_id, inv.user.id, inv.now)
    if until is not None:
        raise UserError(pace.refusal(what, human_datetime(until, inv.course.tz)))


@contextlib.contextmanager
def paced(inv: Invocation, what: str) -> Iterator[None]:
    """One `what` by this student, reserved before it is posted (refused as check_pace does, nothing posted) and
    given back if posting fails: checked and counted with no await between, so forms sent together cannot all pass
    the limit before any of them is counted. Staff are not limited."""
    if inv.is_staff:
        yield
        return
    pace = inv.host.asking_pace
    until = pace.reserve(what, inv.server_id, inv.user.id, inv.now)
    if until is not None:
        raise UserError(pace.refusal(what, human_datetime(until, inv.course.tz)))
    try:
        yield
    except BaseException:
        pace.release(what, inv.server_id, inv.user.id, inv.now)
        raise


SENT_TWICE = {
    POSTING: "You sent this same question a moment ago and it is being posted now: nothing was posted twice. "
    "Its reply (with the key, for a question anonymous to everyone) comes in a few seconds.",
    POSTED: "You sent this same question a few minutes ago and it was posted then: nothing was posted twice. "
    "Find it in the course forum, or with /qa search.",
}


def check_not_sent_twice(inv: Invocation, title: str, body: str) -> None:
    """UserError, nothing posted, when this person sent this same question (title and details) a moment ago and
    it is being posted or was posted (bot.qa.sent_twice: in memory, under a salted hash, never stored)."""
    seen = inv.host.sent_twice
    found = seen.state(seen.key(inv.server_id, inv.user.id, title, body), inv.now)
    if found is not None:
        raise UserError(SENT_TWICE[found])


@contextlib.contextmanager
def posted_once(inv: Invocation, title: str, body: str) -> Iterator[None]:
    """Post this question at most once for this person within a short window: claimed with no await before it
    (so forms sent together cannot both pass), marked posted when done, given back when posting fails."""
    seen = inv.host.sent_twice
    key = seen.key(inv.server_id, inv.user.id, title, body)
    found = seen.claim(key, inv.now)
    if found is not None:
        raise UserError(SENT_TWICE[found])
    try:
        yield
    except BaseException:
        seen.release(key)
        raise
    seen.posted(key, inv.now)


def check_offered(inv: Invocation, visibility: str) -> None:
    """UserError when staff switched this visibility off for the server's questions (/setup qa-forum)."""
    off = GuildSetup.from_json(inv.store.server_settings.get(inv.server_id)).questions_off
    if visibility in off:
        config = inv.store.qa_forums.get(inv.server_id)
        offered = ", ".join(visibility_name(v) for v in offered_ways(off, bool(config and config.private_channel_id)))
        raise UserError(
            f"Course staff have switched off '{visibility_name(visibility)}' questions in this server. "
            f"Ask again with /question and another visibility ({offered})."
        )


def forum_of(inv: Invocation) -> tuple[ForumConfig, ForumHost]:
    if inv.server_id is None or inv.forum is None:
        raise UserError(SERVER_ONLY)
    config = inv.store.qa_forums.get(inv.server_id)
    if config is None:
        raise UserError(SETUP_FIRST)
    return config, inv.forum


def find_post(inv: Invocation, value: str) -> Post:
    """A post by its number ("12", "#12"), its thread's link, or its thread's id, in this server."""
    raw = value.strip()
    post = None
    link = channel_of_link(raw)
    number = typed_number(str(link) if link else raw)
    if link and number is not None:
        post = inv.store.qa_posts.by_thread(number)
    elif number is not None:
        post = inv.store.qa_posts.get(number) if number < 10**12 else inv.store.qa_posts.by_thread(number)
    if post is None or not _seen_by(inv, post):
        raise UserError(f"There is no question {raw[:40]!r} in this server's forum; give its number, like #12.")
    return post


def post_of_button(inv: Invocation, number: str, not_done: str) -> Post:
    """The post a button or form names by number; one deleted since is named as deleted ("Question #4 was deleted,
    so your follow-up was not posted"), as the person typed no number to get wrong."""
    found = typed_number(number)
    post = inv.store.qa_posts.get(found) if found is not None else None
    if post is not None and post.status == "deleted" and _seen_by(inv, post, deleted=True):
        raise UserError(f"Question #{post.id} was deleted, so {not_done}.")
    return find_post(inv, number)


def _seen_by(inv: Invocation, post: Post, *, deleted: bool = False) -> bool:
    """A post of this server, not deleted; a private one only for its asker and staff (to anyone else it is as
    unknown as a missing one)."""
    mine = inv.is_staff or post.author_id == inv.user.id
    alive = deleted or post.status != "deleted"
    return post.guild_id == inv.server_id and alive and (post.visibility != "private" or mine)


def check_not_duplicate(post: Post) -> None:
    """A post closed as a duplicate takes no more answers, follow-ups or closing: its original does."""
    if post.status == "duplicate":
        original = f" of #{post.duplicate_of}" if post.duplicate_of else ""
        raise UserError(
            f"Question #{post.id} is closed as a duplicate{original}: follow the original, or ask anew with /question."
        )


def check_can_close(post: Post) -> None:
    """What /qa resolve and the "Mark resolved" button both require: the post is still open."""
    check_not_duplicate(post)
    if post.status == "resolved":
        raise UserError(f"Question #{post.id} is already resolved.")


def is_asker(inv: Invocation, post: Post, key: str | None = None) -> bool:
    """Whether the person is the one who asked: by the stored author, or by the key of a hidden post."""
    if post.author_id is not None and post.author_id == inv.user.id:
        return True
    return post.visibility == "hidden" and bool(key) and key_matches(post.key_digest, post.id, key)


def check_author(inv: Invocation, post: Post, key: str | None = None) -> None:
    """The asker (by the stored author, or the key of a hidden post) or staff; NotAllowed otherwise."""
    if inv.is_staff or is_asker(inv, post, key):
        return
    if post.visibility == "hidden":
        raise NotAllowed(HIDDEN_NEEDS_KEY if not key else "That key is not this question's.")
    raise NotAllowed(NOT_THE_AUTHOR)


def starter_of(inv: Invocation, post: Post) -> Answer:
    """The post's first message as it should read now (the answer quoted only when staff wrote or endorsed it)."""
    quoted = (post.answer_text or "") if (post.answer_by_staff or post.endorsed) else ""
    link = inv.forum.link(post.thread_id, post.answer_id) if inv.forum and post.answer_id and post.thread_id else ""
    author = post.author_id if post.visibility == "public" else None
    return starter(post, author, quoted, "" if quoted else link)


async def refresh(inv: Invocation, post: Post) -> None:
    """Tags, first message and archived state follow the post's status. Discord refuses to edit an archived
    thread's messages or tags unless the same request unarchives it, so the thread is opened (with its tags) first,
    its first message edited, and a closed post's thread archived again after."""
    config, forum = forum_of(inv)
    if post.thread_id is None:
        return
    closed = post.status in ("resolved", "duplicate")
    tag_ids = None
    if post.visibility != "private":
        tag_ids = [
            config.tags[n] for n in post_tags(inv.course, post.topic, post.status, post.endorsed) if n in config.tags
        ]
    await forum.update_thread(post.thread_id, tag_ids=tag_ids, archived=False, locked=False)
    if post.starter_ours and post.starter_id:
        await forum.edit_post(_starter_sender(config, post), post.thread_id, post.starter_id, starter_of(inv, post))
    if closed:
        await forum.update_thread(post.thread_id, archived=True, locked=post.status == "duplicate")


def _starter_sender(config: ForumConfig, post: Post) -> tuple[int, str] | None:
    """The webhook that sent a post's first message, or None when the bot itself sent it (a private thread's first
    message): a message can only be edited by whoever sent it."""
    if post.visibility == "private" or not (config.webhook_id and config.webhook_token):
        return None
    return config.webhook_id, config.webhook_token


async def publish(
    inv: Invocation, *, title: str, body: str, topic: str, visibility: str, author: UserRef | None
) -> tuple[Post, str | None]:
    """Post a question: in the forum through its webhook (under a neutral name unless public), or as a private
    thread. Returns the post and, for a hidden post, the key its author follows up with."""
    config, forum = forum_of(inv)
    store, now = inv.store, inv.now
    hidden = visibility == "hidden"
    post = store.qa_posts.add(
        inv.server_id,
        title=thread_title(title),
        body=body.strip(),
        topic=topic,
        visibility=visibility,
        author_id=None if hidden or author is None else author.id,
        via="question",
        now=now,
        course=inv.course_id,
    )
    key = new_key() if hidden else None
    if key:
        post = store.qa_posts.update(post.id, now, key_digest=key_digest(post.id, key))
    try:
        made, config, dropped = await post_repairing(
            inv, config, forum, lambda current: _post_once(inv, forum, current, post, visibility, author)
        )
    except BaseException:
        store.qa_posts.update(post.id, now, status="deleted", deleted_at=now)
        raise
    channel_id = config.private_channel_id if visibility == "private" else config.forum_id
    recorded = store.qa_posts.get(post.id)
    post = store.qa_posts.update(
        post.id,
        now,
        thread_id=made.thread_id,
        channel_id=channel_id,
        starter_id=made.message_id,
        starter_ours=True,
        status="unanswered",  # even if a reconcile at start-up, not seeing the thread yet, gave it up meanwhile
        deleted_at=None,
    )
    if recorded is None or recorded.thread_id != made.thread_id:
        store.qa_events.record(inv.server_id, "posted", now, post.id, course=post.course)
    if dropped:
        await tell_staff(inv, config, staff_notice("tags", post.id, dropped))
    if visibility == "public" and author is not None:
        await forum.add_member(made.thread_id, author.id)  # Discord then tells them of every reply
    return post, key


async def _post_once(
    inv: Invocation, forum: ForumHost, config: ForumConfig, post: Post, visibility: str, author: UserRef | None
) -> PostedThread:
    if visibility == "private":
        if not config.private_channel_id:
            raise UserError("Private questions are not set up here: staff can add a channel with /setup qa-forum.")
        return await forum.private_thread(
            config.private_channel_id, post.title, starter_of(inv, post), [author.id] if author else []
        )
    if not (config.webhook_id and config.webhook_token):
        raise UserError("The forum's webhook is missing: staff can run /setup qa-forum again.")
    names = post_tags(inv.course, post.topic, "unanswered", False)
    return await forum.post(
        config.forum_id,
        (config.webhook_id, config.webhook_token),
        post.title,
        starter_of(inv, post),
        [config.tags[n] for n in names if n in config.tags],
        author.name if visibility == "public" and author else NEUTRAL_NAME,
    )


async def mark_answer(inv: Invocation, post: Post, message_id: int, content: str, by_staff: bool) -> Post:
    """A reply becomes the post's answer: status, the quote at the top, tags; the asker is told."""
    now = inv.now
    status = post.status if post.status == "resolved" else "answered"
    post = inv.store.qa_posts.update(
        post.id,
        now,
        status=status,
        answered_at=now,
        answer_id=message_id,
        answer_text=content,
        answer_by_staff=by_staff,
        endorsed=False if post.answer_id != message_id else post.endorsed,
    )
    if by_staff:
        inv.store.qa_posts.staff_replied(post.id, now)
    forum = inv.forum
    link = forum.link(post.thread_id) if forum and post.thread_id else ""
    offer_post(inv.store, inv.course, post, link=link, now=now)
    if post.author_id is not None and post.author_id != inv.user.id and post.visibility != "hidden":
        inv.store.notices.add(
            post.guild_id, post.author_id, "qa.answered", {"post": post.id, "thread": post.thread_id}, now
        )
    await refresh(inv, post)
    return post


async def resolve(inv: Invocation, post: Post) -> Post:
    check_can_close(post)
    post = inv.store.qa_posts.update(post.id, inv.now, status="resolved", resolved_at=inv.now)
    await refresh(inv, post)
    return post


async def reopen(inv: Invocation, post: Post) -> Post:
    """A resolved post its asker followed up on is open again: Discord unarchives a thread that gets a message, so
    the post's status, tags and first message follow (answered when it has an answer, else unanswered)."""
    status = "answered" if post.answer_id else "unanswered"
    post = inv.store.qa_posts.update(post.id, inv.now, status=status, resolved_at=None)
    await refresh(inv, post)
    return post


async def close_as_duplicate(inv: Invocation, post: Post, original: Post) -> Post:
    refused = duplicate_refusal(post, original)
    if refused:
        raise UserError(refused)
    post = inv.store.qa_posts.update(post.id, inv.now, status="duplicate", duplicate_of=original.id)
    forget_post(inv.store, post, by=inv.user.id, now=inv.now)
    inv.store.audit.record(
        inv.server_id, inv.user.id, "qa.duplicate", {"post": post.id, "original": original.id}, inv.now
    )
    return post
