"""A count asked of a thing a schedule day only names ("how many boards do we need for the pin-up", "how many slides
are in the lsh lecture"): the schedule lists days and their topics, never how many of a thing they hold, so the days
are no answer to it. Counting the course's own meetings ("how many lectures on clustering", "how many days until the
midterm") is left to the answers that count them."""

from __future__ import annotations

import re

from bot.core.kept import Kept
from bot.core.word_forms import one_of
from bot.course.model import Course
from bot.understand.words.normalize import phrase_key

_HOW_MANY = re.compile(r"\bhow\s+many\s+((?:[\w'-]+\s*){1,3})")
# Words for meetings and spans of time in any course: counting these counts the schedule's own days.
_MEETING_WORDS = frozenset(
    {"class", "lecture", "session", "meeting", "lesson", "day", "week", "time", "hour", "minute", "period", "month"}
    | {"seminar", "tutorial", "lab", "section", "workshop", "studio", "visit", "trip", "review", "topic"}
)
_COUNTED: Kept[frozenset[str]] = Kept(64)


def _meeting_words(course: Course) -> frozenset[str]:
    """The course's own names for its meetings, with the general ones, in the singular."""

    def build() -> frozenset[str]:
        names = (n for k in course.meeting_kinds for n in (k.id.replace("_", " "), k.name, k.plural, *k.aliases))
        return _MEETING_WORDS | {one_of(w) for n in names for w in phrase_key(n)}

    return _COUNTED.get(course, "meeting words", build)


def count_not_listed(course: Course, question: str) -> str:
    """The words counted when "how many" asks of something other than the course's meetings or spans of time
    ("boards"), else ""."""
    found = _HOW_MANY.search(question.lower())
    if found is None:
        return ""
    counted = phrase_key(found.group(1))[:3]
    if not counted or any(one_of(w) in _meeting_words(course) for w in counted):
        return ""
    return found.group(1).split()[0]  # as typed ("examples"), not as respelled
