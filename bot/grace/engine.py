"""Grace-day accounting: how late each assignment was, how many grace days it took, and what credit is left.

The numbers come from the course data (`course.grace`, `course.late`); nothing about 10-605 is written here.
What a student sees, per assignment: how many hours late it was, how many grace days it used, the credit it
can still earn (1.0, the penalty credit, or the after-penalty credit) and a status:

- "on-time": submitted by the due time (exactly on time counts).
- "grace": late, and grace days covered all of it.
- "penalty": late, and what grace days did not cover is within the penalty window (e.g. 50% credit).
- "no-credit": late beyond the penalty window after grace days: graded, but no credit.
- "not-accepted": more than `max_days_late` days late without written permission: no credit, no grace days.
- "missing": nothing submitted: no credit, no grace days.

Decisions on what the policy text leaves open (each pinned by a test):

- Lateness is elapsed time (both instants compared in UTC), so the DST change does not add or remove an hour.
- An assignment's lateness is the largest lateness of any of its parts; a part counts if it has a submission
  time or a lateness. It is "missing" only when no part was submitted.
- A Gradescope lateness duration is taken as measured from the course's due time. When a part has both a
  lateness and a submission time, the lateness is used (it is what Gradescope computed).
- An extension replaces the due time for that student; with only a lateness duration, the lateness is reduced
  by how far the extension moved the due time. Record an extension in one place only (bot or Gradescope).
- Permission for late work only lifts the "not accepted" cut-off. The submission is then treated like any
  other: grace days still apply up to the per-assignment cap, and what they leave uncovered follows the
  penalty rules (so 3 days late with permission and 2 grace days: 24 h uncovered, the penalty credit).
  To excuse lateness entirely, staff record an extension instead.
- Assignments that take no grace days (the mini-project and its survey here, decided by `grace_applies`)
  follow the same rules with no grace days: up to the penalty window late earns the penalty credit, up to
  `max_days_late` days late earns the after-penalty credit, later is not accepted.
- Grace days are used greedily in due order (ties: the order of the course data) and are spent even when
  they only reduce a penalty, as the policy says ("applied greedily"): min(days late, cap, days left).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from bot.core.errors import UserError
from bot.course.model import Assignment, Course
from bot.course.windows import grace_applies

STATUSES = ("on-time", "grace", "penalty", "no-credit", "not-accepted", "missing")
GRANT_KINDS = ("extension", "permission")
DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Submission:
    """One submitted part (or the whole) of an assignment, from either source.

    From submission times: one Submission per part with `submitted_at` (an aware datetime).
    From a Gradescope export: `lateness`, the "Lateness (H:M:S)" value, optionally with `submitted_at` too.
    Neither given means this part was not submitted. Several Submissions for one assignment are its parts:
    the latest one decides the lateness.
    """

    assignment_id: str
    submitted_at: dt.datetime | None = None
    lateness: dt.timedelta | None = None
    part: str = ""

    def __post_init__(self) -> None:
        if self.submitted_at is not None and self.submitted_at.utcoffset() is None:
            raise ValueError(f"{self.assignment_id}: submitted_at must be timezone-aware")
        if self.lateness is not None and self.lateness < dt.timedelta(0):
            raise ValueError(f"{self.assignment_id}: lateness cannot be negative")

    @property
    def missing(self) -> bool:
        return self.submitted_at is None and self.lateness is None


@dataclass(frozen=True)
class Grant:
    """A staff decision for one student and assignment.

    "extension": the student's due time becomes `new_due` (time before it is not lateness).
    "permission": written permission to submit more than `max_days_late` days late.
    """

    assignment_id: str
    kind: Literal["extension", "permission"]
    new_due: dt.datetime | None = None
    reason: str = ""
    granted_by: str = ""

    def __post_init__(self) -> None:
        if self.kind not in GRANT_KINDS:
            raise ValueError(f"unknown grant kind {self.kind!r}; expected one of: {', '.join(GRANT_KINDS)}")
        if self.kind == "extension" and self.new_due is None:
            raise ValueError(f"{self.assignment_id}: an extension needs a new due time")
        if self.new_due is not None and self.new_due.utcoffset() is None:
            raise ValueError(f"{self.assignment_id}: new_due must be timezone-aware")


@dataclass(frozen=True)
class AssignmentOutcome:
    """What one assignment cost: hours late (after any extension), grace days used, credit left, status.

    `late_hours` is exact (not rounded) and 0.0 when on time or missing; `due` is the due time that applied.
    """

    assignment_id: str
    title: str
    late_hours: float
    grace_days: int
    credit: float
    status: str
    due: dt.datetime | None = None


@dataclass(frozen=True)
class Tally:
    """A student's grace days: used, left, and every assignment's outcome in due order."""

    used: int
    left: int
    outcomes: tuple[AssignmentOutcome, ...]

    def outcome(self, assignment_id: str) -> AssignmentOutcome | None:
        return next((o for o in self.outcomes if o.assignment_id == assignment_id), None)


def days_late(lateness: dt.timedelta) -> int:
    """Whole days late, rounded up: 1 second late is 1 day, exactly 24 h is 1 day, 0 when on time."""
    if lateness <= dt.timedelta(0):
        return 0
    whole, rest = divmod(lateness, DAY)
    return whole + (1 if rest else 0)


def compute_tally(course: Course, submissions: Iterable[Submission], grants: Iterable[Grant] = ()) -> Tally:
    """One student's grace days and per-assignment outcomes, applied greedily in due order.

    Only assignments with at least one Submission (submitted or not) are reported; the order of the input
    does not matter.
    """
    by_assignment: dict[str, list[Submission]] = {}
    for submission in submissions:
        _assignment(course, submission.assignment_id)
        by_assignment.setdefault(submission.assignment_id, []).append(submission)
    grants = tuple(grants)
    for grant in grants:
        _assignment(course, grant.assignment_id)
    left = max(course.grace.total, 0)
    used = 0
    outcomes = []
    for item in _in_due_order(course):
        parts = by_assignment.get(item.id)
        if not parts:
            continue
        outcome = _outcome(course, item, parts, left, grants)
        used += outcome.grace_days
        left -= outcome.grace_days
        outcomes.append(outcome)
    return Tally(used=used, left=left, outcomes=tuple(outcomes))


def what_if(
    course: Course,
    assignment_id: str,
    submitted_at: dt.datetime,
    grace_days_left: int,
    grants: Iterable[Grant] = (),
) -> AssignmentOutcome:
    """What submitting an assignment at `submitted_at` would cost, with `grace_days_left` grace days left."""
    item = _assignment(course, assignment_id)
    submission = Submission(assignment_id, submitted_at=submitted_at)
    return _outcome(course, item, [submission], max(grace_days_left, 0), tuple(grants))


def _assignment(course: Course, assignment_id: str) -> Assignment:
    item = course.assignment(assignment_id)
    if item is None:
        raise UserError(f"There is no assignment with id {assignment_id!r} in {course.code}.")
    return item


def _in_due_order(course: Course) -> list[Assignment]:
    order = {a.id: i for i, a in enumerate(course.assignments)}
    return sorted(course.assignments, key=lambda a: (a.due.astimezone(dt.UTC), order[a.id]))


def _outcome(
    course: Course, item: Assignment, parts: list[Submission], left: int, grants: tuple[Grant, ...]
) -> AssignmentOutcome:
    mine = [g for g in grants if g.assignment_id == item.id]
    extensions = [g.new_due for g in mine if g.kind == "extension" and g.new_due is not None]
    due = max(extensions, key=lambda d: d.astimezone(dt.UTC)) if extensions else item.due
    permitted = any(g.kind == "permission" for g in mine)

    def result(late: dt.timedelta, grace_days: int, credit: float, status: str) -> AssignmentOutcome:
        hours = max(late, dt.timedelta(0)) / dt.timedelta(hours=1)
        return AssignmentOutcome(item.id, item.title, hours, grace_days, credit, status, due)

    submitted = [p for p in parts if not p.missing]
    if not submitted:
        return result(dt.timedelta(0), 0, 0.0, "missing")
    late = max(_lateness(p, item.due, due) for p in submitted)
    days = days_late(late)
    if days == 0:
        return result(late, 0, 1.0, "on-time")
    if days > course.late.max_days_late and not permitted:
        return result(late, 0, 0.0, "not-accepted")
    grace_days = min(days, course.grace.max_per_assignment, left) if grace_applies(course, item) else 0
    uncovered = late - grace_days * DAY
    if uncovered <= dt.timedelta(0):
        return result(late, grace_days, 1.0, "grace")
    if uncovered <= dt.timedelta(hours=course.late.penalty_window_hours):
        return result(late, grace_days, course.late.penalty_credit, "penalty")
    return result(late, grace_days, course.late.after_penalty_credit, "no-credit")


def _lateness(part: Submission, original_due: dt.datetime, due: dt.datetime) -> dt.timedelta:
    """Elapsed time past the applicable due time (negative when early)."""
    if part.lateness is not None or part.submitted_at is None:
        # Gradescope measures from the course's due time; an extension moves that line for this student.
        lateness = part.lateness or dt.timedelta(0)
        return lateness - (due.astimezone(dt.UTC) - original_due.astimezone(dt.UTC))
    return part.submitted_at.astimezone(dt.UTC) - due.astimezone(dt.UTC)
