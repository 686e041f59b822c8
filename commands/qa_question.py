"""/question: ask the course forum (public, anonymous to classmates, anonymous to everyone, or private to staff).
The bot first shows what it already knows; the buttons on posts (follow up, mark resolved) survive restarts."""

from __future__ import annotations

from bot.core.answer import Answer, text
from bot.core.errors import NotAllowed, UserError
from bot.discord_app.catalog import CommandSet
from bot.discord_app.interactions import Field, Form
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Choice, Opt
from bot.qa.asking_pace import FOLLOW_UPS, QUESTIONS
from bot.qa.forum_rules import DETAILS, NEUTRAL_NAME, TITLE, VISIBILITIES, topic_of, topics, visibility_of
from bot.qa.question_form import FOLLOW_UP_MIN, TITLE_MIN, form_values, question_text
from bot.qa.replies import before_posting, posted
from bot.qa.suggest import course_answer, similar
from bot.store.qa_posts import Post
from commands._qa import (
    HIDDEN_NEEDS_KEY,
    check_author,
    check_can_close,
    check_not_duplicate,
    check_not_sent_twice,
    check_offered,
    check_pace,
    forum_of,
    is_asker,
    paced,
    post_of_button,
    posted_once,
    publish,
    refresh,
    reopen,
    resolve,
    typed_number,
)

COMMANDS = CommandSet()
setup = COMMANDS.setup

VISIBILITY_CHOICES = tuple(Choice(label.split(" (")[0], key) for key, label in VISIBILITIES.items())
GONE = "That question is no longer waiting (it was posted, or it is older than two days); ask again with /question."


async def topic_choices(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    folded = typed.lower()
    return [(t.name, t.id) for t in topics(inv.course) if folded in t.name.lower() or folded in t.id.lower()]


@COMMANDS.command(
    "question",
    server_only=True,
    topic=Opt.text(
        "What it is about (an assignment, exams, logistics, other)", max_length=40, autocomplete=topic_choices
    ),
    visibility=Opt.text("Who sees that you asked", max_length=20, choices=VISIBILITY_CHOICES),
)
async def question(inv: Invocation, topic: str, visibility: str = "public") -> None:
    """Ask the course forum (anonymously if you like); first see what the bot already knows."""
    config, _ = forum_of(inv)
    chosen, seen_as = topic_of(inv.course, topic), visibility_of(visibility)
    check_offered(inv, seen_as)
    check_pace(inv, QUESTIONS)  # said before the form is filled in, and checked again when it is sent
    if seen_as == "private" and not config.private_channel_id:
        raise UserError(
            "Private questions are not set up in this server: staff can add a channel with /setup qa-forum."
        )
    hint = " ".join(inv.course.question_guidelines)[:100] or "What you tried, what you expected, the error you got"
    await inv.reply.form(
        Form(
            title="Your question",
            action="qa-ask",
            arg=f"{chosen.id}|{seen_as}",
            fields=question_fields(hint),
        )
    )


def question_fields(hint: str = "") -> tuple[Field, ...]:
    """The question form's fields: one definition for the form and for checking what comes back."""
    return (
        Field(
            "title",
            "Title",
            min_length=TITLE_MIN,
            max_length=TITLE,
            placeholder="e.g. HW3 Q2: what does 'stable' mean?",
        ),
        Field("details", "Details", long=True, required=False, max_length=DETAILS, placeholder=hint),
    )


@COMMANDS.action("qa-ask")
async def asked(inv: Invocation, arg: str, values: dict[str, str]) -> None:
    """The question form was sent: show what the bot already knows, or post it at once when it knows nothing.
    Answered (deferred) before anything that can wait on Discord, so a slow forum post never shows the student
    "This interaction failed" (and never loses an anonymous asker's key); the same question sent again soon is
    not posted twice."""
    await inv.reply.defer(private=True)
    topic, _, seen_as = arg.partition("|")
    topic, seen_as = topic_of(inv.course, topic).id, visibility_of(seen_as)
    check_offered(inv, seen_as)  # switched off since the form was opened
    check_pace(inv, QUESTIONS)
    title, body = question_text(form_values(values, question_fields()))
    check_not_sent_twice(inv, title, body)
    found = similar(inv.store, inv.course, inv.server_id, title) or similar(
        inv.store, inv.course, inv.server_id, f"{title} {body[:300]}"
    )
    own = course_answer(inv.course, title, inv.now)
    found += [own] if own is not None else []
    if found:
        inv.store.qa_events.record(inv.server_id, "asked", inv.now, course=inv.course_id)
        author = None if seen_as == "hidden" else inv.user.id
        draft = inv.store.qa_drafts.add(
            inv.server_id, author, title=title, body=body, topic=topic, visibility=seen_as, now=inv.now
        )
        await inv.reply.answer(before_posting(found, inv.course.question_guidelines, f"{draft.id}.{draft.token}"))
        return
    with paced(inv, QUESTIONS), posted_once(inv, title, body):  # counted as posted; a failed one was not asked
        post, key = await publish(
            inv,
            title=title,
            body=body,
            topic=topic,
            visibility=seen_as,
            author=None if seen_as == "hidden" else inv.user,
        )
    inv.store.qa_events.record(inv.server_id, "asked", inv.now, course=inv.course_id)
    await inv.reply.answer(posted(post, key, inv.course.question_guidelines))


def _draft(inv: Invocation, arg: str):
    number, _, token = arg.partition(".")
    found = typed_number(number)
    draft = inv.store.qa_drafts.get(found, token) if found is not None else None
    if draft is None or draft.guild_id != inv.server_id:
        raise UserError(GONE)
    if draft.author_id is not None and draft.author_id != inv.user.id:
        raise NotAllowed("Only the person who wrote this question can post it.")
    if inv.store.qa_drafts.take(draft.id, token) is None:  # a second click on the same button
        raise UserError(GONE)
    return draft


@COMMANDS.action("qa-post")
async def post_it(inv: Invocation, arg: str, values: dict[str, str]) -> None:
    """ "Post my question": the draft goes to the forum (answered first, as the form is: see `asked`)."""
    await inv.reply.defer(private=True)
    with paced(inv, QUESTIONS):  # before the draft is taken: refused, it can still be posted later
        draft = _draft(inv, arg)
        check_offered(inv, draft.visibility)
        hidden = draft.visibility == "hidden"
        with posted_once(inv, draft.title, draft.body):
            post, key = await publish(
                inv,
                title=draft.title,
                body=draft.body,
                topic=draft.topic,
                visibility=draft.visibility,
                author=None if hidden else inv.user,
            )
    await inv.reply.answer(posted(post, key, inv.course.question_guidelines))


@COMMANDS.action("qa-solved")
async def solved(inv: Invocation, arg: str, values: dict[str, str]) -> None:
    """ "That answers it": nothing is posted; counted for /qa stats."""
    _draft(inv, arg)
    inv.store.qa_events.record(inv.server_id, "answered_before_posting", inv.now, course=inv.course_id)
    await inv.reply.answer(
        Answer(
            title="Glad that helped",
            lines=(text("Nothing was posted. Ask again any time with /question."),),
            ephemeral=True,
        )
    )


@COMMANDS.action("qa-follow")
async def follow(inv: Invocation, arg: str, values: dict[str, str]) -> None:
    """The "Follow up" button: a form for the follow-up (the asker, or staff)."""
    post = post_of_button(inv, arg, "it takes no follow-ups")
    if post.visibility == "hidden" and not inv.is_staff:
        raise UserError(HIDDEN_NEEDS_KEY)
    check_author(inv, post)
    check_not_duplicate(post)
    await inv.reply.form(follow_up_form(post, ""))


def follow_up_fields(reopens: bool = False) -> tuple[Field, ...]:
    hint = "Posting this reopens your resolved question." if reopens else ""
    return (Field("text", "Your follow-up", long=True, min_length=FOLLOW_UP_MIN, max_length=DETAILS, placeholder=hint),)


def follow_up_form(post: Post, key: str) -> Form:
    """The follow-up form (refused up front on a duplicate; on a resolved post it says that posting reopens it)."""
    check_not_duplicate(post)
    return Form(
        title=f"Follow up on question #{post.id}",
        action="qa-follow-up",
        arg=f"{post.id}.{key}" if key else str(post.id),
        fields=follow_up_fields(post.status == "resolved"),
    )


@COMMANDS.action("qa-follow-up")
async def followed_up(inv: Invocation, arg: str, values: dict[str, str]) -> None:
    """A follow-up, posted in the thread under the asker's name (the neutral one for an anonymous question), or
    under the staff member's own name when staff follow up. The asker's follow-up reopens a resolved question."""
    number, _, key = arg.partition(".")
    post = post_of_button(inv, number, "your follow-up was not posted")
    check_author(inv, post, key or None)
    check_not_duplicate(post)
    config, forum = forum_of(inv)
    check_pace(inv, FOLLOW_UPS)
    words = form_values(values, follow_up_fields())["text"].strip()
    asker = is_asker(inv, post, key or None)
    if asker:
        reply = Answer(title=f"Follow-up on #{post.id}", lines=(text(words),))
        name = inv.user.name if post.visibility in ("public", "private") else NEUTRAL_NAME
    else:  # staff (check_author let them through): never under the asker's neutral name
        reply = Answer(title="Follow-up from course staff", lines=(text(words),))
        name = inv.user.name
    with paced(inv, FOLLOW_UPS):
        if post.visibility == "private" or not (config.webhook_id and config.webhook_token):
            message_id = await forum.send(post.thread_id, reply)
        else:
            message_id = await forum.reply_as((config.webhook_id, config.webhook_token), post.thread_id, reply, name)
    lines = [text("Posted in the question's thread.")]
    if not asker:
        inv.store.qa_posts.staff_replied(post.id, inv.now)
        # Discord shows the bot as its author: kept, so staff can mark or endorse it as the answer.
        inv.store.staff_messages.add(
            inv.server_id, message_id, post_id=post.id, author_id=inv.user.id, text=words, now=inv.now
        )
    if post.status == "resolved" and asker:
        await reopen(inv, post)
        lines.append(text(f"Question #{post.id} was resolved; your follow-up reopened it."))
    elif post.status == "resolved":
        await refresh(inv, post)  # a message unarchives a thread in Discord: staff's note leaves it resolved
    await inv.reply.private(Answer(title="Follow-up posted", lines=tuple(lines)))


@COMMANDS.action("qa-resolve")
async def resolve_button(inv: Invocation, arg: str, values: dict[str, str]) -> None:
    """The "Mark resolved" button (the asker, or staff): the same checks as /qa resolve."""
    post = post_of_button(inv, arg, "there is nothing to resolve")
    if post.visibility == "hidden" and not inv.is_staff:
        raise UserError(HIDDEN_NEEDS_KEY)
    check_author(inv, post)
    check_can_close(post)
    await resolve(inv, post)
    await inv.reply.private(
        Answer(title="Marked resolved", lines=(text(f"Question #{post.id} is resolved and archived."),))
    )
