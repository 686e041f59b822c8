"""What became of one day's meeting ("what happened to the sep 24 lecture, was it cancelled or moved"): the schedule
says it was called off (and where it went), which answers the student before any rule on missing a meeting does."""

from __future__ import annotations

import re

from bot.course.model import Course
from bot.understand.meetings.class_days import called_off
from bot.understand.question.reading import Reading

# "what happened to", "was it cancelled", "did it get moved", "rescheduled", "postponed": the meeting's fate asked
_FATE = re.compile(
    r"\bwhat\s+happen(?:ed|s)?\s+(?:to|with)\b|\b(?:cancel+ed|moved|rescheduled|postponed|called\s+off)\b"
)


def asks_fate_of_called_off(course: Course, reading: Reading, question: str) -> bool:
    """Whether the question asks what became of a meeting on a day the schedule calls it off."""
    day = reading.time("day")
    if day is None or day.first is None or not _FATE.search(question.lower()):
        return False
    return bool(called_off(course, day.first, day.first, None, None))
