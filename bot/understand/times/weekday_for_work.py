"""Which day a weekday means when a student names it about one piece of work: "if i submit the report at 1am
saturday", "can i hand ps4 in on monday", "i turned hw2 in thursday".

Students plan around the deadline, not around today: a weekday named about an assignment is the one at or right
after its due day. Only before the deadline, when the coming one falls a day or two before the due day, is the
coming one meant. Whichever is taken is said when there was a choice, and the coming one too when it was passed
over, so the answer can say both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.course.model import Course

_WEEK = dt.timedelta(days=7)
# A coming weekday at most this many days before the due day is the one meant ("hand it in thursday", due Friday).
_NEAR = 2


@dataclass(frozen=True)
class WeekdayDay:
    """The day taken, what to tell the student about that choice (empty when there was no choice), and the other
    day the words could mean when both are plausible."""

    day: dt.date
    assumed: str = ""
    other: dt.date | None = None


def _on_or_after(weekday: int, day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def weekday_for_work(
    course: Course, weekday: int, clock: dt.time | None, due: dt.datetime, now: dt.datetime, *, past: bool = False
) -> WeekdayDay:
    """The day a bare weekday (with a time of day, or none) means for work due at `due`, asked at `now`."""
    tz = course.tz
    due_day = due.astimezone(tz).date()
    today = now.astimezone(tz).date()
    name = f"{dt.date(2024, 1, 1 + weekday):%A}"  # 2024-01-01 was a Monday
    after = _on_or_after(weekday, due_day)  # at or right after the deadline: the due day itself counts
    before = after - _WEEK
    coming = _on_or_after(weekday, today)
    if clock is not None and coming == today and course.at(today, clock) < now:
        coming += _WEEK  # "at 1am saturday", asked Saturday at noon: the next one
    if past:
        # "i turned it in thursday": one that has happened, the one after the deadline if it has
        if after <= today:
            return WeekdayDay(after)
        if before <= today:
            return WeekdayDay(before, f"the {name} before it was due")
        return WeekdayDay(after)
    if now < due:
        if coming == after:
            return WeekdayDay(after)
        if (due_day - coming).days <= _NEAR:
            # "can i hand it in thursday", due Friday: the coming one
            return WeekdayDay(coming, f"the coming {name}, before it is due")
        # earlier than that, the one after the deadline is meant; the coming one is said too, in case
        return WeekdayDay(after, f"the {name} after the due date", coming)
    if coming == after:
        return WeekdayDay(after)
    return WeekdayDay(coming, f"the coming {name}")
