"""Class meetings expanded into dated occurrences: weekly patterns, minus days without class and cancellations,
with moves and extra meetings applied, and each occurrence's topic from the schedule."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from bot.core.kept import Kept
from bot.course.meetings import Meeting
from bot.course.model import Course, Exam, ScheduleDay

_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Occurrence:
    """One class meeting on one date, in course time."""

    meeting: Meeting
    start: dt.datetime
    end: dt.datetime
    where: str
    cancelled: bool = False
    note: str = ""
    topic: ScheduleDay | None = None
    extra: bool = False  # a one-off session the data adds (a meeting change of kind "extra"), not a weekly one

    @property
    def kind(self) -> str:
        return self.meeting.kind

    @property
    def section(self) -> str | None:
        return self.meeting.section


def kind_matches(course: Course, kind: str, wanted: str | None) -> bool:
    """Whether a meeting kind is what was asked for: itself, or a kind that counts as it (guest lecture)."""
    if wanted is None:
        return True
    found = course.meeting_kind(kind)
    return kind == wanted or (found is not None and found.counts_as == wanted)


def held_for_row(course: Course, kind: str, day: dt.date, sections: tuple[str, ...] = ()) -> list[Occurrence]:
    """The meetings that hold a schedule row of `kind` on its date (its kind, or one counting as it, either way):
    the one for everyone, or the sections' own, each at its own time; for a row for some sections, only theirs."""
    return [
        o
        for o in occurrences_between(course, day, day)
        if (kind_matches(course, kind, o.kind) or kind_matches(course, o.kind, kind))
        and (not sections or o.section is None or o.section in sections)
    ]


def meetings_of(course: Course, kind: str | None = None, section: str | None = None) -> list[Meeting]:
    """Weekly meetings of a kind (and for a section: its own plus those for everyone)."""
    return [
        m
        for m in course.meetings
        if kind_matches(course, m.kind, kind) and (section is None or m.section in (None, section))
    ]


# The meetings of a span, kept per course for the spans last asked: they depend on the course's data and the span alone
# (never on the clock), and a question about a week or the term asks for the same span many times over.
_SPANS: Kept[tuple[Occurrence, ...]] = Kept(size=64)


def occurrences_between(
    course: Course,
    first: dt.date,
    last: dt.date,
    *,
    kind: str | None = None,
    section: str | None = None,
    include_cancelled: bool = False,
) -> list[Occurrence]:
    """Every meeting from first to last (inclusive, course dates), in time order (a new list each call)."""
    key = ("occurrences", first, last, kind, section, include_cancelled)
    return list(_SPANS.get(course, key, lambda: tuple(_between(course, first, last, kind, section, include_cancelled))))


def _between(
    course: Course, first: dt.date, last: dt.date, kind: str | None, section: str | None, include_cancelled: bool
) -> list[Occurrence]:
    off = course.days_off
    out: list[Occurrence] = []
    for meeting in meetings_of(course, kind, section):
        changes = [c for c in course.meeting_changes if c.meeting in ("*", meeting.id)]
        day = max(first, meeting.first)
        while day <= min(last, meeting.last):
            if day.weekday() in meeting.weekdays and meeting.meets_in_week_of(day):
                found = _on(course, meeting, day, changes, off.get(day) or _in_break_week(course, meeting, day))
                if include_cancelled or not found.cancelled:
                    out.append(found)
            day += _DAY
        for change in changes:
            if change.kind != "extra" or change.meeting != meeting.id:
                continue
            day = max(first, change.first)
            while day <= min(last, change.last):
                where = _where(meeting, change.room, change.online)
                out.append(
                    Occurrence(
                        meeting,
                        course.at(day, change.start),
                        course.at(day, change.end),
                        where,
                        note=change.reason or "extra",
                        topic=_topic(course, meeting, day),
                        extra=True,
                    )
                )
                day += _DAY
    out = [o for o in out if not _replaced_by_own_rows(course, o)]
    out += own_time_occurrences(course, first, last, out, kind=kind, section=section)
    out.sort(key=lambda o: (o.start.astimezone(dt.UTC), o.meeting.section or "", o.meeting.id))
    return out


def _in_break_week(course: Course, meeting: Meeting, day: dt.date) -> str | None:
    """The title of the break week the day falls in, when it names the meeting's kind or no kind at all and the
    schedule holds no class of the meeting's kind that week."""
    title, kinds, held = course.break_weeks.get(day, (None, frozenset(), frozenset()))
    if title is None or (kinds and not any(kind_matches(course, meeting.kind, k) for k in kinds)):
        return None
    if any(kind_matches(course, k, meeting.kind) for k in held):
        return None
    return title


def _where(meeting: Meeting, room: str = "", online: str = "") -> str:
    if not room and not online:
        return meeting.where
    places = [p for p in (room, f"online: {online}" if online else "") if p]
    return " and ".join(places)


def _topic(course: Course, meeting: Meeting, day: dt.date) -> ScheduleDay | None:
    """The row a meeting holds: its section's own row first, then everyone's; a meeting for everyone takes any."""
    rows = [d for d in course.days_on(day) if kind_matches(course, d.kind, meeting.kind)]
    if meeting.section is not None:
        own = next((d for d in rows if meeting.section in d.sections), None)
        return own or next((d for d in rows if not d.sections), None)
    return next((d for d in rows if not d.sections), None) or next((d for d in rows if d.start is None), None)


def _replaced_by_own_rows(course: Course, o: Occurrence) -> bool:
    """A meeting for everyone whose day has only section rows at their own times (presentation slots), one for
    every section, is not held as usual: each section's row is its own occurrence instead."""
    if o.section is not None or o.topic is not None or o.cancelled or o.extra:
        return False
    day = o.start.astimezone(course.tz).date()
    rows = [d for d in course.days_on(day) if kind_matches(course, d.kind, o.kind)]
    if not rows or not all(d.sections and d.start is not None for d in rows):
        return False
    return set(course.section_ids()) <= {s for d in rows for s in d.sections}  # every section has its own slot


def own_time_occurrences(
    course: Course,
    first: dt.date,
    last: dt.date,
    held: list[Occurrence],
    *,
    kind: str | None = None,
    section: str | None = None,
) -> list[Occurrence]:
    """Rows at a time of their own that no weekly meeting holds (a make-up lab on a Saturday, a presentation
    slot per studio group): one occurrence per section the row is for (or one for everyone)."""
    holding: dict[int, set[str | None]] = {}
    for o in held:
        if o.topic is not None and o.topic.start is not None:
            holding.setdefault(id(o.topic), set()).add(o.section)
    out = []
    for row in course.schedule_between(first, last):
        if row.start is None or not row.has_class or not kind_matches(course, row.kind, kind):
            continue
        if row.date in course.days_off:
            continue
        for who in row.sections or (None,):
            if section is not None and who not in (None, section):
                continue
            if who in holding.get(id(row), ()) or (who is None and id(row) in holding):
                continue
            meeting = _meeting_for(course, row, who)
            out.append(Occurrence(meeting, row.start, row.end or row.start, _where(meeting, row.room), topic=row))
    return out


def _meeting_for(course: Course, row: ScheduleDay, section: str | None) -> Meeting:
    """The weekly meeting a row at its own time stands in for (its section's, else everyone's of its kind), as a
    one-off; a kind without weekly meetings gets one made from the row."""
    of_kind = [m for m in course.meetings if kind_matches(course, m.kind, row.kind) and m.section in (None, section)]
    of_kind.sort(key=lambda m: m.section is None)
    base = of_kind[0] if of_kind else None
    start = row.start.timetz().replace(tzinfo=None) if row.start else dt.time(0, 0)
    end = row.end.timetz().replace(tzinfo=None) if row.end else start
    if base is None:
        return Meeting(
            id=f"{row.kind}-{row.date:%Y%m%d}" + (f"-{section}" if section else ""),
            kind=row.kind,
            weekdays=(),
            start=start,
            end=end,
            first=row.date,
            last=row.date,
            room=row.room,
            section=section,
        )
    return replace(
        base,
        id=f"{base.id}-{row.date:%Y%m%d}" + (f"-{section}" if section and base.section is None else ""),
        section=section,
        start=start,
        end=end,
        first=row.date,
        last=row.date,
    )


def _on(course: Course, meeting: Meeting, day: dt.date, changes: list, no_class: str | None) -> Occurrence:
    start, end = course.at(day, meeting.start), course.at(day, meeting.end)
    topic = _topic(course, meeting, day)
    # A day without class still shows where and when it would have met: a move covering it ("in LHC 201 from
    # Feb 10") applies, not the weekly room.
    moved = next((c for c in changes if c.kind == "move" and c.covers(meeting, day)), None)
    was = (
        (
            course.at(day, moved.start or meeting.start),
            course.at(day, moved.end or meeting.end),
            _where(meeting, moved.room, moved.online),
        )
        if moved is not None
        else (start, end, meeting.where)
    )
    if no_class is not None:
        return Occurrence(meeting, *was, cancelled=True, note=f"no class: {no_class}")
    # A cancellation of the day wins over a move that covers it too (a ranged move listed before it).
    cancel = next((c for c in changes if c.kind == "cancel" and c.covers(meeting, day)), None)
    if cancel is not None:
        note = f"cancelled: {cancel.reason}" if cancel.reason else "cancelled"
        return Occurrence(meeting, *was, cancelled=True, note=note, topic=topic)
    if moved is not None:
        return Occurrence(meeting, *was, note=moved.reason or "moved", topic=topic)
    if topic is not None and topic.start is not None:  # the row's own time and place win over the meeting's
        return Occurrence(meeting, topic.start, topic.end or topic.start, _where(meeting, topic.room), topic=topic)
    if topic is not None and topic.room:
        return Occurrence(meeting, start, end, _where(meeting, topic.room), topic=topic)
    return Occurrence(meeting, start, end, meeting.where, topic=topic)


def exam_times(course: Course, exam: Exam, section: str | None = None) -> tuple[dt.datetime | None, dt.datetime | None]:
    """An exam's start and end: its own times, else (for an exam in class time) that day's class meeting."""
    start = course.at(exam.date, exam.time) if exam.time else None
    end = course.at(exam.date, exam.end) if exam.end else None
    if start is None and exam.during_class is True:
        held = [
            o for o in occurrences_between(course, exam.date, exam.date, section=section) if o.meeting.section is None
        ]
        if held:
            return held[0].start, held[0].end
    return start, end
