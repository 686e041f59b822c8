"""'can i catch the prof monday right after lecture': the time a student would come, said by a class meeting of
that day ("right after lecture", "before lab"), as the span of the day it means, so office hours are looked for then.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.course.model import Course
from bot.course.occurrences import occurrences_between
from bot.understand.words.normalize import phrase_key

_AROUND = re.compile(
    r"\b(?:(right|immediately|straight|just|directly)\s+)?(after|before)\s+"
    r"(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+|your\s+)?([a-z]+)"
)
# How long "right after" and "right before" a meeting reach.
_SOON = dt.timedelta(minutes=30)
_ANY_MEETING = frozenset({"class", "classes"})


def _kind_of(course: Course, word: str) -> str | None:
    """The course's kind of meeting a word names ("lecture", "lec", "labs"); "" for any class; None for none."""
    if word in _ANY_MEETING:
        return ""
    for kind in course.meeting_kinds:
        if word in {w for n in (kind.id, kind.name, kind.plural, *kind.aliases) for w in phrase_key(n)}:
            return kind.id
    return None


def span_around_meeting(course: Course, question: str, day: dt.date) -> tuple[dt.datetime, dt.datetime] | None:
    """The span of the day a question names by a meeting held that day: from its end (to 30 minutes on, or the day's
    end) for "(right) after lecture", up to its start for "(right) before lab"; None when the question names no
    meeting so, or none of that kind is held that day."""
    found = _AROUND.search(" ".join(question.lower().split()))
    kind = _kind_of(course, found.group(3)) if found else None
    if found is None or kind is None:
        return None
    held = [o for o in occurrences_between(course, day, day, kind=kind or None) if not o.cancelled]
    if not held:
        return None
    soon, after = bool(found.group(1)), found.group(2) == "after"
    start_of_day = dt.datetime.combine(day, dt.time(0), tzinfo=course.tz)
    if after:
        end = held[0].end
        return end, end + _SOON if soon else start_of_day + dt.timedelta(days=1)
    start = held[0].start
    return (start - _SOON if soon else start_of_day), start
