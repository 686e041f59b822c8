"""Class meetings expanded into dated occurrences: weekly patterns, minus days without class and cancellations,
with moves and extra meetings applied, and each occurrence's topic from the schedule."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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


def held_for_row(course: Course, kind: str, day: dt.date) -> list[Occurrence]:
    """The meetings that hold a schedule row of `kind` on its date (its kind, or one counting as it, either way):
    the one for everyone, or the sections' own, each at its own time."""
    return [
        o
        for o in occurrences_between(course, day, day)
        if kind_matches(course, kind, o.kind) or kind_matches(course, o.kind, kind)
    ]


def meetings_of(course: Course, kind: str | None = None, section: str | None = None) -> list[Meeting]:
    """Weekly meetings of a kind (and for a section: its own plus those for everyone)."""
    return [
        m
        for m in course.meetings
        if kind_matches(course, m.kind, kind) and (section is None or m.section in (None, section))
    ]


def occurrences_between(
    course: Course,
    first: dt.date,
    last: dt.date,
    *,
    kind: str | None = None,
    section: str | None = None,
    include_cancelled: bool = False,
) -> list[Occurrence]:
    """Every meeting from first to last (inclusive, course dates), in time order."""
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
    out.sort(key=lambda o: (o.start.astimezone(dt.UTC), o.meeting.section or "", o.meeting.id))
    return out


def _in_break_week(course: Course, meeting: Meeting, day: dt.date) -> str | None:
    """The title of the break week the day falls in, when it names the meeting's kind or no kind at all."""
    title, kinds = course.break_weeks.get(day, (None, frozenset()))
    if title is None or (kinds and not any(kind_matches(course, meeting.kind, k) for k in kinds)):
        return None
    return title


def _where(meeting: Meeting, room: str = "", online: str = "") -> str:
    if not room and not online:
        return meeting.where
    places = [p for p in (room, f"online: {online}" if online else "") if p]
    return " and ".join(places)


def _topic(course: Course, meeting: Meeting, day: dt.date) -> ScheduleDay | None:
    return next((d for d in course.days_on(day) if kind_matches(course, d.kind, meeting.kind)), None)


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
