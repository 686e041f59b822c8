"""When a topic starts ("do we start recursion next monday", "does the unit on optics begin on the 12th"): the first
of the days the schedule holds it, not any of them. The student sees No with the day it starts when a later day of
the topic is asked."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

_START = re.compile(r"\b(?:start|starts|starting|begin|begins|beginning|kick\s+off|kicks\s+off)\b")
# "start on time", "start working on it": the class's clock or the student's own work, not the topic's first day
_OTHER_START = re.compile(r"\bstart(?:s|ing)?\s+(?:at|on\s+time|late|early|working|writing|studying|reading)\b")


def start_asked(question: str) -> bool:
    """Whether the question asks when (or whether on a day) a topic starts."""
    said = " ".join(question.lower().split())
    return bool(_START.search(said)) and not _OTHER_START.search(said)


def first_day_other(asked_day: dt.date, days: Iterable[dt.date]) -> dt.date | None:
    """The topic's first day when it is not the day asked, else None."""
    first = min(days, default=None)
    return first if first is not None and first != asked_day else None
