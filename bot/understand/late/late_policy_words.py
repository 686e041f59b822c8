"""The course's own words for its late rules, said under a what-if whose outcome costs marks ("how much do i lose",
"do i get any credit"): the page's amounts ("10 marks a day", "50% up to 24 hours") beside the computed result."""

from __future__ import annotations

from bot.course.model import Course, Policy

_LATE_WORDS = ("late policy", "late work", "late penalty", "lateness")


def late_policy(course: Course) -> Policy | None:
    """The policy the course keys to late work (by its keywords, or its pool's own name), if any."""
    pool = course.late.pool
    names = {*_LATE_WORDS, *((pool.name.lower(), pool.plural.lower()) if pool is not None else ())}
    return next((p for p in course.policies if names & {k.lower() for k in p.keywords}), None)


def late_policy_line(course: Course) -> str:
    """ "The course page: <summary>", or empty when the course keys no policy to late work."""
    policy = late_policy(course)
    return f"The course page: {policy.summary}" if policy is not None and policy.summary else ""
