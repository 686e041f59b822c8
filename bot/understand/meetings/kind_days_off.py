"""The days a kind of meeting is not held in a span ("which days in march have no recitation", "any weeks in june
without a plenary"): each day it would meet and does not (a holiday, a break, a cancellation, an exam in its slot),
with why and, when only some sections lose it, whose; never the days it does meet. With Yes or No first when asked
whether there are any."""

from __future__ import annotations

import datetime as dt

from bot.answers.day_view import replaced_by_exam
from bot.core.answer import Answer, text
from bot.core.timefmt import human_date
from bot.course.model import Course
from bot.course.occurrences import Occurrence, meetings_of, occurrences_between
from bot.understand.answering import replies


def _why(course: Course, o: Occurrence) -> str:
    """ "Spring break", "cancelled: staff retreat", "Midterm 1 instead": why the meeting is not held."""
    exam = replaced_by_exam(course, o) if not o.cancelled else None
    if exam is not None:
        return f"{exam.title} instead"
    return o.note.removeprefix("no class: ").removeprefix("cancelled: ") or "cancelled"


def kind_days_off(
    course: Course, kind: str, first: dt.date, last: dt.date, label: str, *, yes_no: bool
) -> Answer | None:
    """The days from first to last the kind's weekly meetings are not held, or None for a kind without weekly meetings
    (the schedule's days off answer it)."""
    if not meetings_of(course, kind):
        return None
    every = len(meetings_of(course, kind))
    by_day: dict[dt.date, list[Occurrence]] = {}
    for o in occurrences_between(course, first, last, kind=kind, include_cancelled=True):
        if o.cancelled or replaced_by_exam(course, o) is not None:
            by_day.setdefault(o.start.astimezone(course.tz).date(), []).append(o)
    lines = []
    for day, off in sorted(by_day.items()):
        whys = " / ".join(dict.fromkeys(_why(course, o) for o in off))
        # only some sections lose it that day (the others meet on other days, or that day as usual): whose
        whom = (
            "" if len(off) >= every else f" ({', '.join(course.section_label(o.section or o.meeting.id) for o in off)})"
        )
        lines.append(f"{human_date(day)} · {whys}{whom}")
    name, plural = course.kind_name(kind).lower(), course.kind_name(kind, plural=True).lower()
    said = lines or [f"Every {name} {label} is held."]
    answer = Answer(title=f"Days without {plural}, {label}", lines=tuple(text(line) for line in said))
    if not yes_no:
        return answer
    count = f"{len(lines)} day{'s' if len(lines) != 1 else ''} {label}:"
    return replies.verdict(answer, bool(lines), count if lines else f"none {label}.")
