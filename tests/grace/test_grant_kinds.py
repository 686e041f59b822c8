"""A grant of a kind the course's late rule cannot use is refused, saying why (hostile5 8): a pool request where
there is no pool, or the pool is spent automatically, or does not cover the work; permission with no cutoff."""

from __future__ import annotations

import dataclasses

from bot.course.late_policy import UNKNOWN, Cutoff
from bot.grace.grant_kinds import grant_refusal


def with_late(course, **changes):
    return dataclasses.replace(course, late=dataclasses.replace(course.late, **changes))


def test_a_pool_grant_needs_a_pool_used_on_request(course, second_course):
    hw3 = course.assignment("hw3")
    assert course.late.pool.applied == "auto"
    assert "applied automatically" in grant_refusal(course, hw3, "pool")
    assert "grace days" in grant_refusal(course, hw3, "pool")  # in the course's own words
    on_request = with_late(course, pool=dataclasses.replace(course.late.pool, applied="request"))
    assert grant_refusal(on_request, hw3, "pool") is None
    not_covered = with_late(course, pool=dataclasses.replace(course.late.pool, applied="request", excludes=(hw3.id,)))
    assert "not covered" in grant_refusal(not_covered, hw3, "pool")
    ps5 = second_course.assignment("ps5")
    assert second_course.late.pool is None
    assert "no pool" in grant_refusal(second_course, ps5, "pool")


def test_permission_needs_a_cutoff_to_lift(course):
    hw3 = course.assignment("hw3")
    assert isinstance(course.late.cutoff, Cutoff)
    assert grant_refusal(course, hw3, "permission") is None
    assert "no late cutoff" in grant_refusal(with_late(course, cutoff=None), hw3, "permission")
    assert "does not say" in grant_refusal(with_late(course, cutoff=UNKNOWN), hw3, "permission")
    assert "does not accept late" in grant_refusal(with_late(course, status="none"), hw3, "permission")


def test_an_extension_always_applies(course, second_course):
    for c in (course, second_course, with_late(course, pool=None, cutoff=None, status="none")):
        for item in c.assignments:
            assert grant_refusal(c, item, "extension") is None
