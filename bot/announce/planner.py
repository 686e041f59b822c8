"""What the bot posts on its own, and when: planned from the course data plus a server's settings.

Each planned item has a stable key (the same item planned twice has the same key), an instant, an audience
(the announcement channel, or one section's role), and the moment after which posting it is pointless.
One item that cannot be planned (a date at the calendar's edge, a broken row) is reported and the rest are
planned as usual. Pure: no Discord, no database; the delivery side decides what has already been sent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from typing import TypeVar

from bot.announce.audience import CHANNEL, section_audience
from bot.announce.edges import DateOutOfRange, bound_after, day_shifted, in_zone, local_day, order_key, shifted
from bot.announce.identity import Identity, fingerprint, moment_of
from bot.announce.late_reason import DATA, MOVED, OFFLINE, UNSENT, LateReason, moment_text
from bot.answers.deadlines import DUE_TIME_NOTE
from bot.answers.exams import conflict_form_status, when_line, where_lines
from bot.answers.hand_in import opening_answer, opening_day
from bot.answers.office_hours import session_line, sessions_between
from bot.answers.places import on_place
from bot.answers.schedule import day_line
from bot.core.answer import Answer, Stamp, text, when
from bot.core.render_text import answer_text
from bot.core.timefmt import human_date, human_time, relative
from bot.course.model import NO_CLASS_KINDS, Course
from bot.course.occurrences import held_for_row, occurrences_between
from bot.course.unknown import PAGE_SILENT
from bot.course.windows import regrade_closes
from bot.store.staff_posts import StaffPost

KINDS = ("release", "deadline", "exam", "conflict_form", "digest", "no_class", "oh_change", "regrade", "staff")
KIND_LABELS = {
    "release": "homework released",
    "deadline": "deadline reminders",
    "exam": "exam reminders",
    "conflict_form": "exam-conflict form",
    "digest": "daily morning digest",
    "no_class": "no-class days and breaks",
    "oh_change": "office-hour cancellations",
    "regrade": "regrade windows",
    "staff": "staff announcements",
}


@dataclass(frozen=True)
class AnnounceConfig:
    """One server's announcement settings; the defaults are what a new server gets."""

    kinds: frozenset[str] = frozenset(KINDS)
    deadline_offsets: tuple[dt.timedelta, ...] = (
        dt.timedelta(hours=48),
        dt.timedelta(hours=24),
        dt.timedelta(hours=2),
    )
    exam_days_before: tuple[int, ...] = (7, 1, 0)  # a week before, the day before, the morning of
    morning: dt.time = dt.time(8, 0)  # digest, releases, exam mornings, no-class notices (course time)
    conflict_form_lead_days: int | None = None  # None: the exam data's own lead time (21 days by default)
    conflict_form_reminder_days: int = 7  # "the form closes soon" reminder, days before the exam
    regrade_reminder: dt.timedelta = dt.timedelta(hours=24)  # before a regrade window closes


@dataclass(frozen=True)
class PlanProblem:
    """An announcement that could not be planned: its key (or its group's), why, and the error itself."""

    key: str
    reason: str
    error: Exception = field(compare=False, repr=False)


@dataclass(frozen=True)
class Plan:
    items: list[Planned]
    problems: list[PlanProblem]


def data_ids(course: Course) -> frozenset[str]:
    """Every id an announcement can be about (assignments, exams, people; '*' for everyone)."""
    return frozenset(
        {a.id for a in course.assignments} | {e.id for e in course.exams} | {p.id for p in course.people} | {"*"}
    )


def staff_post_key(post_id: int) -> str:
    """The delivery key of a staff announcement (so "already sent" can be looked up)."""
    return f"staff:{post_id}"


@dataclass(frozen=True)
class Planned:
    """One announcement: when, what kind, a stable key, to whom, what it says, and until when it matters."""

    at: dt.datetime
    kind: str
    key: str
    audience: str
    build: Callable[[], Answer] = field(compare=False, repr=False)
    relevant_until: dt.datetime = field(default=None)
    group: str = ""  # items in one group supersede each other when several were missed
    sections: tuple[str, ...] = field(default=())
    # what it says when sent at a later moment (late, after downtime): "due in 23 hours", not "in 2 days"
    said_at: Callable[[dt.datetime], Answer] | None = field(default=None, compare=False, repr=False)
    staff_post: int | None = None  # a staff announcement's id: it is claimed only while not cancelled
    identity: Identity | None = None  # what it is about (bot/announce/identity.py); None: the key says it all

    @cached_property
    def answer(self) -> Answer:
        """What the post says, built when first needed (planning a whole term builds none of them)."""
        return self.build()

    def record(self, course: Course) -> dict:
        return {
            "at": in_zone(self.at, course.tz).isoformat(),
            "kind": self.kind,
            "key": self.key,
            "audience": self.audience,
            "text": answer_text(self.answer, course.tz, self.at),
            "relevant_until": in_zone(self.relevant_until, course.tz).isoformat(),
        }


def _audiences(course: Course, sections: Iterable[str]) -> list[tuple[str, tuple[str, ...]]]:
    """Everyone: the channel. Some sections only: one item per section, addressed to that section's role."""
    sections = tuple(sections)
    if not sections or set(course.section_ids()) <= set(sections):
        return [(CHANNEL, ())]
    return [(section_audience(s), (s,)) for s in sections]


def _per_audience(
    course: Course,
    sections: Iterable[str],
    *,
    at: dt.datetime,
    kind: str,
    identity: Identity,
    group: str,
    answer: Answer,
    relevant_until: dt.datetime,
    said_at: Callable[[dt.datetime], Answer] | None = None,
) -> list[Planned]:
    """The same announcement for each audience it has; its identity (so its key) and group name the audience."""
    return [
        Planned(
            at=at,
            kind=kind,
            key=identity.for_audience(audience).key(),
            identity=identity.for_audience(audience),
            audience=audience,
            build=_const(answer),
            relevant_until=relevant_until,
            group=f"{group}:{audience}",
            sections=only,
            said_at=said_at,
        )
        for audience, only in _audiences(course, sections)
    ]


def _morning(course: Course, day: dt.date, config: AnnounceConfig) -> dt.datetime:
    return course.at(day, config.morning)


def _end_of(course: Course, day: dt.date) -> dt.datetime:
    """Midnight after `day` in course time (no end at all after 9999-12-31)."""
    if day == dt.date.max:
        return bound_after(course.at(day, dt.time(0, 0)), dt.timedelta(days=1))
    return course.at(day + dt.timedelta(days=1), dt.time(0, 0))


Source = TypeVar("Source")


def _each(
    sources: Iterable[Source],
    key_of: Callable[[Source], str],
    build: Callable[[Source], list[Planned]],
    problems: list[PlanProblem],
) -> list[Planned]:
    """Plan each source on its own: one that fails is reported in `problems` and never stops the others."""
    out: list[Planned] = []
    for source in sources:
        try:
            out += build(source)
        except Exception as err:  # a data row or a stored post the planner cannot handle: report it, plan the rest
            problems.append(PlanProblem(key=key_of(source), reason=_reason(err), error=err))
    return out


def _reason(err: Exception) -> str:
    if isinstance(err, DateOutOfRange | OverflowError):
        return "its date falls outside the years 1-9999, so it cannot be scheduled"
    return f"it could not be planned ({type(err).__name__}: {err})"


def plan(
    course: Course,
    config: AnnounceConfig,
    start: dt.datetime,
    end: dt.datetime,
    *,
    form_urls: Mapping[str, str] | None = None,
    published: Mapping[str, dt.datetime] | None = None,
    staff_posts: Iterable[StaffPost] = (),
) -> list[Planned]:
    """Every announcement due in [start, end), in time order (ties broken by key); see `planned` for problems."""
    return planned(course, config, start, end, form_urls=form_urls, published=published, staff_posts=staff_posts).items


def planned(
    course: Course,
    config: AnnounceConfig,
    start: dt.datetime,
    end: dt.datetime,
    *,
    form_urls: Mapping[str, str] | None = None,
    published: Mapping[str, dt.datetime] | None = None,
    staff_posts: Iterable[StaffPost] = (),
) -> Plan:
    """The plan for [start, end), with the items that could not be planned (each left out, with its reason)."""
    items: list[Planned] = []
    problems: list[PlanProblem] = []
    kinds = config.kinds
    if "release" in kinds:
        items += _releases(course, config, problems)
    if "deadline" in kinds:
        items += _deadline_reminders(course, config, problems)
    if "exam" in kinds:
        items += _exam_reminders(course, config, problems)
    if "conflict_form" in kinds:
        items += _conflict_forms(course, config, form_urls or {}, problems)
    if "digest" in kinds:
        items += _digests(course, config, start, end, problems)
    if "no_class" in kinds:
        items += _no_class(course, config, problems)
    if "oh_change" in kinds:
        items += _oh_changes(course, config, problems)
    if "regrade" in kinds:
        items += _regrades(course, config, published or {}, problems)
    if "staff" in kinds:
        items += _staff(staff_posts, problems)
    chosen = [i for i in items if start <= i.at < end]
    chosen.sort(key=lambda i: (order_key(i.at), i.key))
    return Plan(items=chosen, problems=problems)


def _releases(course: Course, config: AnnounceConfig, problems: list[PlanProblem]) -> list[Planned]:
    def one(item) -> list[Planned]:
        note = DUE_TIME_NOTE.format(time=human_time(course.default_due_time)) if item.due_time_assumed else ""

        def said(released: str) -> Answer:
            return Answer(
                title=f"{item.short} is out",
                lines=(text(f"{item.title} {released}."), text("It is due ", *when(item.due), ".")),
                footer=note,
            )

        def said_at(now: dt.datetime) -> Answer:
            """Posted late (after downtime, a refused post), on a later day: the day it came out, not "today"."""
            if local_day(now, course.tz) == item.release:
                return said(f"is released today ({human_date(item.release)})")
            return said(f"was released on {human_date(item.release)}")

        answer = said(f"is released today ({human_date(item.release)})")
        return _per_audience(
            course,
            item.sections,
            at=_morning(course, item.release, config),
            kind="release",
            identity=_about(
                "release", item.id, "out", moment_of(item.release), item.title, legacy=f"release:{item.id}"
            ),
            group=f"release:{item.id}",
            answer=answer,
            relevant_until=item.due,
            said_at=said_at,
        )

    # a window opening on the release day is that day's one post (`_openings`), never a second one
    released = [a for a in course.assignments if a.release is not None and opening_day(a) != a.release]
    return _each(released, lambda a: f"release:{a.id}", one, problems) + _openings(course, config, problems)


def _openings(course: Course, config: AnnounceConfig, problems: list[PlanProblem]) -> list[Planned]:
    """A timed quiz's window opening ("Quiz 5 is open"), at its opening time (the morning of its day when the page
    gives the day only), once per audience."""

    def one(item) -> list[Planned]:
        opens = item.hand_in.opens
        at = opens if item.hand_in.opens_time else _morning(course, opens.date(), config)
        return _per_audience(
            course,
            item.sections,
            at=at,
            kind="release",
            identity=_about("release", item.id, "opens", moment_of(opens), item.title),
            group=f"opens:{item.id}",
            answer=opening_answer(course, item),
            relevant_until=item.due,
        )

    opening = [a for a in course.assignments if opening_day(a) is not None]
    return _each(opening, lambda a: f"opens:{a.id}", one, problems)


def _offset_label(offset: dt.timedelta) -> str:
    hours = offset.total_seconds() / 3600
    if hours >= 24 and hours % 24 == 0:
        days = int(hours // 24)
        return f"{days} day{'s' if days != 1 else ''}"
    if hours >= 1 and hours == int(hours):
        return f"{int(hours)} hour{'s' if hours != 1 else ''}"
    return f"{int(offset.total_seconds() // 60)} minutes"


def _about(kind: str, subject: str, what: str, moment: str, name: str, *, legacy: str = "") -> Identity:
    """The identity of a post about one thing in the data; `legacy`: its key before keys named their moment."""
    return Identity(kind, subject, what, moment, fingerprint(name), legacy=legacy or f"{kind}:{subject}:{what}")


def _offset_key(offset: dt.timedelta) -> str:
    return f"{int(offset.total_seconds() // 60)}m"


def _deadline_reminders(course: Course, config: AnnounceConfig, problems: list[PlanProblem]) -> list[Planned]:
    def one(pair) -> list[Planned]:
        item, offset = pair
        answer = Answer(
            title=f"{item.short} is due in {_offset_label(offset)}",
            lines=(text(f"{item.title} is due ", *when(item.due), "."),),
        )
        return _per_audience(
            course,
            item.sections,
            at=reminder_time(item.due, offset, course.tz),
            kind="deadline",
            identity=_about("deadline", item.id, _offset_key(offset), moment_of(item.due), item.title),
            group=f"deadline:{item.id}",
            answer=answer,
            relevant_until=item.due,
            said_at=lambda now: replace(answer, title=f"{item.short} is due {relative(item.due, now)}"),
        )

    pairs = [(item, offset) for item in course.assignments for offset in config.deadline_offsets]
    return _each(pairs, lambda p: f"deadline:{p[0].id}:{_offset_key(p[1])}", one, problems)


def reminder_time(due: dt.datetime, offset: dt.timedelta, tz: dt.tzinfo) -> dt.datetime:
    """When a reminder `offset` before `due` goes out. An offset of whole days (1d, 2d, 24h, 48h) counts calendar
    days: the same clock time that many days before, as a student reads "1 day before", so a clock change in
    between moves it by an hour of elapsed time and never to 12:59 AM or 10:59 PM. Any other offset (2h, 90m, 36h)
    is elapsed time before the due instant."""
    day = dt.timedelta(days=1)
    if offset <= dt.timedelta(0) or offset % day:
        return shifted(due, -offset, tz)
    try:
        local = due.astimezone(tz)
    except OverflowError:
        raise DateOutOfRange(f"{due.isoformat()} falls outside the years 1-9999 in {tz}") from None
    return dt.datetime.combine(day_shifted(local.date(), -(offset // day)), local.time(), tzinfo=tz)


def _days_label(days: int) -> str:
    return {0: "today", 1: "tomorrow"}.get(days, f"in {days} days")


def _exam_reminders(course: Course, config: AnnounceConfig, problems: list[PlanProblem]) -> list[Planned]:
    def said(exam, days: int) -> Answer:
        label = _days_label(days)
        lines = [text(f"{exam.title} is {label}: ", *when_line(course, exam))]
        lines += where_lines(course, exam)
        if days >= 1:
            lines += [text(rule) for rule in exam.rules]  # only the rules the course states
        return Answer(title=f"{exam.title} {label}", lines=tuple(lines))

    def one(pair) -> list[Planned]:
        exam, days = pair
        return _per_audience(
            course,
            exam.sections,
            at=_morning(course, day_shifted(exam.date, -days), config),
            kind="exam",
            identity=_about("exam", exam.id, f"{days}d", moment_of(exam.date, exam.time), exam.title),
            group=f"exam:{exam.id}",
            answer=said(exam, days),
            relevant_until=_end_of(course, exam.date),
            said_at=lambda now: said(exam, (exam.date - local_day(now, course.tz)).days),
        )

    pairs = [(exam, days) for exam in course.exams for days in config.exam_days_before]
    return _each(pairs, lambda p: f"exam:{p[0].id}:{p[1]}d", one, problems)


def _conflict_forms(
    course: Course, config: AnnounceConfig, form_urls: Mapping[str, str], problems: list[PlanProblem]
) -> list[Planned]:
    """The form's opening notice (when the course or the server says when to expect it) and a last call.

    Nothing is planned for an exam the course says has no conflict form, or whose form the page says nothing about.
    """

    def one(exam) -> list[Planned]:
        url = form_urls.get(exam.id) or exam.conflict_form.url
        if not url and exam.conflict_form.status in ("none", "unknown"):
            return []
        # The server's lead time, else the data's (None: the course does not say when the form opens).
        lead = config.conflict_form_lead_days
        if lead is None:
            lead = exam.conflict_form.opens_days_before
        opens = day_shifted(exam.date, -lead) if lead is not None else None
        until = _end_of(course, day_shifted(exam.date, -1))
        out: list[Planned] = []
        if opens is not None:
            opening = _morning(course, opens, config)
            out += _per_audience(
                course,
                exam.sections,
                at=opening,
                kind="conflict_form",
                identity=_about("conflict-form", exam.id, "open", moment_of(exam.date), exam.title),
                group=f"conflict-form:{exam.id}",
                answer=Answer(
                    title=f"{exam.title}: exam-conflict form",
                    lines=(
                        text(f"{exam.title} is on {human_date(exam.date)}."),
                        conflict_form_status(course, exam, opening, url),
                    ),
                ),
                relevant_until=until,
            )
        remind_day = day_shifted(exam.date, -config.conflict_form_reminder_days)
        if opens is None or remind_day > opens:
            closing = _morning(course, remind_day, config)
            out += _per_audience(
                course,
                exam.sections,
                at=closing,
                kind="conflict_form",
                identity=_about("conflict-form", exam.id, "closing", moment_of(exam.date), exam.title),
                group=f"conflict-form:{exam.id}",
                answer=Answer(
                    title=f"{exam.title}: last call for conflicts",
                    lines=(
                        text(f"{exam.title} is in {config.conflict_form_reminder_days} days."),
                        conflict_form_status(course, exam, closing, url),
                    ),
                ),
                relevant_until=until,
            )
        return out

    return _each(course.exams, lambda e: f"conflict-form:{e.id}", one, problems)


def _digests(
    course: Course, config: AnnounceConfig, start: dt.datetime, end: dt.datetime, problems: list[PlanProblem]
) -> list[Planned]:
    start_day = local_day(start, course.tz)
    first = max(course.term_first, start_day if start_day == dt.date.min else start_day - dt.timedelta(days=1))
    last = min(course.term_last, local_day(end, course.tz))
    # Expand office hours once for the whole range (per day it dominated planning time).
    by_day: dict[dt.date, list] = {}
    if first <= last:
        for session in sessions_between(course, first, last):
            by_day.setdefault(session.start.astimezone(course.tz).date(), []).append(session)
    class_days = {d.date for d in course.schedule if d.has_class}
    if first <= last:
        class_days |= {o.start.astimezone(course.tz).date() for o in _shared_meetings(course, first, last)}

    def one(day: dt.date) -> list[Planned]:
        if not _digest_has_news(course, day, config, by_day.get(day, []), class_days):
            return []
        return [
            Planned(
                at=_morning(course, day, config),
                kind="digest",
                key=f"digest:{day.isoformat()}",
                audience=CHANNEL,
                build=partial(digest_answer, course, day, config, sessions=by_day.get(day, [])),
                relevant_until=_end_of(course, day),
                group=f"digest:{day.isoformat()}",
            )
        ]

    days = (first + dt.timedelta(days=n) for n in range((last - first).days + 1)) if first <= last else ()
    return _each(days, lambda d: f"digest:{d.isoformat()}", one, problems)


def _due_soon(course: Course, morning: dt.datetime) -> list:
    everyone = set(course.section_ids())
    horizon = bound_after(morning, dt.timedelta(hours=48))
    # The digest goes to the whole channel: section-only deadlines reach their section through its own reminders.
    return sorted(
        (a for a in course.assignments if morning < a.due <= horizon and everyone <= set(a.sections)),
        key=lambda a: order_key(a.due),
    )


def _digest_has_news(course: Course, day: dt.date, config: AnnounceConfig, sessions: list, class_days: set) -> bool:
    if sessions or day in class_days:
        return True
    return bool(_due_soon(course, _morning(course, day, config)))


def digest_answer(
    course: Course, day: dt.date, config: AnnounceConfig, *, sessions: list | None = None
) -> Answer | None:
    """Today's class, today's office hours, and what is due within 48 hours; None on an empty day."""
    morning = _morning(course, day, config)
    classes = [d for d in course.days_on(day) if d.has_class]
    if sessions is None:
        sessions = sessions_between(course, day, day)
    soon = _due_soon(course, morning)
    meetings = _shared_meetings(course, day, day)
    if not (classes or sessions or soon or meetings):
        return None
    lines = []
    for occurrence in meetings:
        topic = (" · ", *day_line(occurrence.topic, with_date=False, with_slot=False)) if occurrence.topic else ()
        lines.append(
            text(
                f"{course.kind_name(occurrence.kind)}: ",
                Stamp(occurrence.start, "t"),
                " – ",
                Stamp(occurrence.end, "t"),
                f" · {occurrence.where}",
                *topic,
            )
        )
    shown = {o.topic for o in meetings if o.topic is not None}
    for row in classes:
        if row not in shown:
            lines.append(text("Class: ", *day_line(row, with_date=False), *_by_section(course, row)))
    for session in sessions:
        lines.append(text(f"{course.help_hours.plural}: ", *session_line(session, with_date=False)))
    for item in soon:
        lines.append(text(f"Due: **{item.short}** ", *when(item.due)))
    return Answer(title=f"Today, {human_date(day)}", lines=tuple(lines))


# A row held by more sections than this is told as held at each section's own time (their /meetings say when).
SECTIONS_LISTED = 4


def _by_section(course: Course, row) -> tuple:
    """' · Exercise class (Turma A) 10:00 – 11:40 (B-12), …' for a class each section holds at its own
    time (no time for everyone); nothing when the row has no such meetings that day."""
    if row.start is not None:
        return ()  # its own time is in its line
    held = held_for_row(course, row.kind, row.date, row.sections)
    if not held or any(o.section is None for o in held):
        return ()
    if len(held) > SECTIONS_LISTED:
        return (" · each section at its own time",)
    parts: list = []
    for o in held:
        parts += [", " if parts else " · ", f"{course.meeting_label(o.kind, o.section)} "]
        parts += [Stamp(o.start, "t"), " – ", Stamp(o.end, "t"), f" ({o.where})"]
    return tuple(parts)


def _shared_meetings(course: Course, first: dt.date, last: dt.date) -> list:
    """Class meetings for everyone (section meetings are many and reach their sections through /meetings)."""
    return [o for o in occurrences_between(course, first, last) if o.meeting.section is None]


def _no_class(course: Course, config: AnnounceConfig, problems: list[PlanProblem]) -> list[Planned]:
    """One notice per run of consecutive no-class rows (a break), the morning before it starts."""
    rows = [d for d in course.schedule if d.kind in NO_CLASS_KINDS]
    runs: list[list] = []
    for row in rows:
        if runs and runs[-1][-1].title == row.title and (row.date - runs[-1][-1].date).days <= 3:
            runs[-1].append(row)
        else:
            runs.append([row])

    def one(run: list) -> list[Planned]:
        first, last = run[0], run[-1]
        span = human_date(first.date) if first is last else f"{human_date(first.date)} – {human_date(last.date)}"
        return [
            Planned(
                at=_morning(course, day_shifted(first.date, -1), config),
                kind="no_class",
                key=f"no-class:{first.date.isoformat()}",
                audience=CHANNEL,
                build=_const(
                    Answer(title=f"{first.title}: {span}", lines=(text(f"No class: {first.title}, {span}."),))
                ),
                relevant_until=_end_of(course, last.date),
                group=f"no-class:{first.date.isoformat()}",
            )
        ]

    return _each(runs, lambda run: f"no-class:{run[0].date.isoformat()}", one, problems)


def _oh_changes(course: Course, config: AnnounceConfig, problems: list[PlanProblem]) -> list[Planned]:
    def one(change) -> list[Planned]:
        hours = course.help_hours.in_text
        who = f"All {hours}" if change.person == "*" else f"{course.person(change.person).name}'s {hours}"
        span = (
            human_date(change.first)
            if change.first == change.last
            else f"{human_date(change.first)} – {human_date(change.last)}"
        )
        reason = f" ({change.reason})" if change.reason else ""
        identity = _oh_identity(course, change)
        return [
            Planned(
                at=_morning(course, day_shifted(change.first, -1), config),
                kind="oh_change",
                key=identity.key(),
                identity=identity,
                audience=CHANNEL,
                build=_const(
                    Answer(
                        title=f"{course.help_hours.plural} cancelled",
                        lines=(text(f"{who} are cancelled {span}{reason}."),),
                    )
                ),
                relevant_until=_end_of(course, change.last),
                group=identity.key(),
            )
        ]

    # One notice per cancellation, named by what it is (who, first and last day), never by its place in the file:
    # adding, removing or reordering others never renames it (the same cancellation twice is one notice).
    cancels = {(c.person, c.first, c.last): c for c in reversed(course.oh_changes) if c.kind == "cancel"}
    ordered = sorted(cancels.values(), key=lambda c: (c.first, c.last, c.person))
    return _each(ordered, lambda c: f"oh-cancel:{c.person}:{c.first.isoformat()}", one, problems)


def _oh_identity(course: Course, change) -> Identity:
    person = course.person(change.person) if change.person != "*" else None
    return Identity(
        kind="oh-cancel",
        subject=change.person,
        what=change.kind,
        moment=f"{moment_of(change.first)}-{moment_of(change.last)}",
        print=fingerprint(person.name if person is not None else change.person),
        audience=CHANNEL,
        # before keys named what a change is, they ended with its position among all changes
        legacy=f"oh-cancel:{change.person}:{change.first.isoformat()}",
        legacy_stem=True,
        legacy_index=course.oh_changes.index(change),
    )


def _regrades(
    course: Course, config: AnnounceConfig, published: Mapping[str, dt.datetime], problems: list[PlanProblem]
) -> list[Planned]:
    def one(entry) -> list[Planned]:
        item, at = entry
        closes = regrade_closes(course, at)
        where = on_place(course.regrades.where)
        if closes is None:  # the page does not say how long regrades stay open: no closing reminder either
            return _per_audience(
                course,
                item.sections,
                at=at,
                kind="regrade",
                identity=_about("regrade", item.id, "open", moment_of(at), item.title),
                group=f"regrade:{item.id}",
                answer=Answer(
                    title=f"{item.short} grades are out",
                    lines=(text(f"Regrade requests are open{where}. How long they stay open: {PAGE_SILENT}."),),
                ),
                relevant_until=bound_after(at, dt.timedelta(days=1)),
            )
        out = _per_audience(
            course,
            item.sections,
            at=at,
            kind="regrade",
            identity=_about("regrade", item.id, "open", moment_of(at), item.title),
            group=f"regrade:{item.id}",
            answer=Answer(
                title=f"{item.short} grades are out",
                lines=(text(f"Regrade requests are open{where} until ", *when(closes), "."),),
            ),
            relevant_until=closes,
        )
        out += _per_audience(
            course,
            item.sections,
            at=shifted(closes, -config.regrade_reminder, course.tz),
            kind="regrade",
            identity=_about("regrade", item.id, "closing", moment_of(at), item.title),
            group=f"regrade:{item.id}",
            answer=Answer(
                title=f"{item.short}: regrade requests close soon",
                lines=(text("Regrade requests close ", Stamp(closes, "F"), " (", Stamp(closes, "R"), ")."),),
            ),
            relevant_until=closes,
        )
        return out

    entries = [(course.assignment(aid), at) for aid, at in published.items() if course.assignment(aid) is not None]
    return _each(entries, lambda e: f"regrade:{e[0].id}", one, problems)


def _staff(posts: Iterable[StaffPost], problems: list[PlanProblem]) -> list[Planned]:
    def one(post: StaffPost) -> list[Planned]:
        return [
            Planned(
                at=post.at,
                kind="staff",
                key=staff_post_key(post.id),
                audience=CHANNEL,
                build=_const(Answer(title="Announcement from course staff", lines=(text(post.message),))),
                relevant_until=bound_after(post.at, dt.timedelta(days=1)),
                group=f"staff:{post.id}",
                staff_post=post.id,
            )
        ]

    return _each(posts, lambda p: staff_post_key(p.id), one, problems)


def _const(answer: Answer) -> Callable[[], Answer]:
    return lambda: answer


def catch_up(
    items: Iterable[Planned],
    now: dt.datetime,
    *,
    done: Iterable[Planned] = (),
    upcoming: Iterable[Planned] = (),
    updates: Collection[str] = (),
) -> tuple[list[Planned], list[Planned]]:
    """Items whose time has passed: (post late, skip). Late: still relevant, the newest of its group, and not
    about to be superseded.

    A stale item (its deadline or day is over) is skipped; of several missed reminders for one deadline only the
    latest is worth posting, and none when a later one of its group already went out (`done`: the items finished,
    such as a 2 h reminder sent while the 24 h one waited for its channel to come back). A catch-up that would land
    nearer the next item of its group (`upcoming`: planned after now) than its own time gives way to that one: a
    48 h reminder caught up an hour before the 24 h one would say the same thing twice within the hour. An update
    (`updates`: keys whose date the data moved since an earlier post) is news, and never gives way.
    """
    missed = [i for i in items if i.at <= now]
    groups = {i.group or i.key for i in missed}  # a finished item matters only to the groups still waiting
    finished = [d for d in done if d.at <= now and (d.group or d.key) in groups]
    latest: dict[str, Planned] = {}
    for item in sorted([*missed, *finished], key=lambda i: order_key(i.at)):
        latest[item.group or item.key] = item
    following: dict[str, dt.datetime] = {}
    for item in upcoming:
        group = item.group or item.key
        if item.at > now and (group not in following or item.at < following[group]):
            following[group] = item.at
    mine = {i.key for i in missed}
    post = [
        i
        for i in latest.values()
        if i.key in mine
        and i.relevant_until > now
        and (i.key in updates or not _gives_way(i, following.get(i.group or i.key), now))
    ]
    keep = {i.key for i in post}
    skip = [i for i in missed if i.key not in keep]
    return sorted(post, key=lambda i: order_key(i.at)), skip


def _gives_way(item: Planned, next_at: dt.datetime | None, now: dt.datetime) -> bool:
    """A late item is nearer its group's next item than its own time: that one says it, on time."""
    return next_at is not None and next_at - now < now - item.at


def late_note(item: Planned, now: dt.datetime, *, moved: bool = False, reason: LateReason | None = None) -> Answer:
    """The same announcement, said as true now, with a note saying why it comes after its planned time: the bot was
    offline then, the course data moved the date (`moved`: an earlier post about it went out for another date; or
    `reason` says so, with the date it had), or it could not go out then. Never downtime that did not happen."""
    answer = item.answer if item.said_at is None else item.said_at(now)
    kind = MOVED if moved and (reason is None or reason.kind != MOVED) else (reason.kind if reason else OFFLINE)
    zone = item.at.tzinfo or dt.UTC
    if kind == MOVED and reason is not None and reason.was and item.identity is not None:
        note = text(
            "(Updated: the date changed in the course data: it was ",
            *moment_text(reason.was, zone),
            ", it is now ",
            *moment_text(item.identity.moment, zone),
            ".)",
        )
    elif kind == MOVED:
        note = text("(Updated: the date changed in the course data since my earlier post about this.)")
    elif kind == DATA:
        note = text("(Updated: this follows a change to the course data made after ", Stamp(item.at, "f"), ".)")
    elif kind == UNSENT:
        note = text("(Posted late: this could not go out at ", Stamp(item.at, "f"), ".)")
    else:
        note = text("(Posted late: I was offline when this was due to go out at ", Stamp(item.at, "f"), ".)")
    return answer.with_lines(note)
