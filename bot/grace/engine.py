"""Late-work accounting for any course's policy: how late each submission was, how much of the course's pool
(grace days, slip days, late tokens...) it took, and what credit is left.

Everything comes from `course.late` (bot.course.late_policy), each assignment following its own rule where the
course gives one (`course.late_for`); nothing about one course is written here.
What a student sees, per assignment (or per part, for a course that measures each part on its own): how many
hours late it was, how many pool units it used, the credit it can still earn and a status:

- "on-time": submitted by the due time (exactly on time counts).
- "grace": late, and the pool covered all of it.
- "no-penalty": late, not covered by the pool, and the schedule charges nothing yet (a grace period).
- "penalty": late, and the penalty schedule takes part of the credit.
- "no-credit": late enough that the schedule leaves no credit: graded, but no credit.
- "unknown": late, and the course page does not say what that costs.
- "not-accepted": past the cutoff without permission (or a course, or a kind of work, that takes no late work):
  no credit, no pool.
- "missing": nothing submitted: no credit, no pool.

Decisions on what policy texts leave open (each pinned by a test):

- Lateness is elapsed time (both instants compared in UTC), so a DST change does not add or remove an hour.
- "latest-part": an assignment's lateness is the largest lateness of any of its parts; it is "missing" only when
  no part was submitted. "each-part": every part is its own submission, with its own outcome; the
  per-assignment cap covers all parts of one assignment together.
- A Gradescope lateness duration is taken as measured from the course's due time. When a part has both a
  lateness and a submission time, the lateness is used (it is what Gradescope computed).
- An extension replaces the due time for that student; with only a lateness duration, the lateness is reduced
  by how far the extension moved the due time. Record an extension in one place only (bot or Gradescope).
- Permission for late work only lifts the cutoff. The submission is then treated like any other: the pool
  still applies up to the per-assignment cap, and what it leaves uncovered follows the penalty schedule.
  To excuse lateness entirely, staff record an extension instead.
- The cutoff is measured on the whole lateness, before the pool; the penalty schedule on what the pool leaves
  uncovered. A pool "applied automatically" is spent greedily in due order (ties: the order of the course
  data), even when it only reduces a penalty: min(units late, cap, units left). A pool used "on request" is
  spent only where a "pool" grant records the request (and in what-ifs, which assume the student asks).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from bot.core.errors import UserError
from bot.course.late_policy import UNIT_SPANS, Cutoff, LatePolicy, Penalty, units_of
from bot.course.model import Assignment, Course
from bot.course.unknown import UNKNOWN

STATUSES = ("on-time", "grace", "no-penalty", "penalty", "no-credit", "unknown", "not-accepted", "missing")
GRANT_KINDS = ("extension", "permission", "pool")
DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Submission:
    """One submitted part (or the whole) of an assignment, from either source.

    From submission times: one Submission per part with `submitted_at` (an aware datetime).
    From a Gradescope export: `lateness`, the "Lateness (H:M:S)" value, optionally with `submitted_at` too.
    Neither given means this part was not submitted.
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
    "permission": permission to submit past the cutoff.
    "pool": the student asked to spend pool units on it (for pools used only on request).
    """

    assignment_id: str
    kind: Literal["extension", "permission", "pool"]
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
    """What one assignment (or one part) cost: hours late, pool units used, credit left, status.

    `late_hours` is exact (not rounded) and 0.0 when on time or missing; `due` is the due time that applied.
    `credit` is the fraction of the score kept (None when the course page does not say); `applies` says how a
    penalty meets the score ("multiply" the score, or "subtract" a share of the maximum).
    """

    assignment_id: str
    title: str
    late_hours: float
    grace_days: float
    credit: float | None
    status: str
    due: dt.datetime | None = None
    part: str = ""
    applies: str = "multiply"

    def score_after(self, score: float, max_points: float) -> float | None:
        """The score after the late penalty: score × credit, or score − (1 − credit) × max points."""
        if self.credit is None:
            return None
        if self.applies == "subtract":
            return max(score - (1.0 - self.credit) * max_points, 0.0)
        return score * self.credit


@dataclass(frozen=True)
class Tally:
    """A student's pool: used, left, and every assignment's (or part's) outcome in due order."""

    used: float
    left: float
    outcomes: tuple[AssignmentOutcome, ...]

    def outcome(self, assignment_id: str, part: str | None = None) -> AssignmentOutcome | None:
        return next(
            (o for o in self.outcomes if o.assignment_id == assignment_id and (part is None or o.part == part)), None
        )

    def left_before(self, assignment_ids: Iterable[str]) -> float:
        """Pool units left for a what-if on these assignments (units they already used count as available)."""
        ids = set(assignment_ids)
        return self.left + sum(o.grace_days for o in self.outcomes if o.assignment_id in ids)


def days_late(lateness: dt.timedelta) -> int:
    """Whole days late, rounded up: 1 second late is 1 day, exactly 24 h is 1 day, 0 when on time."""
    return int(units_of(lateness, "day", "up"))


def compute_tally(course: Course, submissions: Iterable[Submission], grants: Iterable[Grant] = ()) -> Tally:
    """One student's pool and per-assignment outcomes, the pool applied in due order.

    Only assignments with at least one Submission (submitted or not) are reported; the order of the submissions
    does not matter. Grants are in the order they were made: the latest extension of an assignment stands.
    """
    each_part = course.late.measure == "each-part"
    by_key: dict[tuple[str, str], list[Submission]] = {}
    for submission in submissions:
        _assignment(course, submission.assignment_id)
        key = (submission.assignment_id, submission.part if each_part else "")
        by_key.setdefault(key, []).append(submission)
    grants = tuple(grants)
    for grant in grants:
        _assignment(course, grant.assignment_id)
    pool = course.late.pool
    left = max(pool.total, 0.0) if pool else 0.0
    used = 0.0
    outcomes = []
    for item in _in_due_order(course):
        spent_here = 0.0
        for part in _part_order(item, [p for (a, p) in by_key if a == item.id]):
            available = max(min(left, (pool.cap if pool else 0.0) - spent_here), 0.0)
            outcome = _outcome(course, item, by_key[(item.id, part)], available, grants, part=part)
            spent_here += outcome.grace_days
            used += outcome.grace_days
            left -= outcome.grace_days
            outcomes.append(outcome)
    return Tally(used=used, left=left, outcomes=tuple(outcomes))


def what_if(
    course: Course,
    assignment_id: str,
    submitted_at: dt.datetime,
    grace_days_left: float,
    grants: Iterable[Grant] = (),
) -> AssignmentOutcome:
    """What submitting an assignment at `submitted_at` would cost, with `grace_days_left` pool units left.

    A pool used only on request is assumed requested (the answer says so).
    """
    item = _assignment(course, assignment_id)
    pool = course.late.pool
    available = max(min(grace_days_left, pool.cap), 0.0) if pool else 0.0
    submission = Submission(assignment_id, submitted_at=submitted_at)
    return _outcome(course, item, [submission], available, tuple(grants), assume_requested=True)


def _assignment(course: Course, assignment_id: str) -> Assignment:
    item = course.assignment(assignment_id)
    if item is None:
        raise UserError(f"There is no assignment with id {assignment_id!r} in {course.code}.")
    return item


def _in_due_order(course: Course) -> list[Assignment]:
    order = {a.id: i for i, a in enumerate(course.assignments)}
    return sorted(course.assignments, key=lambda a: (a.due.astimezone(dt.UTC), order[a.id]))


def _part_order(item: Assignment, parts: list[str]) -> list[str]:
    """The data's order of parts first, then any other part labels alphabetically."""
    known = [p for p in item.parts if p in parts]
    return known + sorted(p for p in set(parts) if p not in known)


def _outcome(
    course: Course,
    item: Assignment,
    parts: list[Submission],
    available: float,
    grants: tuple[Grant, ...],
    *,
    part: str = "",
    assume_requested: bool = False,
) -> AssignmentOutcome:
    policy: LatePolicy = course.late_for(item)  # work with its own rule (a quiz not accepted late) follows it
    mine = [g for g in grants if g.assignment_id == item.id]
    extensions = [g.new_due for g in mine if g.kind == "extension" and g.new_due is not None]
    # the latest grant stands: staff correct an extension by granting it again (earlier dates included)
    due = extensions[-1] if extensions else item.due
    permitted = any(g.kind == "permission" for g in mine)
    requested = assume_requested or any(g.kind == "pool" for g in mine)
    applies = policy.penalty.applies if isinstance(policy.penalty, Penalty) else "multiply"

    def result(late: dt.timedelta, used: float, credit: float | None, status: str) -> AssignmentOutcome:
        hours = max(late, dt.timedelta(0)) / dt.timedelta(hours=1)
        return AssignmentOutcome(item.id, item.title, hours, used, credit, status, due, part, applies)

    submitted = [p for p in parts if not p.missing]
    if not submitted:
        return result(dt.timedelta(0), 0.0, 0.0, "missing")
    late = max(_lateness(p, item.due, due) for p in submitted)
    if late <= dt.timedelta(0):
        return result(late, 0.0, 1.0, "on-time")
    if policy.status == "none":
        return result(late, 0.0, 0.0, "not-accepted")
    if policy.status != "rules":
        return result(late, 0.0, None, "unknown")
    if isinstance(policy.cutoff, Cutoff) and late > policy.cutoff.after and not permitted:
        return result(late, 0.0, 0.0, "not-accepted")
    pool = policy.pool
    used = 0.0
    if pool is not None and pool.covers(item.id, item.kind) and (pool.applied == "auto" or requested):
        used = min(units_of(late, pool.unit, pool.rounding), available)
    uncovered = late - used * UNIT_SPANS[pool.unit] if pool is not None else late
    if uncovered <= dt.timedelta(0):
        return result(late, used, 1.0, "grace")
    if policy.penalty is UNKNOWN:
        return result(late, used, None, "unknown")
    if policy.penalty is None:
        return result(late, used, 1.0, "no-penalty")
    lost = policy.penalty.fraction(uncovered)
    if lost is None:  # beyond the last step: only reachable past a cutoff that permission lifted
        lost = 1.0 - policy.penalty.floor
    credit = round(1.0 - lost, 10)
    if lost == 0:
        return result(late, used, 1.0, "no-penalty")
    return result(late, used, credit, "no-credit" if credit <= 0 else "penalty")


def _lateness(part: Submission, original_due: dt.datetime, due: dt.datetime) -> dt.timedelta:
    """Elapsed time past the applicable due time (negative when early)."""
    if part.lateness is not None or part.submitted_at is None:
        # Gradescope measures from the course's due time; an extension moves that line for this student.
        lateness = part.lateness or dt.timedelta(0)
        return lateness - (due.astimezone(dt.UTC) - original_due.astimezone(dt.UTC))
    return part.submitted_at.astimezone(dt.UTC) - due.astimezone(dt.UTC)
