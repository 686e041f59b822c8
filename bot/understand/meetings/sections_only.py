"""A day on which only some sections meet ("is there class on tue nov 10" where no lecture is held and the
problem-solving classes P1 and P2 meet), asked by a student whose section is not known: the Yes or No agrees with what
the day lists. The sections' meetings are "class" only when the course calls their kind so ("Problem-solving class"):
then Yes, naming which meet and when; a kind it calls otherwise ("Discussion section") is no class: No, saying which
sections meet."""

from __future__ import annotations

import datetime as dt

from bot.answers.day_view import replaced_by_exam
from bot.core.timefmt import human_date, human_time
from bot.course.model import Course
from bot.course.occurrences import occurrences_between


def sections_only(course: Course, day: dt.date, *, any_meeting: bool = False) -> tuple[bool, str] | None:
    """Whether there is class on a day when only some sections meet (Yes when the course calls their kind a class, or
    when any meeting was asked: "do we have anything tomorrow"), with which meet and when; None when no section meets
    that day."""
    found = [
        o for o in occurrences_between(course, day, day, kind=None) if o.section and replaced_by_exam(course, o) is None
    ]
    if not found:
        return None
    said = ", ".join(
        f"{course.meeting_label(o.kind, o.section)} at {human_time(o.start.astimezone(course.tz))}" for o in found
    )
    called_class = all("class" in course.kind_name(o.kind).lower().split() for o in found)
    if called_class:
        return True, f"{said} (each for its own section)."
    if any_meeting:
        return True, f"only these sections meet: {said}."
    return False, f"no class on {human_date(day)}; only these sections meet: {said}."
