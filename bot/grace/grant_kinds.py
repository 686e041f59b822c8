"""Which kinds of grant an assignment's late rule can use, so staff are never told "Granted" for a grant that
changes nothing: a pool request needs a pool used on request that covers the work; permission needs a cutoff to
lift. An extension always applies (it moves the due time)."""

from __future__ import annotations

from bot.course.late_policy import Cutoff
from bot.course.model import Assignment, Course


def grant_refusal(course: Course, item: Assignment, kind: str) -> str | None:
    """Why `kind` cannot apply to `item` under the course's late rule (what staff are told), or None."""
    policy = course.late_for(item)
    if kind == "pool":
        pool = policy.pool
        if pool is None or pool.total <= 0:
            return f"{course.code} has no pool of late days for {item.short}, so there is nothing to spend."
        if not pool.covers(item.id, item.kind):
            return f"{item.short} is not covered by the {pool.plural}, so they cannot be spent on it."
        if pool.applied != "request":
            return (
                f"In {course.code} {pool.plural} are applied automatically (no request needed), so a pool grant "
                "would change nothing. For more time, grant an extension."
            )
    if kind == "permission":
        if policy.status == "none":
            return (
                f"{course.code} does not accept late {item.short} at all, so permission lifts nothing; "
                "grant an extension instead."
            )
        if not isinstance(policy.cutoff, Cutoff):
            said = "has no late cutoff" if policy.cutoff is None else "does not say of any late cutoff"
            return (
                f"The course page {said} for {item.short}, so permission would lift nothing. "
                "For more time, grant an extension."
            )
    return None
