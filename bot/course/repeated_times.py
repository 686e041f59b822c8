"""Times in the course data the clocks pass twice (1:30 AM on a fall-back night): legal, since a deadline there is
still one instant (the first passing, as everywhere in the bot), but worth a warning from `coursebot check`, which
says which instant is used and how to avoid the doubt."""

from __future__ import annotations

import datetime as dt

from bot.core.timefmt import human_date, human_time
from bot.core.wall_clock import repeated
from bot.course.model import Course


def repeated_time_warnings(course: Course) -> list[str]:
    """One line per due time or exam start the clocks pass twice: file, item, field, the instant used."""
    found: list[tuple[str, str, str, dt.datetime]] = []
    for item in course.assignments:
        found.append(("assignments.toml", f"assignment '{item.id}'", "due", item.due))
    for exam in course.exams:
        if exam.time is not None:
            found.append(("exams.toml", f"exam '{exam.id}'", "time", course.at(exam.date, exam.time)))
    return [_warning(*where) for where in found if repeated(where[3].astimezone(course.tz))]


def _warning(file: str, item: str, field: str, moment: dt.datetime) -> str:
    first = moment.replace(fold=0)
    second = moment.replace(fold=1)
    return (
        f"{file}: {item}, field '{field}': {human_time(moment.time())} on {human_date(moment.date())} happens twice "
        f"(the clocks go back that night); the first one is used ({first.tzname()}, not {second.tzname()}). "
        "To avoid the doubt, give a time outside the repeated hour."
    )
