"""A kind of meeting named by its start time ("where does the 1:30 lecture meet", "who teaches the 9am section"): of
a kind held at several times, each by its own section, the one that starts then. A clock read without am or pm
matches either half of the day, as students write "the 1:30 lecture" of one at 13:30."""

from __future__ import annotations

import datetime as dt

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
    at = [m for m in meetings if m.start.minute == clock.minute and m.start.hour % 12 == clock.hour % 12]
    sections = {m.section for m in at}
    return sections.pop() if len(sections) == 1 and None not in sections else None
