"""Focused answers about one assignment's windows: extension requests, late submission, regrades."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from bot.answers.deadlines import resolve_assignments
from bot.core.answer import Answer, Stamp, text, when
from bot.course.model import Course
from bot.course.windows import after_due, extension_request_deadline, grace_applies, latest_accepted, regrade_closes


def extension_answer(course: Course, query: str, now: dt.datetime) -> Answer:
    """Until when an extension can be requested for an assignment, and how."""
    rules = course.extensions
    contact = rules.contact or "course staff"
    email = f" ({rules.contact_email})" if rules.contact_email else ""
    lines = []
    for item in resolve_assignments(course, query):
        ask_by = extension_request_deadline(course, item)
        if ask_by > now:
            lines.append(text(f"**{item.short}**: email {contact}{email} by ", *when(ask_by), "."))
        else:
            lines.append(
                text(
                    f"**{item.short}**: the {rules.notice_days}-day notice window closed ",
                    Stamp(ask_by, "F"),
                    ". In an emergency no notice is needed: email ",
                    f"{contact}{email} now.",
                )
            )
    lines.append(
        text(
            f"Extensions are generally not granted; ask as soon as you know of the conflict and at least "
            f"{rules.notice_days} days before the deadline."
        )
    )
    return Answer(title="Extension requests", lines=tuple(lines))


def late_answer(course: Course, query: str, now: dt.datetime) -> Answer:
    """How late an assignment can still be turned in, and what each day of lateness costs."""
    late = course.late
    lines = []
    for item in resolve_assignments(course, query):
        if not grace_applies(course, item):
            lines.append(text(f"**{item.short}** is due ", *when(item.due), ". Grace days do not apply to it."))
            continue
        day_one, last = after_due(item, 24), latest_accepted(course, item)
        lines.append(text(f"**{item.short}** is due ", *when(item.due), "."))
        penalty = f"{round((1 - late.penalty_credit) * 100)}% penalty"
        lines.append(text("• Up to ", Stamp(day_one, "F"), f": 1 grace day; with none left, a {penalty}."))
        if late.max_days_late >= 2:
            lines.append(
                text(
                    "• Up to ",
                    Stamp(last, "F"),
                    f": 2 grace days; with only 1 left, a {penalty}; with none, graded but no credit.",
                )
            )
        lines.append(text("• After that: not accepted without written permission from the Head TAs or Professors."))
    lines.append(
        text(
            f"Any lateness counts as a whole day; at most {course.grace.max_per_assignment} grace days per "
            f"assignment, {course.grace.total} in total."
        )
    )
    return Answer(title="Late submissions", lines=tuple(lines))


def regrade_answer(
    course: Course, query: str, now: dt.datetime, published: Mapping[str, dt.datetime] | None = None
) -> Answer:
    """When regrade requests close for an assignment (a week after grades are published, once known)."""
    days = course.regrades.window_days
    where = f" on {course.regrades.where}" if course.regrades.where else ""
    lines = []
    for item in resolve_assignments(course, query):
        at = (published or {}).get(item.id)
        if at is None:
            lines.append(
                text(
                    f"**{item.short}**: grades are not recorded as published yet. Requests open{where} then, "
                    f"for {days} days."
                )
            )
            continue
        closes = regrade_closes(course, at)
        verb = "closed" if closes <= now else "close"
        lines.append(text(f"**{item.short}**: grades published ", Stamp(at, "F"), f"; requests {verb} ", *when(closes)))
    return Answer(title="Regrade requests", lines=tuple(lines))
