"""/announce (staff): schedule an announcement in plain language ("tomorrow 9am"), list and cancel them."""

from __future__ import annotations

from bot.announce.bounds import check_announcement_time
from bot.announce.planner import staff_post_key
from bot.core.answer import Answer, Field, Stamp, Text, text
from bot.core.errors import UserError
from bot.core.timefmt import human_datetime
from bot.core.wall_clock import repeated, repeated_note
from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Opt
from bot.store.deliveries import Delivery
from bot.store.staff_posts import StaffPost
from bot.understand.times.dates import parse_submission_time, small_hours_note
from commands._shared import SHORT

COMMANDS = CommandSet()
setup = COMMANDS.setup
ANNOUNCE = COMMANDS.group("announce", "Course staff: scheduled announcements", staff_only=True, server_only=True)
MESSAGE_LIMIT = 1500
MAX_POST_ID = 2**31 - 1


async def pending_choices(inv: Invocation, typed: str) -> list[tuple[str, int]]:
    """Announcements that can still be cancelled (not posted, not going out now) matching what was typed (staff
    only: the gate in front of every autocomplete)."""
    found = []
    for post in _pending(inv):
        if typed in str(post.id) or typed.lower() in post.message.lower():
            found.append((f"#{post.id} {human_datetime(post.at, inv.course.tz)} {post.message[:60]}", post.id))
    return found


def _pending(inv: Invocation) -> list[StaffPost]:
    """Scheduled posts the delivery log has no row for: neither gone out nor going out."""
    posts = inv.store.staff_posts.scheduled(inv.server_id)
    logged = inv.store.deliveries.logged_keys(inv.server_id, among=[staff_post_key(p.id) for p in posts])
    return [p for p in posts if staff_post_key(p.id) not in logged]


@ANNOUNCE.command(
    "add",
    message=Opt.text("What to post (up to 1,500 characters)", max_length=MESSAGE_LIMIT),
    when=Opt.text("When, in plain words: 'tomorrow 9am', 'friday 5pm', 'Mar 12 8:00' (course time)", max_length=SHORT),
)
async def add(inv: Invocation, message: str, when: str) -> None:
    """Staff: schedule an announcement for the announcement channel."""
    at = parse_submission_time(when, inv.now, inv.course)
    check_announcement_time(when, at, inv.now, inv.course)
    post_id = inv.store.staff_posts.add(inv.server_id, at, message, by=inv.user.id, now=inv.now)
    inv.host.reschedule()
    twice = (text(repeated_note(at.astimezone(inv.course.tz))),) if repeated(at.astimezone(inv.course.tz)) else ()
    night = small_hours_note(when, at, inv.now, inv.course)
    which_day = (text(f"{night} (/announce cancel takes it back.)"),) if night else ()
    answer = Answer(
        title=f"Announcement #{post_id} scheduled",
        lines=(text("Goes out ", Stamp(at, "F"), " (", Stamp(at, "R"), ")."), *twice, *which_day, text(message)),
        ephemeral=True,
    )
    await inv.reply.answer(answer)


@ANNOUNCE.command("list")
async def list_(inv: Invocation) -> None:
    """Staff: scheduled announcements that have not gone out yet."""
    posts = inv.store.staff_posts.scheduled(inv.server_id)
    done = inv.store.deliveries.finished_keys(inv.server_id, among=[staff_post_key(p.id) for p in posts])
    pending = [p for p in posts if staff_post_key(p.id) not in done]
    lines = tuple(text(f"#{p.id} · ", Stamp(p.at, "F"), f" · {p.message[:80]}") for p in pending) or (
        text("Nothing scheduled."),
    )
    await inv.reply.answer(Answer(title="Scheduled announcements", fields=(Field("Pending", lines),), ephemeral=True))


@ANNOUNCE.command(
    "cancel",
    announcement=Opt.integer(
        "The announcement to cancel", min_value=1, max_value=MAX_POST_ID, autocomplete=pending_choices
    ),
)
async def cancel(inv: Invocation, announcement: int) -> None:
    """Staff: cancel a scheduled announcement that has not gone out yet."""
    key = staff_post_key(announcement)
    state = inv.store.staff_posts.cancel_unsent(
        inv.server_id, announcement, delivery_key=key, by=inv.user.id, now=inv.now
    )
    if state == "missing":
        raise UserError(f"There is no pending announcement #{announcement}. See /announce list.")
    if state != "cancelled":
        said = _not_cancellable(announcement, inv.store.deliveries.get(inv.server_id, key))
        await inv.reply.answer(Answer(title="Not cancelled", lines=(said,), ephemeral=True, kind="error"))
        return
    inv.host.reschedule()
    await inv.reply.answer(Answer(title=f"Announcement #{announcement} cancelled", lines=(), ephemeral=True))


def _not_cancellable(announcement: int, delivery: Delivery | None) -> Text:
    """Why an announcement the delivery log holds cannot be cancelled, with when it went out."""
    if delivery is None or delivery.status == "claimed":
        return text(f"Announcement #{announcement} is being posted right now; it can no longer be cancelled.")
    if delivery.status == "sent" and delivery.done_at is not None:
        return text(
            f"Announcement #{announcement} was already posted ",
            Stamp(delivery.done_at, "f"),
            "; it cannot be recalled.",
        )
    return text(f"Announcement #{announcement} is no longer scheduled ({delivery.status}); there is nothing to cancel.")
