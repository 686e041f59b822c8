"""A schedule row whose day is one meeting of its own ("Field Trip 2: La Campana", a meeting of kind field trip held
on that one day, from 7:30 AM to 6:30 PM, leaving from Gate 2): the row shown with that meeting's time and place, so
"what time do we leave for the quarry" and "where do we meet for the trip" are answered from the row they name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.course.model import Course, ScheduleDay
from bot.course.occurrences import occurrences_between


def one_off_meeting(course: Course, row: ScheduleDay):
    """The one meeting of the row's kind the course holds on the row's day alone (a field trip, a poster session),
    or None when the row has a time or place of its own, or its kind meets on other days too (a weekly lecture)."""
    if row.start is not None or row.room:
        return None
    single = [m for m in course.meetings if m.kind == row.kind and m.first == m.last == row.date]
    if len(single) != 1 or not row.is_for(single[0].section):
        return None
    held = [o for o in occurrences_between(course, row.date, row.date, kind=row.kind) if o.meeting is single[0]]
    return held[0] if len(held) == 1 else None


def has_own_slot(course: Course, row: ScheduleDay, fact: str) -> bool:
    """Whether the row says the time (fact "meeting_time") or the place ("meeting_place") of its own, or its day is
    one meeting of its own."""
    own = row.start is not None if fact == "meeting_time" else bool(row.room)
    return own or one_off_meeting(course, row) is not None


def with_own_meetings(course: Course, rows: Sequence[ScheduleDay]) -> list[ScheduleDay]:
    """The rows, each whose day is one meeting of its own with that meeting's time and place."""
    out = []
    for row in rows:
        held = one_off_meeting(course, row)
        if held is None:
            out.append(row)
            continue
        room = held.where if held.meeting.room and held.meeting.room.lower() != "unknown" else ""
        out.append(replace(row, start=held.start, end=held.end, room=room))
    return out
