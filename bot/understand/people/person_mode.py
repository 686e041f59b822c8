"""Whether a person's own sessions are online or in person: "is bia's friday session in person" is about her
sessions that weekday (help hours or the classes she takes), never the course's class meetings as a whole."""

from __future__ import annotations

import datetime as dt

from bot.course.model import Course


def person_online(course: Course, person_id: str, day: dt.date | None) -> bool | None:
    """True when every session of the person's (on the day's weekday, when a day is asked) is online only, False
    when every one is in person, None when they differ or there are none."""
    person = course.person(person_id)
    if person is None:
        return None
    weekday = day.weekday() if day is not None else None
    modes = {s.remote and not s.location for s in person.office_hours if weekday in (None, s.weekday)}
    for m in course.meetings:
        if person_id in m.staff and (weekday is None or weekday in m.weekdays):
            modes.add(bool(m.online) and not m.room)
    return modes.pop() if len(modes) == 1 else None
