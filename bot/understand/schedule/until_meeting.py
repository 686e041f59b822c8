"""'what's due between now and the first site visit', 'anything due before the next lab': the time from now up to a
meeting of a kind the course names, its first of the term or the next one. The meeting's start ends the span ("before",
"between now and", "until", "by" it alike), so the deadlines listed are the ones up to it: work due at 9 AM on the
lab's day is due before a 2 PM lab, work due that night is not; and never the work named like the meeting ("Visit
Report 1 (Site Visit 1)")."""

from __future__ import annotations

import datetime as dt

from bot.core.timefmt import human_datetime
from bot.course.model import Course
from bot.course.occurrences import occurrences_between
from bot.understand.question.reading import Reading

# the words before "the first/next <kind>" that end a span at it, read backwards from the mention
_ENDING = (("before",), ("until",), ("till",), ("by",), ("between", "now", "and"), ("from", "now", "to"), ("up", "to"))
_WHICH = frozenset({"first", "next", "1st"})


def span_until_meeting(
    course: Course, reading: Reading, now: dt.datetime, section: str | None = None
) -> tuple[dt.date, dt.date, str, dt.datetime] | None:
    """(today, the meeting's day, how to say it, the meeting's start) when the question ends a span at the first or the
    next meeting of a kind ("between now and the first site visit"), the student's own section's where each section
    meets apart; None otherwise, or when that meeting has begun."""
    tokens = reading.tokens
    today = now.astimezone(course.tz).date()
    for m in reading.mentions:
        if m.kind != "kind" or m.start < 2:
            continue
        at = m.start - 1
        if tokens[at] not in _WHICH:
            continue
        which = "first" if tokens[at] in ("first", "1st") else "next"
        at -= 1 if tokens[at - 1] in ("the", "our", "my") else 0
        said = next((words for words in _ENDING if tuple(tokens[max(0, at - len(words)) : at]) == words), None)
        if said is None:
            continue
        own = None
        if any(meeting.section for meeting in course.meetings if meeting.kind == m.ids[0]):
            if section is None:
                return None  # each section meets on its own days: whose meeting ends the span is not said
            own = section
        held = occurrences_between(course, course.term_first, course.term_last, kind=m.ids[0], section=own)
        if which == "next":
            held = [o for o in held if o.start > now]
        if not held:
            return None
        start = held[0].start
        if start <= now:
            return None
        day = start.astimezone(course.tz).date()
        name = course.kind_name(m.ids[0]).lower()
        return today, day, f"{' '.join(said)} the {which} {name} ({human_datetime(start, course.tz)})", start
    return None
