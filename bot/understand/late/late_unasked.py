"""A what-if on a course whose late pool is used only on request: what the lateness costs when the student does not
ask for the pool, beside what it costs when they do ("10 h late → covered by grace extension hours" alone hides the
5% lost by anyone who never filled in the request)."""

from __future__ import annotations

import datetime as dt

from bot.answers.late_terms import credit_words, status_words
from bot.course.model import Assignment, Course
from bot.grace.engine import what_if


def unasked_line(course: Course, item: Assignment, moment: dt.datetime, left: float) -> str | None:
    """ "Without asking for grace extension hours: 5% penalty (minus 5% of the points)." when the pool is used on
    request, would cover this lateness and the outcome without it differs; None otherwise."""
    pool = course.late.pool
    if pool is None or pool.applied != "request" or left <= 0:
        return None
    asked = what_if(course, item.id, moment, left)
    if not asked.grace_days:
        return None
    bare = what_if(course, item.id, moment, 0)
    if bare.status == asked.status and bare.credit == asked.credit:
        return None
    return f"Without asking for {pool.plural}: {status_words(course, bare)} ({credit_words(bare)})."
