"""'is dr okafor's office hour next tuesday still on' when it is cancelled: the other sessions the page gives that
person in the same week, outside their weekly ones (an extra one on the Monday before, a moved one on the Thursday),
which a student who finds theirs off wants to know of, shown beside the No."""

from __future__ import annotations

import datetime as dt

from bot.answers.office_hours import Session, sessions_between
from bot.course.model import Course, Person


def sessions_in_place_of(course: Course, who: Person, day: dt.date, now: dt.datetime) -> list[Session]:
    """The person's sessions still to come in the week (Monday to Sunday) of a day whose own session is off, on
    another day and not at one of their weekly slots: an extra or a moved session that week."""
    monday = day - dt.timedelta(days=day.weekday())
    weekly = {(slot.weekday, slot.start) for slot in who.office_hours}
    out = []
    for session in sessions_between(course, monday, monday + dt.timedelta(days=6), person=who):
        start = session.start.astimezone(course.tz)
        if start.date() != day and (start.weekday(), start.time()) not in weekly and session.end > now:
            out.append(session)
    return out
