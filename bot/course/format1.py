"""Format 1 (the first course folders) read into today's model, so no course has to be rewritten.

Format 1 had fixed vocabulary that format 2 moved into the data: three staff roles, three class kinds, and a
late policy of one shape (grace days, one penalty window, a cutoff after whole days). This module is the only
place that vocabulary lives.
"""

from __future__ import annotations

import datetime as dt

from bot.course.late_policy import Cutoff, LatePolicy, Penalty, PenaltyStep, Pool
from bot.course.meetings import MeetingKind
from bot.course.model import Assignment, Role, title_from_id

ROLES = ("instructor", "head_ta", "ta")
ASSIGNMENT_KINDS = ("homework", "project", "survey", "other")
DAY_KINDS = ("lecture", "recitation", "guest_lecture")


def roles() -> tuple[Role, ...]:
    return tuple(Role(r, title_from_id(r), title_from_id(r) + "s") for r in ROLES)


def meeting_kinds() -> tuple[MeetingKind, ...]:
    out = []
    for kind in DAY_KINDS:
        name = title_from_id(kind).capitalize()
        out.append(MeetingKind(kind, name, name + "s", counts_as="lecture" if kind == "guest_lecture" else ""))
    return tuple(out)


def late_policy(grace: dict, late: dict, assignments: tuple[Assignment, ...], flagged: set[str]) -> LatePolicy:
    """Format 1's [grace_days] and [late_work] as a LatePolicy: grace days, one penalty window, a day cutoff.

    `flagged`: the assignments whose own `grace_days = true` (format 1 needed both that and the kind).
    """
    kinds = tuple(grace.get("applies_to") or ("homework",))
    covered = tuple(a.id for a in assignments if a.id in flagged and a.kind in kinds)
    pool = Pool(
        total=float(grace.get("total") or 0),
        name="grace day",
        plural="grace days",
        max_per_assignment=float(grace.get("max_per_assignment") or 0),
        unit="day",
        rounding="up",
        applied="auto",
        covers_ids=covered,
    )
    window = dt.timedelta(hours=float(late.get("penalty_window_hours") or 0))
    steps = (
        PenaltyStep(up_to=window, penalty=1.0 - float(late.get("penalty_credit") or 0.0)),
        PenaltyStep(up_to=None, penalty=1.0 - float(late.get("after_penalty_credit") or 0.0)),
    )
    return LatePolicy(
        status="rules",
        pool=pool,
        penalty=Penalty(steps=steps),
        cutoff=Cutoff(after=dt.timedelta(days=int(late.get("max_days_late") or 0)), permission_lifts=True, unit="days"),
        measure="latest-part",
    )
