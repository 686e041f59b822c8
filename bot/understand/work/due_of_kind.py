"""A deadline question naming work by a word its meetings use too ("which labs are due in april", "the last lab",
where Lab 1 to 10 are work and labs are meetings): read as the deadlines of that work, not the meetings' policy."""

from __future__ import annotations

from collections.abc import Sequence

from bot.course.model import Course
from bot.understand.choosing.intents import Intent
from bot.understand.late.late_kind import work_of_kind_named
from bot.understand.question.reading import Reading
from bot.understand.work.confirm_due import states_due_time

# Readings of deadlines a question about due work may mean, most specific first.
_DUE_READINGS = ("due_soon", "next_due", "assignment_due")
# "which labs are due": a list; "the last lab", "the next lab": one of them.
_ONE_OF = frozenset({"last", "next", "first", "final"})
# Words that ask WHEN work is due: "how do i submit homework" carries the due cue too, but asks how, not when.
_ASKS_WHEN = frozenset({"due", "deadline", "deadlines", "when", "whens", "wen"})


def due_of_kind(course: Course, reading: Reading, best: str, rivals: Sequence[tuple[float, Intent]]) -> str | None:
    """The deadline reading a question read as a policy or topic asks for, when it asks when work named by its kind
    is due ("which labs are due in april") and the table offers that reading; None otherwise."""
    named = any(m.kind == "assignment" for m in reading.mentions)  # "after hw5": hw5's kind is not the one asked
    if best not in ("policy", "topic") or "due" not in reading.cues or named:
        return None
    if reading.yes_no:
        # "is the lab due tomorrow": the deadlines of that day decide, never a policy's claim ("labs are required")
        asks_day = reading.time("day", "moment", "range") is not None and "due" in reading.tokens
        return "due_soon" if asks_day and work_of_kind_named(course, reading.text) else None
    if not _ASKS_WHEN & set(reading.tokens):
        return None
    offered = {intent.name for _, intent in rivals}
    if not work_of_kind_named(course, reading.text):
        return None
    if _ONE_OF & set(reading.tokens) and "next_due" in offered:
        return "next_due"
    return next((name for name in _DUE_READINGS if name in offered), None)


def one_due_that_day(course: Course, reading: Reading, best: str) -> str | None:
    """The one piece of work of the kind named that is due on the day named ("the lab due this sunday, is that
    midnight?"), for a question read as a policy or topic, or as that day's deadlines when it states a due time
    ("the quiz due friday, is it at 5?"); None when none or several are, or one is named."""
    day = reading.time("day", "moment")
    if not (best in ("policy", "topic") or (best == "due_soon" and states_due_time(reading.text))):
        return None
    if "due" not in reading.cues or day is None or day.first is None or not _ASKS_WHEN & set(reading.tokens):
        return None
    if any(m.kind == "assignment" for m in reading.mentions):
        return None
    due = [a for a in work_of_kind_named(course, reading.text) if a.due.astimezone(course.tz).date() == day.first]
    return due[0].id if len(due) == 1 else None
