"""'are there any extra office hours before the midterm', 'any extra doubt sessions before minor 2': only the
one-off sessions the page adds (its extra office-hours changes), not the weekly ones."""

from __future__ import annotations

import datetime as dt
import re

from bot.answers.office_hours import Session, session_line, sessions_between
from bot.core.answer import Answer, text
from bot.course.model import Course, Person
from bot.understand.answering import replies

_EXTRA = re.compile(r"\b(?:extra|additional|special|added|bonus)\b")
# "are there any extra ...", "r there additional ...", "any extra ...": whether there are some, a Yes or No; also
# asked after a story told first ("midterm 1 is in 3 weeks and i'm lost, is there any extra help before it")
_WHETHER = re.compile(r"(?:^|[,;.!?])\s*(?:is|are|r|will|do|does|any)\b")


def asks_extra(question: str) -> bool:
    """Whether the question asks for sessions beyond the usual ones."""
    return bool(_EXTRA.search(question.lower()))


def asks_whether(question: str) -> bool:
    """Whether the question asks if there are such sessions (answered Yes or No)."""
    return bool(_WHETHER.search(question.lower()))


def _is_extra(course: Course, session: Session) -> bool:
    day = session.start.date()
    return any(
        c.kind == "extra"
        and c.covers(session.person.id, day)
        and c.start == session.start.timetz().replace(tzinfo=None)
        for c in course.oh_changes
    )


def extra_sessions(
    course: Course,
    now: dt.datetime,
    first: dt.date,
    last: dt.date,
    label: str,
    yes_no: bool,
    person: Person | None = None,
    until: dt.datetime | None = None,
) -> Answer:
    """The extra sessions from first to last (one person's, if named) still to come, with Yes/No when asked so;
    the page decides. With `until` (an exam's start), those of its day that end by then count too."""
    if until is not None:
        last = max(last, until.astimezone(course.tz).date())
    found = [
        s
        for s in sessions_between(course, first, last, person=person)
        if s.end > now and _is_extra(course, s) and (until is None or s.end <= until)
    ]
    title = f"Extra {course.help_hours.in_text} {label}".strip()
    if not found:
        what = f"extra {course.help_hours.in_text} {label}".strip()
        said = f"The course page lists no {what}; the usual weekly ones still run."
        answer = Answer(title=title, lines=(text(said),))
        return replies.verdict(answer, False, "none on the course page.") if yes_no else answer
    lines = tuple(session_line(s) for s in found)
    answer = Answer(title=title, lines=lines)
    return replies.verdict(answer, True, f"{len(found)} on the course page.") if yes_no else answer
