"""A yes/no on a schedule topic with a time typed ("is the guest lecture at 3pm"): Yes only when a meeting that holds
it starts then, No with the time it does start, and no verdict when the page gives its day but not its time."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.core.answer import Answer, text
from bot.core.timefmt import human_date, human_time
from bot.course.model import Course, ScheduleDay
from bot.course.occurrences import held_for_row
from bot.understand.answering import replies


def topic_at_time(course: Course, rows: list[ScheduleDay], clock: dt.time, answer: Answer) -> Answer:
    """The topic's answer opening with whether it starts at `clock` (moves of its meeting applied)."""
    starts: list[tuple[dt.date, dt.time]] = []
    for row in rows:
        held = [o for o in held_for_row(course, row.kind, row.date, row.sections) if not o.cancelled]
        starts += [(row.date, o.start.astimezone(course.tz).time()) for o in held]
    if not starts:
        days = ", ".join(human_date(r.date) for r in rows)
        said = text(f"It is on {days}; the course page does not give its start time.")
        return replace(answer, lines=(said, *answer.lines))
    if any(start == clock for _, start in starts):
        days = ", ".join(dict.fromkeys(human_date(d) for d, start in starts if start == clock))
        return replies.verdict(answer, True, f"it starts at {human_time(clock)} on {days}.")
    said = "; ".join(dict.fromkeys(f"on {human_date(d)} it starts at {human_time(start)}" for d, start in starts))
    return replies.verdict(answer, False, f"{said}.")
