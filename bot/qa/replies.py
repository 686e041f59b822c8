"""What the forum says, as answers (data before text): suggestions, a post's first message, confirmations, the
unanswered list, stats, staff pings and the daily digest.

A student's words are never repeated by the bot unless staff endorsed them: a post offered as a link only is shown
as a thread mention (Discord draws the thread's own name), and a marked answer is quoted only when staff wrote it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from bot.core.answer import Action, Answer, Field, Mention, Stamp, Text, text
from bot.core.links import channel_of_link, markdown_link
from bot.qa.forum_rules import VISIBILITIES
from bot.qa.stats import Stats
from bot.qa.suggest import Suggestion
from bot.store.qa_posts import Post

QUOTE_LIMIT = 900
SETUP_FIRST = "The course forum is not set up in this server yet: staff can run /setup qa-forum."


def _quote(value: str, limit: int = QUOTE_LIMIT) -> str:
    value = value.strip()
    if len(value) > limit:
        value = value[: limit - 1].rstrip() + "…"
    return "\n".join(f"> {line}" if line else ">" for line in value.splitlines())


def _course_answer_lines(own: Answer, limit: int = 12) -> tuple:
    """The bot's own answer as one field's lines: its lead lines, then each of its fields (a heading and its
    lines), as /ask shows them; a field that does not fit is left out whole and said to be in /ask."""
    lines = list(own.lines)
    for n, f in enumerate(own.fields):
        block = [text(f"**{f.name}**"), *f.lines]
        if len(lines) + len(block) > limit:
            lines += [*(block[:limit] if n == 0 else []), text("More in /ask.")]
            break
        lines += block
    return tuple(lines)


def suggestion_fields(found: Sequence[Suggestion]) -> tuple[Field, ...]:
    fields = []
    for s in found:
        if s.source == "course" and s.course_answer is not None:
            own = s.course_answer
            fields.append(Field(f"From the course page: {own.title}"[:256], _course_answer_lines(own)))
        elif s.answer:
            where = (" · ", markdown_link("the post", s.link)) if s.link else ()
            label = "From the FAQ" if s.source == "faq" else "Endorsed by staff"
            fields.append(
                Field(f"{label}: {s.question[:200]}", (text(_quote(s.answer)), text(*where[1:]) if where else ()))
            )
        elif s.post_id is not None and s.link:
            thread = channel_of_link(s.link)  # an endorsement's link names the answer's message: its thread is before
            fields.append(Field("An answered post", (text("See ", Mention("channel", thread) if thread else s.link),)))
    return tuple(f for f in fields if f.lines)


def before_posting(found: Sequence[Suggestion], guidelines: Sequence[str], post_arg: str) -> Answer:
    """What the bot already knows, before anything is posted, with "That answers it" and "Post my question"."""
    lines = [text("Before you post: this may already answer your question.")]
    if guidelines:
        lines.append(text("Forum guidelines: " + " ".join(guidelines)))
    return Answer(
        title="Maybe already answered",
        lines=tuple(lines),
        fields=suggestion_fields(found),
        ephemeral=True,
        actions=(
            Action("That answers it", "qa-solved", post_arg, "success"),
            Action("Post my question", "qa-post", post_arg, "primary"),
        ),
    )


_STARTER_FOOTER = re.compile(r"Question #([0-9]{1,18}) ·")


def post_number_of_footer(footer: str) -> int | None:
    """The post a first message belongs to, read from its footer ("Question #12 · …"), or None."""
    found = _STARTER_FOOTER.match(footer)
    return int(found.group(1)) if found else None


def starter(post: Post, author_mention: int | None, quoted_answer: str = "", answer_link: str = "") -> Answer:
    """A post's first message: the details, who asked (public posts only), and the marked answer at the top."""
    lines = []
    if quoted_answer:
        lines += [text("**Answer**"), text(_quote(quoted_answer)), text("")]
    elif answer_link:
        lines += [text(f"**Answered**: {markdown_link('the marked answer', answer_link)}"), text("")]
    lines.append(text(post.body.strip() or "(no details)"))
    if author_mention is not None:
        lines.append(text("Asked by ", Mention("user", author_mention)))
    actions = ()
    if post.open:
        actions = (
            Action("Follow up", "qa-follow", str(post.id)),
            Action("Mark resolved", "qa-resolve", str(post.id), "success"),
        )
    return Answer(
        title=post.title,
        lines=tuple(lines),
        footer=f"Question #{post.id} · {VISIBILITIES.get(post.visibility, post.visibility).split(' (')[0]}",
        actions=actions,
    )


def posted(post: Post, key: str | None, guidelines: Sequence[str]) -> Answer:
    lines = [text("Your question is posted: ", Mention("channel", post.thread_id or 0), f" (#{post.id}).")]
    if post.visibility == "anonymous":
        lines.append(text("Classmates do not see who asked; course staff can look it up (each look-up is recorded)."))
        lines.append(
            text("Follow up or mark it resolved with the buttons on the post, or /qa follow-up and /qa resolve.")
        )
    if key:
        lines.append(text("Nobody, not even staff, can see who asked, and the bot keeps no record of it."))
        lines.append(text(f"Your key for this question: `{key}`. Keep it: /qa follow-up and /qa resolve ask for it."))
    if post.visibility == "private":
        lines.append(text("Only you and course staff see this thread."))
    if guidelines:
        lines.append(text("Forum guidelines: " + " ".join(guidelines)))
    return Answer(title="Question posted", lines=tuple(lines), ephemeral=True)


def possibly_related(found: Sequence[Suggestion]) -> Answer:
    return Answer(
        title="Possibly related",
        lines=(text("While you wait for an answer, these may help:"),),
        fields=suggestion_fields(found),
    )


def unanswered_list(posts: Sequence[Post], now: dt.datetime) -> Answer:
    if not posts:
        return Answer(title="Unanswered questions", lines=(text("Every question has an answer."),), ephemeral=True)
    lines = [
        text(
            f"#{p.id} ",
            Mention("channel", p.thread_id) if p.thread_id else "(not in Discord)",
            " · asked ",
            Stamp(p.created_at, "R"),
            " · staff replied, no answer marked" if p.first_staff_at else "",
        )
        for p in posts[:40]
    ]
    if len(posts) > 40:
        lines.append(text(f"… and {len(posts) - 40} more (coursebot qa list --status unanswered)."))
    return Answer(title=f"Unanswered questions ({len(posts)})", lines=tuple(lines), ephemeral=True)


def stats_answer(stats: Stats) -> Answer:
    share = "no posts yet" if stats.staff_share is None else f"{stats.staff_share:.0%} of {stats.posts} posts"
    median = "no staff answer yet" if stats.median_first_staff is None else _duration(stats.median_first_staff)
    return Answer(
        title="Course forum",
        lines=(
            text(f"Questions asked: {stats.asked}"),
            text(f"Answered by the bot before posting: {stats.answered_before_posting}"),
            text(f"Answered by staff: {share}"),
            text(f"Median time to the first staff answer: {median}"),
        ),
    )


def ping(post: Post, hours: float, role_id: int | None) -> Answer:
    who = (Mention("role", role_id), " ") if role_id else ()
    return Answer(
        title="A question is waiting",
        lines=(
            text(
                *who,
                f"#{post.id} has had no staff answer for {hours:g} hours: ",
                Mention("channel", post.thread_id or 0),
            ),
        ),
    )


def digest(posts: Sequence[Post], day: dt.date) -> Answer:
    lines = [
        text(f"#{p.id} ", Mention("channel", p.thread_id or 0), " · asked ", Stamp(p.created_at, "R"))
        for p in posts[:30]
    ]
    if len(posts) > 30:
        lines.append(text(f"… and {len(posts) - 30} more: /qa unanswered."))
    return Answer(title=f"Still unanswered ({len(posts)})", lines=tuple(lines))


def _duration(delta: dt.timedelta) -> str:
    """'2 h 15 min', '3 d 4 h', '12 min'."""
    minutes = max(1, round(delta.total_seconds() / 60))
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {mins} min" if mins else f"{hours} h"
    return f"{mins} min"


def private_access_warnings(
    channel_id: int,
    everyone_sees: bool,
    staff_see: bool | None,
    student_roles: Sequence[tuple[int, bool]] = (),
) -> list[tuple]:
    """What keeps a private question from being seen by its asker or by staff, by Discord's rules for private
    threads (seen by their members and those who can manage threads, if they can view the channel).
    `everyone_sees`: members with no role can view the channel; `student_roles`: the roles this server gives its
    students (role id, can view), judged instead of @everyone when there are any. The advice never opens the channel
    to members with no role: on many servers they are not verified students."""
    lines = []
    blind = [role for role, sees in student_roles if not sees]
    if blind:
        lines.append(_blind_roles_line(channel_id, blind))
    elif not student_roles and not everyone_sees:
        lines.append(
            text(
                "⚠ Members with no role cannot view ",
                Mention("channel", channel_id),
                ": check that your students' role can view it, or students would not see their own private "
                "questions (each private thread is still seen only by its asker and staff).",
            )
        )
    if staff_see is False:
        lines.append(
            text(
                "⚠ The staff role cannot manage threads in ",
                Mention("channel", channel_id),
                ", so staff would not see private questions: give it Manage Threads there.",
            )
        )
    return lines


def _blind_roles_line(channel_id: int, roles: Sequence[int]) -> tuple:
    mentions: list = []
    for i, role in enumerate(roles):
        mentions += [", "] if i else []
        mentions.append(Mention("role", role))
    several = len(roles) > 1
    return text(
        "⚠ Students with the role" + ("s " if several else " "),
        *mentions,
        " cannot view ",
        Mention("channel", channel_id),
        ", so they would not see their own private questions: let "
        + ("those roles" if several else "that role")
        + " view it (each private thread is still seen only by its asker and staff).",
    )


def forum_setup_answer(config, warnings: Sequence[tuple] = ()) -> Answer:
    """/setup qa-forum's reply: where everything goes, and what would keep private questions unseen."""
    lines = [
        text("Questions go to ", Mention("channel", config.forum_id), f" ({len(config.tags)} tags)."),
        text("Private questions: ", Mention("channel", config.private_channel_id))
        if config.private_channel_id
        else text("Private questions: not set up (add private_channel: to allow them)."),
        _pings_line(config.staff_channel_id, config.ping_hours),
        *warnings,
    ]
    return Answer(title="Course forum set up", lines=tuple(lines), ephemeral=True)


def _pings_line(channel_id: int | None, hours: float) -> Text:
    """Where the pings and the morning digest go: ping_hours 0 turns off the pings only, never the digest."""
    if channel_id is None:
        return text(
            "Unanswered pings: none until a staff channel is set (/setup qa-forum staff_channel:). Pings and the "
            "daily digest of unanswered questions go only there, never to a public channel."
        )
    if not hours:
        return text(
            "Unanswered pings: off. The morning digest of unanswered questions still goes to ",
            Mention("channel", channel_id),
            ".",
        )
    return text(
        "Unanswered pings: ",
        Mention("channel", channel_id),
        f" after {hours:g} hours, and a morning digest of what still waits.",
    )


def students_see(everyone_sees: bool, student_roles: Sequence[tuple[int, bool]]) -> bool:
    """Whether students can view a channel: a role the server gives its students can, or, with no such roles set
    up, members with no role can."""
    return any(sees for _, sees in student_roles) if student_roles else everyone_sees


def staff_channel_seen_by_students(channel_id: int) -> Text:
    """The warning when students can view the staff channel."""
    return text(
        "⚠ Students can view ",
        Mention("channel", channel_id),
        ", the staff channel: they would see the staff pings and the morning digests (with the counts of unanswered "
        "and private questions). Hide it from students, or run /setup qa-forum staff_channel: with a staff-only one.",
    )


# /setup qa-forum's note when the bot runs without Discord's message content intent.
WORDS_UNREAD = text(
    "Without Discord's Message Content intent this bot reads the forum's titles, not the words of posts: questions "
    "posted straight in the forum are matched by their title, an edited question keeps its earlier words here, and an "
    "edited answer is no longer quoted: its post links to it instead, and an endorsement of it is withdrawn (answers "
    "marked or endorsed with the menus are read in full). To read "
    "them, turn on Message Content Intent in the developer portal and run the bot with COURSEBOT_MESSAGE_CONTENT=1."
)
