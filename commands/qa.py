"""/qa: search the course forum, its statistics, and staff's tools (unanswered questions, who asked an anonymous
question (recorded), withdrawing an endorsed answer), and following up on or resolving your own question."""

from __future__ import annotations

from bot.core.answer import Answer, Mention, text
from bot.core.answer import text as text_line
from bot.core.errors import UserError
from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Opt
from bot.qa.knowledge import withdraw_endorsement
from bot.qa.replies import stats_answer, suggestion_fields, unanswered_list
from bot.qa.stats import forum_stats
from bot.qa.suggest import suggestions
from commands._qa import (
    check_author,
    check_can_close,
    check_not_duplicate,
    find_post,
    forum_of,
    refresh,
    resolve,
    typed_number,
)
from commands.qa_question import follow_up_form

COMMANDS = CommandSet()
setup = COMMANDS.setup
QA = COMMANDS.group("qa", "The course forum: search it, follow up on your question, statistics", server_only=True)


async def past_titles(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    """Titles of past questions and FAQ entries that hold what was typed: to students, only the posts staff answered
    or endorsed, and their own."""
    folded = typed.lower()
    posts = inv.store.qa_posts.titles(inv.server_id, typed, staff=inv.is_staff, asker=inv.user.id, course=inv.course_id)
    found = [(title, title[:100]) for _, title in posts]
    found += [
        (e.question, e.question[:100])
        for e in inv.store.qa_entries.active(inv.server_id)
        if e.source == "faq" and folded in e.question.lower()
    ]
    return list(dict.fromkeys(found))[:25]


async def post_choices(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    """Posts to act on: a student's own (the only ones they can follow up or resolve), every post for staff."""
    return [
        (f"#{number} {title}", str(number))
        for number, title in inv.store.qa_posts.titles(
            inv.server_id, typed, staff=inv.is_staff, asker=inv.user.id, vouched=False, course=inv.course_id
        )
    ]


@QA.command("search", query=Opt.text("Your question, or pick a past one", max_length=300, autocomplete=past_titles))
async def search(inv: Invocation, query: str) -> None:
    """Search past questions, the FAQ and the course page."""
    found = suggestions(inv.store, inv.course, inv.server_id, query, inv.now)
    if not found:
        lines = (
            text("Nothing close enough. Ask it with /question: staff answer there, and the next student finds it."),
        )
        await inv.reply.answer(Answer(title="No match", lines=lines, ephemeral=True, kind="unknown"))
        return
    await inv.reply.answer(Answer(title="What the course forum knows", fields=suggestion_fields(found), ephemeral=True))


@QA.command("unanswered", staff_only=True)
async def unanswered(inv: Invocation) -> None:
    """Staff: questions still waiting for an answer, oldest first (the server's current course)."""
    waiting = inv.store.qa_posts.listed(inv.server_id, ("unanswered",), course=inv.course_id)
    await inv.reply.answer(unanswered_list(waiting, inv.now))


@QA.command("stats")
async def stats(inv: Invocation) -> None:
    """How the course forum is used: questions, answers before posting, staff answers, response time."""
    posts = inv.store.qa_posts.listed(inv.server_id, course=inv.course_id)
    counts = inv.store.qa_events.counts(inv.server_id, course=inv.course_id)
    await inv.reply.answer(stats_answer(forum_stats(posts, counts)))


@QA.command(
    "author",
    staff_only=True,
    post=Opt.text("The question's number, like 12", max_length=100, autocomplete=post_choices),
)
async def author(inv: Invocation, post: str) -> None:
    """Staff: who asked an anonymous question (each look-up is recorded in the audit trail)."""
    found = find_post(inv, post)
    if found.author_id is None:
        lines = (
            text(f"#{found.id} was asked anonymous to everyone: who asked is stored nowhere, so nobody can tell."),
        )
        await inv.reply.private(Answer(title="Author unknown", lines=lines))
        return
    inv.store.audit.record(inv.server_id, inv.user.id, "qa.author_lookup", {"post": found.id}, inv.now)
    lines = (
        text(f"#{found.id} was asked by ", Mention("user", found.author_id), "."),
        text("This look-up is recorded."),
    )
    await inv.reply.private(Answer(title="Author", lines=lines))


async def entry_choices(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    folded = typed.lower()
    return [
        (f"{e.id}: {e.question}", str(e.id))
        for e in inv.store.qa_entries.active(inv.server_id)
        if e.endorsed and folded in e.question.lower()
    ][:25]


@QA.command(
    "withdraw",
    staff_only=True,
    entry=Opt.text("The endorsed answer (its number)", max_length=100, autocomplete=entry_choices),
)
async def withdraw(inv: Invocation, entry: str) -> None:
    """Staff: withdraw an endorsed answer (or FAQ entry): the bot stops quoting it."""
    number = typed_number(entry.strip().split(":")[0])
    found = inv.store.qa_entries.get(number) if number is not None else None
    if found is None or found.guild_id != inv.server_id or found.withdrawn_at is not None or not found.endorsed:
        raise UserError(f"There is no endorsed answer {entry.strip()[:40]!r}; pick one from the list.")
    post = withdraw_endorsement(inv.store, found, by=inv.user.id, now=inv.now)
    if post is not None and inv.forum is not None and post.thread_id:
        await refresh(inv, post)
    await inv.reply.answer(
        Answer(title="Withdrawn", lines=(text(f"The bot no longer quotes answer {found.id}."),), ephemeral=True)
    )


async def reply_names(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    folded = typed.lower()
    return [(name, name) for name in inv.store.qa_replies.names(inv.server_id) if folded in name.lower()]


@QA.command(
    "save-reply",
    staff_only=True,
    label=Opt.text("A short name to find it by", max_length=50),
    text=Opt.text("The reply, as it will be posted", max_length=1800),
)
async def save_reply(inv: Invocation, label: str, text: str) -> None:
    """Staff: save a reply you give often, to post in a question's thread with /qa reply."""
    label = " ".join(label.split())
    inv.store.qa_replies.save(inv.server_id, label, text.strip(), by=inv.user.id, now=inv.now)
    saved = Answer(title="Reply saved", lines=(text_line(f"Post it with /qa reply label:{label}"),))
    await inv.reply.private(saved)


@QA.command(
    "reply",
    staff_only=True,
    label=Opt.text("The saved reply", max_length=50, autocomplete=reply_names),
    post=Opt.text("The question's number, like 12", max_length=100, autocomplete=post_choices),
)
async def reply(inv: Invocation, label: str, post: str) -> None:
    """Staff: post a saved reply in a question's thread."""
    found = find_post(inv, post)
    saved = inv.store.qa_replies.get(inv.server_id, label)
    if saved is None:
        names = ", ".join(inv.store.qa_replies.names(inv.server_id)) or "none yet (/qa save-reply)"
        raise UserError(f"There is no saved reply {label.strip()[:50]!r}. Saved replies: {names}.")
    _, forum = forum_of(inv)
    if found.thread_id is None:
        raise UserError(f"Question #{found.id} has no thread in Discord.")
    check_not_duplicate(found)
    message_id = await forum.send(found.thread_id, Answer(title="From course staff", lines=(text_line(saved),)))
    inv.store.qa_posts.staff_replied(found.id, inv.now)
    # Discord shows the bot as its author: kept, so staff can mark or endorse it as the answer.
    inv.store.staff_messages.add(
        inv.server_id, message_id, post_id=found.id, author_id=inv.user.id, text=saved, now=inv.now
    )
    if found.status == "resolved":
        await refresh(inv, found)  # a message unarchives a thread in Discord: staff's reply leaves it resolved
    await inv.reply.private(Answer(title="Posted", lines=(text_line(f"Posted in question #{found.id}'s thread."),)))


@QA.command(
    "follow-up",
    post=Opt.text("Your question's number, like 12", max_length=100),
    key=Opt.text("For a question asked anonymous to everyone: the key you were given", max_length=40),
)
async def follow_up(inv: Invocation, post: str, key: str | None = None) -> None:
    """Add a follow-up to your question (anonymous questions stay anonymous)."""
    found = find_post(inv, post)
    check_author(inv, found, key)
    forum_of(inv)
    await inv.reply.form(follow_up_form(found, key or ""))


@QA.command(
    "resolve",
    post=Opt.text("Your question's number, like 12", max_length=100),
    key=Opt.text("For a question asked anonymous to everyone: the key you were given", max_length=40),
)
async def resolve_command(inv: Invocation, post: str, key: str | None = None) -> None:
    """Mark your question resolved (it is archived)."""
    found = find_post(inv, post)
    check_author(inv, found, key)
    check_can_close(found)
    await resolve(inv, found)
    await inv.reply.private(
        Answer(title="Marked resolved", lines=(text(f"Question #{found.id} is resolved and archived."),))
    )
