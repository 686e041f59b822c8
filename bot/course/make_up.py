"""The make-up of a weekly meeting that is not held (a holiday, a cancellation): the same section's meeting of the same
kind held within the following week on a day it does not usually meet ("TD 1 is made up on Tue Mar 30, 6:00 PM"),
read from the course's own rows and changes, never guessed."""

from __future__ import annotations

import datetime as dt

from bot.course.model import Course
from bot.course.occurrences import Occurrence, occurrences_between

_WITHIN_DAYS = 7


def make_up_of(course: Course, missed: Occurrence) -> Occurrence | None:
    """The meeting held in place of `missed` when it is cancelled: the first of its kind and section in the week after,
    on a weekday the meeting does not usually use; None when it is held or the page lists none."""
    if not missed.cancelled:
        return None
    day = missed.start.astimezone(course.tz).date()
    later = occurrences_between(
        course,
        day + dt.timedelta(days=1),
        day + dt.timedelta(days=_WITHIN_DAYS),
        kind=missed.kind,
        section=missed.section,
    )
    usual = set(missed.meeting.weekdays)
    return next((o for o in later if o.start.astimezone(course.tz).weekday() not in usual), None)
