"""Time windows computed from the rules: extension requests, late acceptance, regrades (None when unknown)."""

from __future__ import annotations

import datetime as dt

from bot.course.late_policy import Cutoff
from bot.course.model import Assignment, Course


def extension_request_deadline(course: Course, item: Assignment) -> dt.datetime | None:
    """The last moment to ask for an extension: notice_days calendar days before the due time (course time).

    None when the course does not give a notice period (none needed, or the page does not say).
    """
    notice = course.extensions.notice_days
    if not isinstance(notice, int) or isinstance(notice, bool):
        return None
    local_due = item.due.astimezone(course.tz)
    return course.at(local_due.date() - dt.timedelta(days=notice), local_due.time())


def after_due(item: Assignment, hours: float) -> dt.datetime:
    """An instant `hours` of elapsed time after the due time (lateness is elapsed time, DST or not)."""
    return (item.due.astimezone(dt.UTC) + dt.timedelta(hours=hours)).astimezone(item.due.tzinfo)


def latest_accepted(course: Course, item: Assignment) -> dt.datetime | None:
    """After this, a submission is not accepted (without permission); None when the course states no cutoff.

    Work whose own rule takes no late work (quizzes, say) is not accepted after its due time."""
    late = course.late_for(item)
    cutoff = late.cutoff
    if late.status == "none":
        return item.due
    if not isinstance(cutoff, Cutoff):
        return None
    return after_due(item, cutoff.hours)


def regrade_closes(course: Course, published: dt.datetime) -> dt.datetime | None:
    """Regrade requests close window_days after grades are published (same wall-clock time); None if unknown."""
    days = course.regrades.window_days
    if not isinstance(days, int):
        return None
    local = published.astimezone(course.tz)
    return course.at(local.date() + dt.timedelta(days=days), local.time())


def grace_applies(course: Course, item: Assignment) -> bool:
    """Whether the course's late pool (grace days, slip days...) covers this assignment."""
    return course.late.pool_covers(item.id, item.kind)


def not_accepted_late(course: Course, item: Assignment) -> bool:
    """Whether this work is not accepted late by a rule of its own (the course takes other late work)."""
    late = course.late_for(item)
    return late.own_rule and late.status == "none"
