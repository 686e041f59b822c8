"""What follows when a server picks or changes its course (/setup course): what it has that was made for the old
course (late-work records, staff posts, DM reminders, published links and dates), said plainly before and after.

Records stay where they are (nothing is deleted); what the message says is how they are read from now on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.announce.planner import planned
from bot.announce.server_setup import GuildSetup
from bot.core.answer import Text, text
from bot.course.model import Course
from bot.store.database import Store
from bot.store.reminders import Subscription

SHOWN_IDS = 8


@dataclass(frozen=True)
class ServerRecords:
    """What a server has that belongs to the course it followed."""

    students: int  # imported into the late-work records
    assignment_ids: frozenset[str]  # with imported submissions or staff grants
    form_exam_ids: frozenset[str]  # exams with a conflict-form link set by staff
    graded_ids: frozenset[str]  # assignments whose grades staff recorded as published
    staff_posts: int  # staff announcements still to go out
    subscribers: tuple[Subscription, ...]  # DM reminders in this server
    upcoming: int  # the old course's announcements still planned for this server
    faq_entries: int = 0  # FAQ entries the bot quotes
    forum_answers: int = 0  # forum answers it quotes or suggests (endorsed answers, answered posts)
    forum_posts: int = 0  # the course forum's posts of the course it follows (not deleted)

    @property
    def any(self) -> bool:
        return bool(
            self.students
            or self.assignment_ids
            or self.form_exam_ids
            or self.graded_ids
            or self.staff_posts
            or self.subscribers
            or self.upcoming
            or self.faq_entries
            or self.forum_answers
            or self.forum_posts
        )


def server_records(
    store: Store, guild_id: int, old: Course | None, setup: GuildSetup, now: dt.datetime
) -> ServerRecords:
    """Counts of what the server has (and, with a channel set, the old course's announcements still to come)."""
    students, assignment_ids = store.grace.recorded(guild_id)
    knowledge = store.shared.qa_entries.active(guild_id)  # what every process quotes, not a console's copy
    upcoming = 0
    if old is not None and setup.channel_id is not None:
        end = old.at(old.term_last + dt.timedelta(days=1), dt.time(0, 0))
        if end > now:
            plan = planned(old, setup.announce_config(), now, end)
            upcoming = sum(1 for item in plan.items if item.kind != "staff")
    return ServerRecords(
        students=students,
        assignment_ids=frozenset(assignment_ids),
        form_exam_ids=frozenset(store.published.exam_forms(guild_id)),
        graded_ids=frozenset(store.published.grades(guild_id)),
        staff_posts=sum(1 for p in store.staff_posts.scheduled(guild_id) if p.at > now),
        subscribers=tuple(s for s in store.reminders.subscriptions() if s.guild_id == guild_id),
        upcoming=upcoming,
        faq_entries=sum(1 for e in knowledge if e.source == "faq"),
        forum_answers=sum(1 for e in knowledge if e.source != "faq"),
        forum_posts=sum(
            1
            for p in store.qa_posts.listed(guild_id, course=old.id if old is not None else None)
            if p.status != "deleted"
        ),
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _ids(ids: set[str] | frozenset[str]) -> str:
    shown = sorted(ids)[:SHOWN_IDS]
    more = len(ids) - len(shown)
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


def what_follows(
    records: ServerRecords, old: Course | None, new: Course, setup: GuildSetup, *, knowledge_kept: bool = False
) -> tuple[Text, ...]:
    """One line per thing the server has, saying what happens to it when `new` replaces `old` (None: none yet).
    `knowledge_kept`: what the bot learned was learned for `new` (a first pick of the course it already served)."""
    was = old.id if old is not None else "the course it had before"
    lines = [text(f"Answers, autocomplete, /calendar and the calendar feed come from {new.id} ({new.title}).")]
    if setup.channel_id is not None:
        dropped = ""
        if records.upcoming and old is not None:
            dropped = f" {_count(records.upcoming, 'announcement')} still planned for {old.id} will not be posted."
        lines.append(
            text(
                f"Announcements are planned from {new.id}, in its time zone ({new.tz.key}), from now on: nothing of "
                f"it from before now is posted.{dropped}"
            )
        )
    if records.staff_posts:
        posts = _count(records.staff_posts, "staff announcement")
        lines.append(text(f"{posts} still scheduled {'goes' if records.staff_posts == 1 else 'go'} out at its time."))
    if records.subscribers:
        sections = set(new.section_ids())
        lost = [s for s in records.subscribers if s.section is not None and s.section not in sections]
        line = f"DM reminders of {_count(len(records.subscribers), 'student')} now come from {new.id}, from now on."
        if lost:
            line += (
                f" {_count(len(lost), 'student')} chose a section {new.id} does not have: whole-course reminders "
                "until they run /remind me again."
            )
        lines.append(text(line))
    if records.students or records.assignment_ids:
        shared = records.assignment_ids & {a.id for a in new.assignments}
        line = (
            f"The late-work records of {_count(records.students, 'student')} (imported for {was}) stay in this server "
            f"and are read against {new.id}'s assignments: "
        )
        if shared:
            line += f"records for {_ids(shared)} (ids {new.id} also uses) count for its assignments of those ids."
        else:
            line += f"none of their assignments is one of {new.id}'s, so they count for nothing there."
        lines.append(text(line + f" Import {new.id}'s grades export to start its records."))
    exams = records.form_exam_ids & {e.id for e in new.exams}
    graded = records.graded_ids & {a.id for a in new.assignments}
    if exams:
        lines.append(text(f"Conflict-form links set for {_ids(exams)} apply to {new.id}'s exams of those ids."))
    if graded:
        lines.append(text(f"Grade publication dates recorded for {_ids(graded)} apply to {new.id}'s regrade windows."))
    learned = records.faq_entries + records.forum_answers
    if learned and knowledge_kept:
        what = "1 FAQ entry or forum answer" if learned == 1 else f"{learned} FAQ entries and forum answers"
        them = "it" if learned == 1 else "them"
        lines.append(
            text(f"{what} learned while it served {new.id} stay: /ask, /question and /qa search go on quoting {them}.")
        )
    elif learned:
        faq = "1 FAQ entry" if records.faq_entries == 1 else f"{records.faq_entries} FAQ entries"
        what = " and ".join(
            part
            for part, n in (
                (faq, records.faq_entries),
                (_count(records.forum_answers, "forum answer"), records.forum_answers),
            )
            if n
        )
        lines.append(
            text(
                f"{what} learned for {was} {'is' if learned == 1 else 'are'} withdrawn: /ask, /question and /qa "
                f"search stop quoting or suggesting {'it' if learned == 1 else 'them'} (nothing is deleted: following "
                f"{was} again brings {'it' if learned == 1 else 'them'} back). Import {new.id}'s FAQ with "
                "`coursebot qa import-faq` to give it its own."
            )
        )
    if records.forum_posts and not knowledge_kept:
        posts = _count(records.forum_posts, "forum post")
        lines.append(
            text(
                f"{posts} asked for {was} stay in the forum, out of /qa unanswered, /qa search, /qa stats, the "
                f"unanswered pings and the digest (nothing is deleted: following {was} again brings them back)."
            )
        )
    if old is not None:
        lines.append(text(f"If /setup events put {old.id}'s exams in the Events tab, run it again to replace them."))
    return tuple(lines)


def renew_subscriptions(store: Store, guild_id: int, new: Course, now: dt.datetime) -> int:
    """Restart this server's DM reminders from now under the new course (nothing of it from before now is sent);
    a section the new course does not have is dropped. Returns how many were renewed."""
    sections = set(new.section_ids())
    subs = [s for s in store.reminders.subscriptions() if s.guild_id == guild_id]
    for sub in subs:
        section = sub.section if sub.section in sections else None
        store.reminders.subscribe(guild_id, sub.user_id, sub.kinds, sub.offsets, section, now)
    return len(subs)
