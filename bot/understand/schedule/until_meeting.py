"""'what's due between now and the first field walk', 'anything due before the next lab': the days from today up to a
meeting of a kind the course names, its first of the term or the next one. Its day ends the span ("before" it: the
day before; "between now and", "until", "by" it: that day too), so the deadlines listed are the ones up to it, not the
work named like the meeting ("Field Notes 1 (Field Walk 1)")."""

from __future__ import annotations

import datetime as dt

from bot.core.timefmt import human_date
from bot.course.model import Course
from bot.course.occurrences import occurrences_between
from bot.understand.question.reading import Reading

_DAY = dt.timedelta(days=1)
# the words before "the first/next <kind>" that end a span at it, read backwards from the mention
_ENDING = {("before",): "before", ("until",): "until", ("till",): "until", ("by",): "by"}
_ENDING |= {("between", "now", "and"): "until", ("from", "now", "to"): "until", ("up", "to"): "until"}
_WHICH = frozenset({"first", "next", "1st"})


def span_until_meeting(course: Course, reading: Reading, now: dt.datetime) -> tuple[dt.date, dt.date, str] | None:
    """(today, the last day, how to say it) when the question ends a span at the first or the next meeting of a kind
    ("between now and the first field walk"), of the month named when one is ("the first lecture in november"), at the
    first section's when sections meet apart (and said so); None otherwise, or when that meeting is already past."""
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
        relation = _ENDING[said]
        held = occurrences_between(course, course.term_first, course.term_last, kind=m.ids[0])
        if which == "next":
            held = [o for o in held if o.start > now]
        # "the first lecture in november": the first one of the month named
        within = next((t for t in reading.times if t.kind == "range" and t.first and t.last), None)
        if within is not None:
            held = [o for o in held if within.first <= o.start.astimezone(course.tz).date() <= within.last]
        if not held:
            return None
        day = min(o.start for o in held).astimezone(course.tz).date()
        last = day - _DAY if relation == "before" else day
        if last < today:
            return None
        name = course.kind_name(m.ids[0]).lower()
        month = f" {within.label}" if within is not None and within.label else ""
        # each section meets on its own days: the span ends at the first of them, and says so
        sections = any(meeting.section for meeting in course.meetings if meeting.kind == m.ids[0])
        when = f"the first section meets {human_date(day)}" if sections else human_date(day)
        return today, last, f"{' '.join(said)} the {which} {name}{month} ({when})"
    return None
