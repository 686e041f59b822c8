"""A kind of meeting named by its start time ("where does the 1:30 lecture meet", "who teaches the 9am section"): of
a kind held at several times, each by its own section, the one that starts then. A clock read without am or pm
matches either half of the day, as students write "the 1:30 lecture" of one at 13:30."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.timefmt import human_time
from bot.course.model import Course
from bot.course.occurrences import meetings_of


def section_at_clock(course: Course, kind: str | None, clock: dt.time) -> str | None:
    """The one section whose meeting of the kind starts at that time, when the kind's meetings start at different
    times; None otherwise (one time for all, none at that time, or several sections then)."""
    if kind in (None, "class"):
        return None
    meetings = meetings_of(course, kind)
    if len({m.start for m in meetings}) < 2:
        return None
    at = [m for m in meetings if same_clock(m.start, clock)]
    sections = {m.section for m in at}
    return sections.pop() if len(sections) == 1 and None not in sections else None


def starts_at_clock(
    course: Course, kind: str | None, clock: dt.time, section: str | None = None, *, either_half: bool = True
) -> tuple[bool, str] | None:
    """ "is lecture at 11", "does the lab start at 2pm": Yes when every meeting of the kind (the section's, when one
    is given) starts at that time, No when none does; None when some do and some do not (it depends on the section),
    or the course lists no such meeting; with the start times the course gives. `either_half`: the clock was said
    without am or pm."""
    meetings = meetings_of(course, None if kind == "class" else kind, section)
    if not meetings:
        return None
    at = [m for m in meetings if same_clock(m.start, clock) and (either_half or m.start.hour == clock.hour)]
    if at and len(at) < len(meetings):
        return None
    starts = " and ".join(dict.fromkeys(human_time(m.start) for m in meetings))
    return bool(at), f"they start at {starts}."


def same_clock(start: dt.time, clock: dt.time) -> bool:
    """A start time read against a clock said with or without am or pm ("11" is 11:00 or 23:00)."""
    return start.minute == clock.minute and start.hour % 12 == clock.hour % 12


# "is lecture at 11", "does lab start at 2?": an hour typed without am or pm, the question's last words
_BARE_AT = re.compile(r"\b(?:at|@)\s+(\d{1,2})(?::(\d{2}))?\s*(?:o'?clock)?\s*(?:right|then)?\s*[?!.]*\s*$")


def bare_clock_asked(question: str) -> dt.time | None:
    """The hour a yes/no question about a meeting ends on, typed with no am or pm ("is lecture at 11"), which the time
    reader leaves unread (a bare number); None when it ends on no such hour."""
    found = _BARE_AT.search(question.lower())
    if found is None or not 1 <= int(found.group(1)) <= 12 or int(found.group(2) or 0) > 59:
        return None
    return dt.time(int(found.group(1)), int(found.group(2) or 0))


# a clock time typed with am or pm ("7pm", "10:30 a.m."), or a part of the day ("in the evening", "at noon")
_CLOCK_OR_PART = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|\b\d{1,2}:\d{2}\b|\b(?:morning|afternoon|evening|night|noon|midnight)s?\b"
)


def names_a_clock(question: str) -> bool:
    """Whether a question names a time of day ("does the midterm review start at 7", "is it at 5pm", "is the review in
    the evening"): something found on the schedule that day does not settle a Yes or No to it."""
    return bare_clock_asked(question) is not None or _CLOCK_OR_PART.search(question.lower()) is not None
