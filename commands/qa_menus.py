"""Message context menus in the forum: "Mark as answer" (staff or the asker), "Endorse" (staff: the answer enters
the bot's knowledge), "Mark duplicate" (staff: links the original and closes the post)."""

from __future__ import annotations

from bot.core.answer import Answer, text
from bot.core.errors import NotAllowed, UserError
from bot.discord_app.catalog import CommandSet
from bot.discord_app.interactions import Field, Form, MessageRef
from bot.discord_app.invocation import Invocation
from bot.qa.duplicates import duplicate_note, duplicate_refusal
from bot.qa.knowledge import endorse
from bot.qa.question_form import form_values
from commands._qa import (
    check_author,
    check_not_duplicate,
    close_as_duplicate,
    find_post,
    forum_of,
    mark_answer,
    refresh,
)

COMMANDS = CommandSet()
setup = COMMANDS.setup
NOT_A_POST = "That message is not in a question of this server's course forum."
HIDDEN_CANNOT_MARK = (
    "Question #{post} was asked anonymous to everyone, so the bot cannot tell that you asked it, and a message menu "
    "cannot take your key. Close it with /qa resolve post:#{post} key:… ; course staff can mark the answer."
)
DUPLICATE_FIELDS = (Field("original", "The original question (its number or link)", max_length=200),)


def _post_of(inv: Invocation, message: MessageRef):
    post = inv.store.qa_posts.by_thread(message.channel_id)
    if post is None or post.guild_id != inv.server_id or post.status == "deleted":
        raise UserError(NOT_A_POST)
    check_not_duplicate(post)  # a duplicate is closed: its original takes the answers
    return post


async def _marked(inv: Invocation, message: MessageRef):
    post = _post_of(inv, message)
    if message.id == post.starter_id:
        raise UserError("That is the question itself; mark a reply as its answer.")
    _, forum = forum_of(inv)
    if message.author_is_bot:
        # The bot's messages: only an answer it posted for staff (a follow-up, a saved reply) is one.
        kept = inv.store.staff_messages.get(inv.server_id, message.id)
        if kept is None or kept.post_id != post.id:
            raise UserError("Mark a reply someone wrote, not one of the bot's own messages.")
        return await mark_answer(inv, post, message.id, kept.text, by_staff=True)
    if not message.content.strip():
        raise UserError("That reply has no text to use as the answer.")
    by_staff = await forum.is_staff(message.author.id)
    return await mark_answer(inv, post, message.id, message.content, by_staff)


@COMMANDS.message_menu("Mark as answer")
async def mark_as_answer(inv: Invocation, message: MessageRef) -> None:
    """The reply that answers the question (staff, or the person who asked)."""
    post = _post_of(inv, message)
    if not inv.is_staff and post.visibility == "hidden":
        raise NotAllowed(HIDDEN_CANNOT_MARK.format(post=post.id))
    check_author(inv, post)
    post = await _marked(inv, message)
    lines = (text(f"Question #{post.id} is answered; the answer is shown at the top of the post."),)
    await inv.reply.private(Answer(title="Marked as the answer", lines=lines))


@COMMANDS.message_menu("Endorse", staff_only=True)
async def endorse_answer(inv: Invocation, message: MessageRef) -> None:
    """Staff: endorse this reply; later /ask answers and /question suggestions quote it with a link."""
    post = _post_of(inv, message)
    if post.visibility == "private":
        raise UserError("Answers to private questions stay private; post the answer in the FAQ instead.")
    if post.answer_id != message.id:
        post = await _marked(inv, message)
    elif message.content.strip() and message.content != post.answer_text:
        # The menu carries the words as they read now: an answer edited since it was marked (whose new words the
        # bot may not have been able to read) is endorsed as staff see it, never as it read before.
        post = inv.store.qa_posts.update(post.id, inv.now, answer_text=message.content)
    post = inv.store.qa_posts.update(post.id, inv.now, endorsed=True)
    _, forum = forum_of(inv)
    entry = endorse(
        inv.store, inv.course, post, link=forum.link(post.thread_id, message.id), by=inv.user.id, now=inv.now
    )
    await refresh(inv, post)
    if entry is None:
        lines = (
            text(
                f"This question was asked in {post.course}, which this server no longer follows: the bot quotes "
                f"this answer once the server follows {post.course} again."
            ),
        )
    else:
        lines = (
            text(f"The bot now quotes this answer (entry {entry}) for similar questions. /qa withdraw takes it back."),
        )
    await inv.reply.private(Answer(title="Endorsed", lines=lines))


@COMMANDS.message_menu("Mark duplicate", staff_only=True)
async def mark_duplicate(inv: Invocation, message: MessageRef) -> None:
    """Staff: close this question as a duplicate of an earlier one."""
    post = _post_of(inv, message)
    await inv.reply.form(
        Form(
            title=f"Question #{post.id} duplicates…",
            action="qa-duplicate",
            arg=str(post.id),
            fields=DUPLICATE_FIELDS,
        )
    )


@COMMANDS.action("qa-duplicate", staff_only=True)
async def duplicate(inv: Invocation, arg: str, values: dict[str, str]) -> None:
    post = find_post(inv, arg)
    check_not_duplicate(post)
    original = find_post(inv, form_values(values, DUPLICATE_FIELDS)["original"])
    refused = duplicate_refusal(post, original)
    if refused:
        raise UserError(refused)
    _, forum = forum_of(inv)
    post = await close_as_duplicate(inv, post, original)
    if post.thread_id and original.thread_id:
        await forum.send(post.thread_id, duplicate_note(original))
    await refresh(inv, post)
    lines = (text(f"#{post.id} is closed as a duplicate of #{original.id}."),)
    await inv.reply.private(Answer(title="Marked duplicate", lines=lines))
