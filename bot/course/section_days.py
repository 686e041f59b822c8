"""Schedule rows for some sections only: each such row without its own time must fall on a day its sections meet."""

from __future__ import annotations

import datetime as dt

from bot.course.checked_toml import Problem
from bot.course.meetings import Meeting, MeetingChange, MeetingKind
from bot.course.model import ScheduleDay

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def row_kind_matches(kinds: tuple[MeetingKind, ...], row_kind: str, meeting_kind: str) -> bool:
    """A meeting holds a row of its own kind, or of a kind one of them counts as (a guest lecture, a lecture)."""
    counts = {k.id: k.counts_as for k in kinds}
    return row_kind == meeting_kind or counts.get(meeting_kind) == row_kind or counts.get(row_kind) == meeting_kind


def _meets(meeting: Meeting, day: dt.date, changes: tuple[MeetingChange, ...]) -> bool:
    weekly = meeting.first <= day <= meeting.last and day.weekday() in meeting.weekdays
    if weekly and meeting.meets_in_week_of(day):
        return True
    return any(c.kind == "extra" and c.meeting == meeting.id and c.first <= day <= c.last for c in changes)


def section_day_problems(
    schedule: tuple[ScheduleDay, ...],
    kinds: tuple[MeetingKind, ...],
    meetings: tuple[Meeting, ...],
    changes: tuple[MeetingChange, ...],
) -> list[Problem]:
    """A row for some sections, without a time of its own, on a day one of them has no meeting of its kind: its
    time would be a guess, so `coursebot check` asks for the row's own start and end."""
    out = []
    for row in schedule:
        if not row.sections or row.start is not None or not row.has_class:
            continue
        of_kind = [m for m in meetings if row_kind_matches(kinds, row.kind, m.kind)]
        if not of_kind:
            continue  # the page gives no times for this kind at all: the row is dated only, as any other
        for section in row.sections:
            held = [m for m in of_kind if m.section in (None, section) and _meets(m, row.date, changes)]
            if not held:
                weekday = _WEEKDAYS[row.date.weekday()]
                out.append(
                    Problem(
                        "schedule.toml",
                        f"day {row.date} ({row.title})",
                        "sections",
                        f"section {section} has no {row.kind_label.lower()} on {weekday} {row.date}: give the row "
                        "its own start and end (and room), or date it on that section's day",
                    )
                )
    return out
