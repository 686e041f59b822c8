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
    next meeting of a kind ("between now and the first site visit"), of the month named when one is ("the first lecture
    in november"); where each section meets apart, the student's own section's, or else the first section's (and said
    so); None otherwise, or when that meeting has begun."""
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
        apart = any(meeting.section for meeting in course.meetings if meeting.kind == m.ids[0])
        own = section if apart else None  # each section meets on its own days: the student's own when known
        held = occurrences_between(course, course.term_first, course.term_last, kind=m.ids[0], section=own)
        if which == "next":
            held = [o for o in held if o.start > now]
        # "the first lecture in november": the first one of the month named
        within = next((t for t in reading.times if t.kind == "range" and t.first and t.last), None)
        if within is not None:
            held = [o for o in held if within.first <= o.start.astimezone(course.tz).date() <= within.last]
        if not held:
            return None
        start = min(o.start for o in held)
        if start <= now:
            return None
        day = start.astimezone(course.tz).date()
        name = course.kind_name(m.ids[0]).lower()
        month = f" {within.label}" if within is not None and within.label else ""
        when = human_datetime(start, course.tz)
        when = f"the first section meets {when}" if apart and own is None else when  # whose meeting ends it, said
        return today, day, f"{' '.join(said)} the {which} {name}{month} ({when})", start
    return None
