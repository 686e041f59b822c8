"""Discord's Events tab from the course: which scheduled events the server should have, and what to change.

Pure logic: plain values in (the course, `now`, the events the server already has), a plan out. The Discord
layer (`/setup events`) lists the server's events, hands them here, and carries the plan out.

Choices, so staff know what they get:
- The bot finds its own events by a marker on the last line of the description (`coursebot:exam:exam1`), not by
  a table in the database: the server itself is the record, so a re-run never duplicates an event, and deleting
  an event in Discord is respected until the next run recreates it (if still upcoming).
- An exam's key is its id, so a changed date updates the same event. A class day's key is its kind and date,
  so a class that moves becomes a new event and the old one is removed (only future ones).
- Times: an exam or class with a time in the data (exams.toml, or a class meeting in meetings.toml) starts and
  ends then, at its room. When the course page gives a date only, the event covers the whole day in course time
  (00:00-23:59, the way the .ics file makes it an all-day event) and its location says the time is not on the
  course page. Discord's external events need an end time and a start in the future; an exam whose end is not
  given lasts `EXAM_BLOCK` (as in the .ics file).
- Events that would start at or before `now` are never created or changed (Discord refuses a start in the past,
  and a running event should not move). Events the server has that the bot no longer wants (an exam removed from
  the data, a moved class) are deleted if they are still upcoming; only kinds being synced are touched, so an
  exams-only run leaves class events alone. Events staff cancelled or that already started are left alone.
- Two events with the same marker (two staff running the command at once) are folded into one: the extra,
  upcoming copies are deleted.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from bot.calendar.ics import EXAM_BLOCK, class_kinds
from bot.core.timefmt import human_time_range
from bot.course.model import EXAM_KIND, Course, Exam, ExamRoom, ScheduleDay
from bot.course.occurrences import Occurrence, exam_times, kind_matches, occurrences_between

MARKER_PREFIX = "coursebot:"
EXAM_KINDS = frozenset({EXAM_KIND})

# Discord's limits on scheduled events (name 1-100, description up to 1000, location up to 100 characters).
NAME_LIMIT, DESCRIPTION_LIMIT, LOCATION_LIMIT = 100, 1000, 100
DAY_START, DAY_END = dt.time(0, 0), dt.time(23, 59)
NO_TIME_LOCATION = "Time not on the course page"
NO_CLASS_TIME_LOCATION = "Time and room not on the course page"

_MARKER = re.compile(r"coursebot:([a-z_]+):([A-Za-z0-9._-]+)\s*$")


@dataclass(frozen=True)
class DesiredEvent:
    """One event the server should have (what the bot would send to Discord)."""

    key: str  # "exam:exam1", "lecture:2024-01-17"
    name: str
    description: str  # ends with the marker line
    location: str
    start: dt.datetime
    end: dt.datetime

    @property
    def kind(self) -> str:
        return self.key.partition(":")[0]


@dataclass(frozen=True)
class ExistingEvent:
    """One event the server has, as Discord reports it (only what the comparison needs)."""

    id: int
    name: str
    description: str
    location: str
    start: dt.datetime
    end: dt.datetime | None
    scheduled: bool = True  # False once started, completed or cancelled

    @property
    def key(self) -> str | None:
        return marker_key(self.description)


@dataclass(frozen=True)
class SyncPlan:
    """What to do: create, update (existing id, new values), delete; and what is left as it is, and why."""

    create: tuple[DesiredEvent, ...] = ()
    update: tuple[tuple[ExistingEvent, DesiredEvent], ...] = ()
    delete: tuple[ExistingEvent, ...] = ()
    unchanged: tuple[DesiredEvent, ...] = ()
    past: tuple[DesiredEvent, ...] = ()  # would start at or before now: not created or changed
    left: tuple[ExistingEvent, ...] = field(default=())  # the bot's, but started or cancelled: not touched

    @property
    def changes(self) -> int:
        return len(self.create) + len(self.update) + len(self.delete)


def marker(key: str) -> str:
    return f"{MARKER_PREFIX}{key}"


def marker_key(description: str | None) -> str | None:
    """The key in a description's marker line, or None for events the bot did not create."""
    if not description or not description.strip():
        return None
    match = _MARKER.search(description.rstrip().splitlines()[-1])
    return f"{match.group(1)}:{match.group(2)}" if match else None


def sync_kinds(course: Course, *, classes: bool = False) -> frozenset[str]:
    """What `/setup events` keeps in sync: exams, and (with classes) every class-meeting kind of the course."""
    return EXAM_KINDS | class_kinds(course) if classes else EXAM_KINDS


def desired_events(course: Course, *, kinds: frozenset[str] = EXAM_KINDS) -> list[DesiredEvent]:
    """Every event the course calls for (past ones too: the plan decides what `now` allows), sorted by start."""
    events: list[DesiredEvent] = []
    if "exam" in kinds:
        events += [_exam_event(course, exam) for exam in course.exams]
        known = {e.id for e in course.exams}
        # An exam day in the schedule without an exams.toml entry still belongs in the Events tab.
        events += [
            _day_event(course, day, NO_TIME_LOCATION)
            for day in course.schedule
            if day.kind == "exam" and day.exam_id not in known
        ]
    seen: dict[str, int] = {}
    for day in course.schedule:
        if day.kind in kinds and day.kind in class_kinds(course):
            event = _day_event(course, day, course.meeting_place or NO_CLASS_TIME_LOCATION)
            seen[event.key] = seen.get(event.key, 0) + 1
            if seen[event.key] > 1:  # two rows of one kind on one day: keep keys unique
                event = _rekeyed(event, f"{event.key}-{seen[event.key]}")
            events.append(event)
    return sorted(events, key=lambda e: (e.start, e.key))


def plan_sync(
    desired: list[DesiredEvent], existing: list[ExistingEvent], now: dt.datetime, *, kinds: frozenset[str]
) -> SyncPlan:
    """Compare what the server should have with what it has (only the bot's events, only `kinds`)."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    ours: dict[str, list[ExistingEvent]] = {}
    for event in sorted(existing, key=lambda e: e.id):
        key = event.key
        if key is not None and key.partition(":")[0] in kinds:
            ours.setdefault(key, []).append(event)

    create, update, unchanged, past, delete, left = [], [], [], [], [], []
    wanted = {d.key for d in desired}
    for want in desired:
        matches = ours.get(want.key, [])
        live = [e for e in matches if e.scheduled]
        if matches and not live:
            left.extend(matches)  # cancelled or already started: staff decided, or it is happening
            continue
        if want.start <= now:
            past.append(want)
            continue
        if not live:
            create.append(want)
            continue
        keep, *extra = live
        delete.extend(e for e in extra if e.start > now)
        if _differs(keep, want):
            update.append((keep, want))
        else:
            unchanged.append(want)
        left.extend(e for e in matches if not e.scheduled)
    for key, matches in ours.items():
        if key in wanted:
            continue
        for event in matches:
            (delete if event.scheduled and event.start > now else left).append(event)
    return SyncPlan(
        create=tuple(create),
        update=tuple(update),
        delete=tuple(delete),
        unchanged=tuple(unchanged),
        past=tuple(past),
        left=tuple(left),
    )


# --- building events ----------------------------------------------------------------------------------------


def _exam_event(course: Course, exam: Exam) -> DesiredEvent:
    lines = [
        f"{exam.title} for {_sections_text(course, exam.sections)}.",
        "In person." if exam.in_person else "Online.",
    ]
    start, end = exam_times(course, exam)
    if start is None:
        start, end = course.at(exam.date, DAY_START), course.at(exam.date, DAY_END)
        lines.append("The course page gives the date, not the time: this event covers the whole day (course time).")
    elif end is None:
        end = start + EXAM_BLOCK
        lines.append("The end time is not on the course page.")
    if exam.rooms:
        lines += [f"{_room_owner(course, r)}: {r.room}" for r in exam.rooms]
    lines += list(exam.rules)
    if exam.conflict_form_url:
        lines.append(f"Conflict form: {exam.conflict_form_url}")
    rooms = exam.location or "; ".join(r.room for r in exam.rooms)
    location = rooms or (NO_TIME_LOCATION if exam.time is None else "Room not on the course page")
    return _event(f"exam:{exam.id}", exam.title, lines, location, start, end)


def _room_owner(course: Course, room: ExamRoom) -> str:
    if room.surnames:
        return f"Surnames {room.surname_range}"
    return ", ".join(course.section_labels(room.sections)) or "Everyone"


def _day_event(course: Course, day: ScheduleDay, location: str) -> DesiredEvent:
    lines = []
    if day.unit is not None:
        lines.append(f"Unit: {day.unit.title}")
    held = [
        o
        for o in occurrences_between(course, day.date, day.date)
        if (o.meeting.section is None or o.section in day.sections)
        and (kind_matches(course, day.kind, o.kind) or kind_matches(course, o.kind, day.kind))
    ]
    # a row for one section is held at that section's time; a row for several, each at its own (listed)
    sections = [o for o in held if o.section is not None]
    held = [o for o in held if o.section is None] or (sections if len(sections) == 1 else [])
    if day.start is not None:  # a time and place of its own (a section's make-up lab, a presentation slot)
        start, end, location = day.start, day.end or day.start, day.room or (held[0].where if held else location)
    elif held:
        start, end, location = held[0].start, held[0].end, held[0].where
    elif sections:
        lines.append("Time: by section (this event covers the whole day):")
        lines += [f"- {_section_time(course, o)}" for o in sections]
        start, end = course.at(day.date, DAY_START), course.at(day.date, DAY_END)
    else:
        lines.append(f"Time: {course.meeting_times or 'not on the course page'} (this event covers the whole day).")
        start, end = course.at(day.date, DAY_START), course.at(day.date, DAY_END)
    lines += [f"Announcement: {a}" for a in day.announcements]
    name = day.title if day.kind_label.lower() in day.title.lower() else f"{day.kind_label.capitalize()}: {day.title}"
    name += f" ({day.for_label})" if day.for_label else ""
    return _event(f"{day.kind}:{day.date.isoformat()}", name, lines, location, start, end)


def _section_time(course: Course, o: Occurrence) -> str:
    """'Lab 102: 1:00 PM – 3:50 PM, Sorensen Hall 310'."""
    start, end = o.start.astimezone(course.tz).time(), o.end.astimezone(course.tz).time()
    return f"{course.meeting_label(o.kind, o.section)}: {human_time_range(start, end)}, {o.where}"


def _event(key: str, name: str, lines: list[str], location: str, start: dt.datetime, end: dt.datetime) -> DesiredEvent:
    tail = "\n\n" + marker(key)
    body = "\n".join(lines)
    if len(body) + len(tail) > DESCRIPTION_LIMIT:
        body = body[: DESCRIPTION_LIMIT - len(tail) - 1] + "…"
    return DesiredEvent(
        key=key,
        name=_clip(name, NAME_LIMIT),
        description=body + tail,
        location=_clip(location, LOCATION_LIMIT),
        start=start,
        end=end,
    )


def _rekeyed(event: DesiredEvent, key: str) -> DesiredEvent:
    return DesiredEvent(
        key=key,
        name=event.name,
        description=event.description.rsplit(MARKER_PREFIX, 1)[0] + marker(key),
        location=event.location,
        start=event.start,
        end=event.end,
    )


def _sections_text(course: Course, sections: tuple[str, ...]) -> str:
    if not sections or set(course.section_ids()) <= set(sections):
        return "all sections"
    return " and ".join(course.section_labels(sections))


def _differs(have: ExistingEvent, want: DesiredEvent) -> bool:
    return (have.name, (have.description or "").strip(), have.location or "", have.start, have.end) != (
        want.name,
        want.description.strip(),
        want.location,
        want.start,
        want.end,
    )


def _clip(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"
