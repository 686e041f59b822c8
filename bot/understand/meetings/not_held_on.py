"""A meeting asked of one day it is not held ("what time is lecture on the day of midterm 1" when lectures meet MWF
and the midterm is a Thursday): the student sees that there is no such meeting that day (the day and what it is),
what is on that day instead, and when the meeting next meets, never the next meeting from today as that day's."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.answers.day_view import day_items
from bot.core.answer import Answer, text
from bot.core.timefmt import human_date
from bot.course.model import Course
from bot.course.occurrences import meetings_of
from bot.understand.meetings.class_days import next_held, of_kind


def not_held_on(
    course: Course, day: dt.date, kind: str | None, section: str | None, label: str, usual: Answer
) -> Answer:
    """ "No lecture on Thu Feb 19 (the day of Midterm 1)", that day's items, when the kind next meets, then its
    usual times (`usual`'s fields); `usual` itself when the kind is held that day or is any class. `label` names the
    day as asked ("the day of Midterm 1"), or "" for a plain date."""
    if kind in (None, "class"):
        return usual
    if not meetings_of(course, kind, section):
        # a kind the schedule lists by day ("Recitation 6"): not held when no row of it falls on that day
        rows = [r for r in course.schedule if of_kind(course, r, kind)]
        if not rows or any(r.date == day for r in rows):
            return usual
    name = course.kind_name(kind).lower()
    said = f"{human_date(day)} ({label})" if label and human_date(day) not in label else human_date(day)
    lines = [text(f"No: no {name} on {said}.")]
    that_day = day_items(course, day, section)
    if that_day:
        lines += [text(f"On {human_date(day)}:"), *that_day]
    after = next_held(course, day, kind, section)
    if after:
        lines.append(text(f"{after}."))
    # the kind's usual times (its card's fields), not its card's next meeting from today: the day asked is another
    usual_times = tuple(replace(f, lines=tuple(ln for ln in f.lines if ln[:1] != ("Next: ",))) for f in usual.fields)
    return Answer(
        title=f"{course.kind_name(kind, plural=True)} on {human_date(day)}", lines=tuple(lines), fields=usual_times
    )
