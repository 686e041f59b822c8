"""An extension's new due time: a day typed without a time takes the assignment's own time of day, and a time
outside the term, or not after the assignment's own due time, is refused with the reason."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.wall_clock import skipped, skipped_message
from bot.course.model import Assignment, Course

_MIDNIGHT = re.compile(r"midnight|\b12\s*(?::\s*00\s*)?a\.?m\b|\b0?0:00\b", re.IGNORECASE)


def names_midnight(phrase: str) -> bool:
    """Whether a typed time says midnight itself ('midnight', '12am', '00:00'), rather than leaving the time out."""
    return bool(_MIDNIGHT.search(phrase))


def due_on_day(course: Course, item: Assignment, day: dt.date) -> dt.datetime:
    """The assignment's own due time of day (course time) on another day: 'Feb 23' means due Feb 23 as usual."""
    return course.at(day, item.due.astimezone(course.tz).time())


def extension_refusal(course: Course, item: Assignment, due: dt.datetime, *, in_force: bool) -> str | None:
    """Why `due` cannot be an extension of `item` (None when it can). `in_force`: the student already has an
    extension on it, which a grant on or before the own due time would not correct but take back."""
    if skipped(due.astimezone(course.tz)):
        return skipped_message("That new due time", due.astimezone(course.tz))
    day = due.astimezone(course.tz).date()
    if not course.term_first <= day <= course.term_last:
        return (
            f"{day:%a %b %d %Y} is outside {course.term} ({course.term_first:%b %d} to {course.term_last:%b %d %Y}): "
            "an extension's new due time must fall within the term."
        )
    if due.astimezone(dt.UTC) <= item.due.astimezone(dt.UTC):
        if in_force:
            return (
                f"That is not after {item.short}'s own due time. To take back the extension in force, use "
                "/gracedays revoke; nothing was changed."
            )
        return f"The new due time must be after {item.short}'s own due time; nothing was granted."
    return None
