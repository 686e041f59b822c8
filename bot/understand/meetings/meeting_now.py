"""Whether a class meeting is going on at this moment: "is there class right now", "are we in lecture rn", "is the lab
on now". The student sees Yes with the meeting that is on and when it ends, or No with what meets next (later today
or on the next day with class), from the meetings in the course data and the injected now, never guessed."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.timefmt import human_date, human_time
from bot.course.model import Course
from bot.course.occurrences import occurrences_between
from bot.understand.meetings.class_days import kind_label

# "now", "right now", "rn" (read as "right now"), "currently", "at the moment", closing the question or said before
# what is asked ("is class currently on"); "now that the break is over" is a clause, not this moment
_NOW = re.compile(
    r"\b(?:(?:right\s+)?now|currently|at\s+the\s+moment|as\s+we\s+speak)\s*[?!.]*\s*$"
    r"|\b(?:currently|right\s+now)\s+(?:on|going\s+on|happening|in\s+session|running|being\s+held)\b"
    r"|\b(?:on|going\s+on|happening|in\s+session)\s+(?:right\s+)?now\b(?!\s+that\b)"
)
# "is class cancelled now", "is lecture online now", "where is class now": something else asked of the meeting
_OTHER_ASKED = re.compile(
    r"\b(?:cancel\w*|called\s+off|moved|online|remote|zoom|in\s+person|room|where|still|instead|changed|over|done|"
    r"finished|ended|started|late|early)\b"
)
# how far ahead the next meeting is looked for when none is on
_AHEAD_DAYS = 14


def meeting_now_asked(question: str) -> bool:
    """Whether the question asks about this very moment ("is there class right now"), not a day or a time."""
    said = " ".join(question.lower().split())
    return bool(_NOW.search(said)) and not _OTHER_ASKED.search(said)


def meeting_now(course: Course, now: dt.datetime, kind: str | None, section: str | None) -> tuple[bool, str]:
    """Yes with the meeting on at `now` and when it ends; No with the next one of that kind (and section) to start,
    or that none is left within two weeks. `kind` None or "class": any class meeting."""
    wanted = None if kind in (None, "class") else kind
    today = now.astimezone(course.tz).date()
    ahead = occurrences_between(course, today, today + dt.timedelta(days=_AHEAD_DAYS), kind=wanted, section=section)
    held = [o for o in ahead if not o.cancelled]
    label = kind_label(course, kind or "class")
    on = [o for o in held if o.start <= now < o.end]
    if on:
        said = "; ".join(
            f"{course.meeting_label(o.kind, o.section)} is on until {human_time(o.end.astimezone(course.tz))}"
            + (f" ({o.where})" if o.where else "")
            for o in on
        )
        return True, f"{said}."
    later = [o for o in held if o.start > now]
    if not later:
        return False, f"no {label} right now, and none in the next {_AHEAD_DAYS} days."
    first = later[0]
    start = first.start.astimezone(course.tz)
    day = "today" if start.date() == today else human_date(start.date())
    meeting = course.meeting_label(first.kind, first.section)
    return False, f"no {label} right now; the next is {meeting} {day} at {human_time(start.time())}."
