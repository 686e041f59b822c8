"""A topic the schedule holds on several days, one for each section ("Studio 9: presentations" on Wed, Thu and Fri),
asked by a student who names their section ("im in sg4 when do we present"): the days their section meets for it,
with its time and room, not every section's day."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answers.day_view import meetings_between
from bot.core.answer import Answer
from bot.course.model import Course, ScheduleDay
from bot.course.occurrences import occurrences_between


def topic_for_section(course: Course, rows: Sequence[ScheduleDay], section: str, label: str) -> Answer | None:
    """The rows held on a day the section's own meeting of the row's kind falls on, each with that meeting; None when
    the section has no meeting on any of them, or on all of them (nothing to choose)."""
    own = [
        r
        for r in rows
        if r.kind
        and any(
            o.meeting.section == section
            for o in occurrences_between(course, r.date, r.date, kind=r.kind, section=section, include_cancelled=True)
        )
    ]
    if not own or len(own) == len(rows):
        return None
    lines = [line for r in own for line in meetings_between(course, r.date, r.date, r.kind, section).lines]
    return Answer(title=f"“{label}” for {course.section_label(section)}", lines=tuple(lines))
