"""Schedule rows for some sections, told to a student of one of them: each row with that section's own time and
place ('Thu Oct 2 · Sprint 3 review · Studio S3: 10:00 AM – 11:50 AM · Rimu Hall 206'), not only its date."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answers.schedule import day_line
from bot.core.answer import Answer, Stamp, Text, text
from bot.course.model import Course, ScheduleDay
from bot.course.occurrences import held_for_row


def row_for_section(course: Course, row: ScheduleDay, section: str) -> Text:
    """The row with the meeting that holds it for `section` (its own, else everyone's); as day_line when none does
    or when the row's own time is in its line already."""
    if row.start is not None or not row.has_class:
        return day_line(row)
    held = [o for o in held_for_row(course, row.kind, row.date, row.sections) if o.section in (None, section)]
    held.sort(key=lambda o: o.section is None)  # the section's own meeting first
    if not held:
        return day_line(row)
    o = held[0]
    if o.cancelled:
        return text(*day_line(row), f" · {course.meeting_label(o.kind, o.section)}: not held ({o.note})")
    slot = (f" · {course.meeting_label(o.kind, o.section)}: ", Stamp(o.start, "t"), " – ", Stamp(o.end, "t"))
    return text(*day_line(row, with_slot=False), *slot, f" · {o.where}")


def rows_for_section_answer(course: Course, title: str, rows: Sequence[ScheduleDay], section: str) -> Answer:
    """Rows a student of `section` asked about, each at that section's time and place."""
    return Answer(title=title, lines=tuple(row_for_section(course, r, section) for r in rows))
