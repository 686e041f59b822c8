"""/setup (staff): which course (a bot serving several), where announcements go, who is staff, section roles,
which kinds, reminder offsets."""

from __future__ import annotations

import datetime as dt

from bot.announce.course_change import renew_subscriptions, server_records, what_follows
from bot.announce.planner import KIND_LABELS
from bot.announce.server_course import course_list
from bot.announce.server_setup import GuildSetup, offsets_text, parse_offsets
from bot.announce.setup_answer import setup_answer
from bot.announce.status_report import retried_lines
from bot.core.answer import Answer, text
from bot.core.errors import UserError
from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import ChannelRef, Choice, Opt, RoleRef
from bot.qa.forum_rules import offered_line, questions_off
from bot.qa.knowledge import keep_forum_course, offer_course_posts, retire_for_course_change
from bot.qa.replies import (
    WORDS_UNREAD,
    forum_setup_answer,
    private_access_warnings,
    staff_channel_seen_by_students,
    students_see,
)
from commands._shared import SECTION, section_choices
from commands.calendar import sync_server_events
from commands.qa_forum import configure_forum
from commands.qa_question import VISIBILITY_CHOICES

COMMANDS = CommandSet()
setup = COMMANDS.setup
SETUP = COMMANDS.group("setup", "Course staff: set up announcements for this server", staff_only=True, server_only=True)

KIND_CHOICES = tuple(Choice(label, kind) for kind, label in KIND_LABELS.items())
EVERYONE_IS_NOT_STAFF = (
    "Every member has the @everyone role, so it cannot be the staff role. Pick a role only course staff have."
)


def _current(inv: Invocation) -> GuildSetup:
    return GuildSetup.from_json(inv.store.server_settings.get(inv.server_id))


def _save(inv: Invocation, setup: GuildSetup, change: dict) -> None:
    inv.store.server_settings.save(inv.server_id, setup.to_json(), by=inv.user.id, now=inv.now, change=change)
    inv.host.reschedule()


@SETUP.command("channel", channel=Opt.channel("Where announcements and reminders are posted"))
async def channel(inv: Invocation, channel: ChannelRef) -> None:
    """Staff: the channel for announcements (turns them on from now; nothing older is posted)."""
    current = _current(inv)
    setup = current.with_changes(channel_id=channel.id, since=current.since or inv.now)
    _save(inv, setup, {"channel_id": channel.id})
    waiting = inv.store.deliveries.unreachable(inv.server_id)  # tried again by the next sweep: it sees the change
    answer = setup_answer(setup, "Announcement channel set", section_label=inv.course.section_label)
    await inv.reply.answer(answer.with_lines(*retried_lines(waiting)))


@SETUP.command("staff-role", role=Opt.role("Members with this role can use staff commands"))
async def staff_role(inv: Invocation, role: RoleRef) -> None:
    """Staff: which role counts as course staff."""
    if role.is_default or role.id == inv.server_id:
        raise UserError(EVERYONE_IS_NOT_STAFF)
    setup = _current(inv).with_changes(staff_role=str(role.id))
    _save(inv, setup, {"staff_role": role.id})
    await inv.reply.answer(setup_answer(setup, "Staff role set", section_label=inv.course.section_label))


@SETUP.command(
    "section-role",
    section=Opt.text("The section, as the course names it", max_length=SECTION, autocomplete=section_choices),
    role=Opt.role("The role its students have (mentioned on section-only items)"),
    channel=Opt.channel("Optional: a channel only this section can see, for its section-only items"),
)
async def section_role(inv: Invocation, section: str, role: RoleRef, channel: ChannelRef | None = None) -> None:
    """Staff: the role (and optionally channel) of one section, for section-only announcements."""
    section = inv.course.check_section(section)  # the data's spelling ("1c" -> "1C")
    if role.is_default or role.id == inv.server_id:
        raise UserError("Every member has the @everyone role; pick the role only this section's students have.")
    current = _current(inv)
    channels = dict(current.section_channels)
    if channel is not None:
        channels[section] = channel.id
    setup = current.with_changes(section_roles={**current.section_roles, section: role.id}, section_channels=channels)
    _save(inv, setup, {"section": section, "role": role.id, "channel": channel.id if channel else None})
    shown = inv.course.section_label
    await inv.reply.answer(setup_answer(setup, f"Section {shown(section)} set", section_label=shown))


@SETUP.command(
    "announcements",
    kind=Opt.text("Which kind of announcement", max_length=40, choices=KIND_CHOICES),
    enabled=Opt.flag("On or off"),
)
async def announcements(inv: Invocation, kind: str, enabled: bool) -> None:
    """Staff: switch one kind of announcement on or off for this server."""
    current = _current(inv)
    kinds = set(current.kinds) | {kind} if enabled else set(current.kinds) - {kind}
    setup = current.with_changes(kinds=frozenset(kinds))
    _save(inv, setup, {"kind": kind, "enabled": enabled})
    await inv.reply.answer(
        setup_answer(
            setup, f"{KIND_LABELS[kind]}: {'on' if enabled else 'off'}", section_label=inv.course.section_label
        )
    )


@SETUP.command(
    "offsets", reminders=Opt.text("How long before each deadline to remind, e.g. '48h, 24h, 2h'", max_length=100)
)
async def offsets(inv: Invocation, reminders: str) -> None:
    """Staff: when deadline reminders go out."""
    setup = _current(inv).with_changes(deadline_offsets=parse_offsets(reminders))
    _save(inv, setup, {"deadline_offsets": offsets_text(setup.deadline_offsets)})
    await inv.reply.answer(setup_answer(setup, "Reminder offsets set", section_label=inv.course.section_label))


@SETUP.command(
    "morning", time=Opt.text("Course time for the daily digest and morning notices, e.g. 08:00", max_length=8)
)
async def morning(inv: Invocation, time: str) -> None:
    """Staff: the time of the morning digest."""
    try:
        when = dt.time.fromisoformat(time.strip())
    except ValueError:
        raise UserError(f"I couldn't read {time!r} as a time; use 24-hour HH:MM, like 08:00.") from None
    setup = _current(inv).with_changes(morning=when.replace(second=0, microsecond=0, tzinfo=None))
    _save(inv, setup, {"morning": setup.morning.isoformat(timespec="minutes")})
    await inv.reply.answer(setup_answer(setup, "Morning time set", section_label=inv.course.section_label))


@SETUP.command("events", classes=Opt.flag("Also add the class meetings on the schedule (default: exams only)"))
async def events(inv: Invocation, classes: bool = False) -> None:
    """Staff: put the exams (and optionally classes) in this server's Events tab; re-run to update them."""
    await sync_server_events(inv, classes=classes)


UNSET_CHOICES = (Choice("staff channel", "staff_channel"), Choice("private channel", "private_channel"))


@SETUP.command(
    "qa-forum",
    forum=Opt.forum("The forum channel for questions (left out: the bot creates one, or keeps the current one)"),
    private_channel=Opt.channel("Where private questions become private threads (students must see it)"),
    staff_channel=Opt.channel("Staff-only channel for unanswered-question pings and digest (none without it)"),
    ping_hours=Opt.integer(
        "Ping staff after this many hours without an answer (0: no pings; the morning digest stays)",
        min_value=0,
        max_value=336,
    ),
    unset=Opt.text("Stop using the staff channel or the private channel", max_length=20, choices=UNSET_CHOICES),
    switch_off=Opt.text("A way of asking /question no longer offers", max_length=20, choices=VISIBILITY_CHOICES),
    switch_on=Opt.text("A way of asking /question offers again", max_length=20, choices=VISIBILITY_CHOICES),
)
async def qa_forum(
    inv: Invocation,
    forum: ChannelRef | None = None,
    private_channel: ChannelRef | None = None,
    staff_channel: ChannelRef | None = None,
    ping_hours: int | None = None,
    unset: str | None = None,
    switch_off: str | None = None,
    switch_on: str | None = None,
) -> None:
    """Staff: the course forum for /question (tags, guidelines, unanswered pings, ways of asking offered)."""
    off = questions_off(_current(inv).questions_off, switch_off, switch_on)
    config = await configure_forum(inv, forum, private_channel, staff_channel, ping_hours, unset=unset)
    if off != _current(inv).questions_off:
        _save(inv, _current(inv).with_changes(questions_off=off), {"questions_off": sorted(off)})
    inv.host.reschedule()
    warnings = []
    if config.private_channel_id and inv.forum is not None:
        access = await inv.forum.private_access(config.private_channel_id)
        if access is not None:
            warnings = private_access_warnings(
                config.private_channel_id,
                access.everyone_sees_channel,
                access.staff_manage_threads,
                access.student_roles,
            )
    if config.staff_channel_id and inv.forum is not None:
        access = await inv.forum.private_access(config.staff_channel_id)
        if access is not None and students_see(access.everyone_sees_channel, access.student_roles):
            warnings.append(staff_channel_seen_by_students(config.staff_channel_id))
    if inv.forum is not None and not inv.forum.reads_words:
        warnings.append(WORDS_UNREAD)
    offered = offered_line(off, bool(config.private_channel_id))
    await inv.reply.answer(forum_setup_answer(config, warnings).with_lines(offered))


@SETUP.command("show")
async def show(inv: Invocation) -> None:
    """Staff: this server's setup."""
    current = _current(inv)
    answer = setup_answer(current, course=course_line(inv), section_label=inv.course.section_label)
    if current.questions_off:
        forum = inv.store.qa_forums.get(inv.server_id)
        answer = answer.with_lines(offered_line(current.questions_off, bool(forum and forum.private_channel_id)))
    await inv.reply.answer(answer)


# --- /setup course: which course this server follows (a bot serving several) -----------------------------------


def _following(setup: GuildSetup, course_id: str, now: dt.datetime) -> GuildSetup:
    """The setup following another course: from now on, nothing it planned before this moment is posted."""
    return setup.with_changes(course_id=course_id, since=now if setup.since is not None else None)


def course_line(inv: Invocation) -> str:
    if inv.has_course:
        return inv.course.title if not inv.host.courses.per_server else f"{inv.course.title} ({inv.course.id})"
    return f"not picked yet: run /setup course ({course_list(inv.host.courses)})"


async def course_choices(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    return inv.host.courses.choices(typed)


@SETUP.command(
    "course",
    course=Opt.text("The course this server follows", max_length=100, autocomplete=course_choices),
    confirm=Opt.flag("Change it even though this server has records of its current course"),
)
async def pick_course(inv: Invocation, course: str, confirm: bool = False) -> None:
    """Staff: which course this server follows (answers, announcements, reminders, late work, calendar)."""
    courses = inv.host.courses
    if not courses.per_server:
        only = courses.default
        lines = (
            text(f"This bot serves one course, {only.title}: every server follows it, so there is nothing to pick."),
            text("To serve several courses, run the bot with COURSEBOT_COURSES set to a folder of course folders."),
        )
        await inv.reply.answer(Answer(title="One course", lines=lines, ephemeral=True))
        return
    new = courses.get(course)
    current = _current(inv)
    old = courses.find(current.course_id) if current.course_id else None
    if old is not None and old.id == new.id:
        await inv.reply.answer(
            setup_answer(
                current,
                f"This server already follows {new.id}",
                course_line(inv),
                section_label=inv.course.section_label,
            )
        )
        return
    # A server that never picked served the one course the bot had then (its records, FAQ and forum answers were made
    # for it): picking that course keeps them. Anything else withdraws what it learned, so staff are asked first.
    serving = old if current.course_id is not None else courses.default
    kept = serving is not None and serving.id == new.id
    records = server_records(inv.store, inv.server_id, old, current, inv.now)
    follows = what_follows(records, old, new, current, knowledge_kept=kept)
    if records.any and not kept and not confirm:
        had = current.course_id or "the course it served before picking one"
        answer = Answer(
            title=f"Nothing changed yet: this server has records of {had}"[:256],
            lines=(
                text(f"If this server follows {new.id} instead:"),
                *follows,
                text(f"To change it: /setup course course:{new.id} confirm:True"),
            ),
            ephemeral=True,
            kind="unsure",
        )
        await inv.reply.answer(answer)
        return
    setup = _following(current, new.id, inv.now)
    # One transaction on the shared file (a console session's too: the course a server follows is real, and only
    # it is written there, never the session's other settings): the switch, its withdrawals and their audit. It is
    # stamped with the real time: a console's `--now` as the real server's `since` would drop (or repost) every
    # real announcement between the switch and that simulated moment.
    real_now = inv.host.real_now()
    real = _following(GuildSetup.from_json(inv.store.shared.server_settings.get(inv.server_id)), new.id, real_now)
    with inv.store.shared.immediate():
        renew_subscriptions(inv.store, inv.server_id, new, real_now)
        if serving is not None:  # the forum's posts and counts made so far stay with the course they were made for
            keep_forum_course(inv.store, inv.server_id, serving.id)
        if not kept:
            leaving = serving.id if serving is not None else None
            retire_for_course_change(
                inv.store, inv.server_id, by=inv.user.id, now=real_now, leaving=leaving, joining=new.id
            )
            if inv.forum is not None:
                offer_course_posts(inv.store, new, inv.server_id, link=inv.forum.link, now=inv.now)
        inv.store.shared.server_settings.save(
            inv.server_id,
            real.to_json(),
            by=inv.user.id,
            now=real_now,
            change={"course": new.id, "from": current.course_id},
        )
    if inv.store.server_settings is not inv.store.shared.server_settings:  # a console session's copy follows
        inv.store.server_settings.mirror(inv.server_id, setup.to_json(), inv.now)
    inv.host.reschedule()
    answer = setup_answer(setup, f"This server follows {new.id}", f"{new.title} ({new.id})", new.section_label)
    await inv.reply.answer(answer.with_lines(*follows))
