"""Time windows computed from the rules: extension requests, late acceptance, regrades."""

from __future__ import annotations

import datetime as dt

from bot.course.model import Assignment, Course


def extension_request_deadline(course: Course, item: Assignment) -> dt.datetime:
    """The last moment to email for an extension: notice_days calendar days before the due time (course time)."""
    local_due = item.due.astimezone(course.tz)
    return course.at(local_due.date() - dt.timedelta(days=course.extensions.notice_days), local_due.time())


def after_due(item: Assignment, hours: float) -> dt.datetime:
    """An instant `hours` of elapsed time after the due time (lateness is elapsed time, DST or not)."""
    return (item.due.astimezone(dt.UTC) + dt.timedelta(hours=hours)).astimezone(item.due.tzinfo)


def latest_accepted(course: Course, item: Assignment) -> dt.datetime:
    """After this, a submission is not accepted without written permission."""
    return after_due(item, 24 * course.late.max_days_late)


def regrade_closes(course: Course, published: dt.datetime) -> dt.datetime:
    """Regrade requests close window_days after grades are published (same wall-clock time)."""
    local = published.astimezone(course.tz)
    return course.at(local.date() + dt.timedelta(days=course.regrades.window_days), local.time())


def grace_applies(course: Course, item: Assignment) -> bool:
    return item.grace_days and item.kind in course.grace.applies_to
