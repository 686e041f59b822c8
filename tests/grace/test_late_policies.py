"""Late policies as data: six real shapes, each with table tests at its edges, and properties that hold for all.

The policies are written the way a course folder writes them (policies.toml's [late] table), loaded by the real
loader, and computed by the one engine: 10-605's grace days; 5% per hour with no pool; 5 slip days (at most 3 per
assignment) then zero; 10% per day for 3 days; late tokens counted in hours; no late work at all. Plus a policy the
page does not state, and one that measures each part on its own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answers.late_terms import policy_lines, status_words
from bot.course.checked_toml import Problem, Table
from bot.course.load_context import LoadContext
from bot.course.loader import BUNDLED_DATA, load_course
from bot.course.model import Course
from bot.course.parse_policies import _late
from bot.grace.engine import STATUSES, Grant, Submission, compute_tally, what_if
from bot.grace.gradescope import report

H = dt.timedelta(hours=1)
S = dt.timedelta(seconds=1)
BASE = load_course(BUNDLED_DATA)

POLICIES = {
    "10-605": """
        status = "rules"
        [pool]
        name = "grace day"
        total = 4
        max_per_assignment = 2
        unit = "day"
        covers_kinds = ["homework"]
        [penalty]
        steps = [{ up_to_hours = 24, penalty = 0.5 }, { penalty = 1.0 }]
        [cutoff]
        after_days = 2
        permission_lifts = true
        permission_from = "the Head TAs or the Professors"
    """,
    "per-hour": """
        [penalty]
        steps = [{ rate = 0.05, per = "hour" }]
        [cutoff]
        after_hours = 20
    """,
    "slip-days": """
        cutoff = "none"
        [pool]
        name = "slip day"
        total = 5
        max_per_assignment = 3
        covers_kinds = ["homework", "project", "survey"]
        [penalty]
        steps = [{ penalty = 1.0 }]
    """,
    "per-day": """
        [penalty]
        steps = [{ up_to_days = 3, rate = 0.10, per = "day" }]
        [cutoff]
        after_days = 3
    """,
    "tokens-hours": """
        cutoff = "unknown"
        [pool]
        name = "late token"
        total = 48
        max_per_assignment = 24
        unit = "hour"
        rounding = "up"
        applied = "request"
        covers_kinds = ["homework"]
        [penalty]
        applies = "subtract"
        floor = 0.4
        steps = [{ rate = 0.10, per = "day" }]
    """,
    "none": """
        status = "none"
    """,
}


def _policy_toml(body: str) -> str:
    lines = [line.strip() for line in body.strip().splitlines()]
    text = "\n".join(lines)
    for table in ("pool", "penalty", "cutoff"):
        text = text.replace(f"[{table}]", f"[late.{table}]")
    return "[late]\n" + text


def course_with(body: str, *, measure: str | None = None) -> Course:
    """The bundled course with its late policy replaced by `body` (read by the real policy loader)."""
    problems: list[Problem] = []
    raw = tomllib.loads(_policy_toml(body))
    if measure:
        raw["late"]["measure"] = measure
    ctx = LoadContext(2, BASE.tz, BASE.default_due_time, BASE.term_first, BASE.term_last, problems, BASE.section_ids())
    late = _late(Table(raw, "policies.toml", "", problems), ctx, BASE.assignments)
    assert problems == []
    items = tuple(dataclasses.replace(a, grace_days=late.pool_covers(a.id, a.kind)) for a in BASE.assignments)
    return dataclasses.replace(BASE, late=late, assignments=items)


COURSES = {name: course_with(body) for name, body in POLICIES.items()}


def after(course: Course, assignment_id: str, delta: dt.timedelta) -> dt.datetime:
    return course.assignment(assignment_id).due + delta


def outcome(name: str, lateness: dt.timedelta, left: float = 100, assignment: str = "hw3", grants=()):
    course = COURSES[name]
    found = what_if(course, assignment, after(course, assignment, lateness), left, grants)
    return found.grace_days, found.credit, found.status


@pytest.mark.parametrize(
    ("name", "lateness", "left", "expected"),
    [
        # 10-605: whole days from the pool (cap 2), then 50% up to 24 h uncovered, no credit after, > 2 days refused.
        ("10-605", S, 4, (1, 1.0, "grace")),
        ("10-605", 48 * H, 4, (2, 1.0, "grace")),
        ("10-605", 48 * H + S, 4, (0, 0.0, "not-accepted")),
        ("10-605", 30 * H, 1, (1, 0.5, "penalty")),
        ("10-605", 24 * H, 0, (0, 0.5, "penalty")),
        ("10-605", 24 * H + S, 0, (0, 0.0, "no-credit")),
        # 5% per started hour, no pool; refused after 20 h.
        ("per-hour", S, 0, (0, 0.95, "penalty")),
        ("per-hour", H, 0, (0, 0.95, "penalty")),
        ("per-hour", H + S, 0, (0, 0.9, "penalty")),
        ("per-hour", 19 * H + S, 0, (0, 0.0, "no-credit")),
        ("per-hour", 20 * H, 0, (0, 0.0, "no-credit")),
        ("per-hour", 20 * H + S, 0, (0, 0.0, "not-accepted")),
        # 5 slip days, at most 3 on one assignment, then zero; no cutoff.
        ("slip-days", 72 * H, 5, (3, 1.0, "grace")),
        ("slip-days", 72 * H + S, 5, (3, 0.0, "no-credit")),
        ("slip-days", 30 * H, 1, (1, 0.0, "no-credit")),
        ("slip-days", 400 * H, 5, (3, 0.0, "no-credit")),
        # 10% per (started) day for 3 days, then refused.
        ("per-day", S, 0, (0, 0.9, "penalty")),
        ("per-day", 24 * H, 0, (0, 0.9, "penalty")),
        ("per-day", 24 * H + S, 0, (0, 0.8, "penalty")),
        ("per-day", 72 * H, 0, (0, 0.7, "penalty")),
        ("per-day", 72 * H + S, 0, (0, 0.0, "not-accepted")),
        # Late tokens in hours (a started hour counts), at most 24 on one; then 10% per day, never below 40%.
        ("tokens-hours", 30 * dt.timedelta(minutes=1), 48, (1, 1.0, "grace")),
        ("tokens-hours", 24 * H, 48, (24, 1.0, "grace")),
        ("tokens-hours", 24 * H + S, 48, (24, 0.9, "penalty")),
        ("tokens-hours", 5 * H, 2, (2, 0.9, "penalty")),
        ("tokens-hours", 30 * 24 * H, 0, (0, 0.4, "penalty")),
        # No late work at all.
        ("none", S, 0, (0, 0.0, "not-accepted")),
        ("none", dt.timedelta(0), 0, (0, 1.0, "on-time")),
    ],
)
def test_each_policy_at_its_edges(name, lateness, left, expected):
    """Each policy's pool, steps, rates, floor and cutoff decide the outcome exactly at their edges."""
    used, credit, status = outcome(name, lateness, left)
    assert (used, status) == expected[::2]
    assert credit == pytest.approx(expected[1])


def test_a_pool_used_on_request_is_spent_only_where_asked():
    """Late tokens 'on request': a tally spends them only where a 'pool' grant records the request."""
    course = COURSES["tokens-hours"]
    late = [Submission("hw1", lateness=5 * H), Submission("hw2", lateness=5 * H)]
    tally = compute_tally(course, late, [Grant("hw2", "pool")])
    assert [(o.assignment_id, o.grace_days, o.status) for o in tally.outcomes] == [
        ("hw1", 0, "penalty"),
        ("hw2", 5, "grace"),
    ]
    assert (tally.used, tally.left) == (5, 43)


def test_subtracting_penalties_take_points_off_the_maximum():
    """'applies = subtract': 10% off means 10 of 100 points, not 10% of the student's score."""
    found = what_if(COURSES["tokens-hours"], "hw3", after(COURSES["tokens-hours"], "hw3", 30 * H), 0)
    assert found.score_after(50, 100) == pytest.approx(30)  # 2 started days: 20 points off
    multiply = what_if(COURSES["per-day"], "hw3", after(COURSES["per-day"], "hw3", 30 * H), 0)
    assert multiply.score_after(50, 100) == pytest.approx(40)


def test_unknown_policy_and_unknown_penalty_say_so():
    """Where the page is silent the outcome is 'unknown' with no credit figure, never a guess."""
    silent = dataclasses.replace(BASE, late=dataclasses.replace(BASE.late, status="unknown", pool=None))
    found = what_if(silent, "hw3", after(silent, "hw3", H), 0)
    assert (found.status, found.credit) == ("unknown", None)
    assert "doesn't say" in status_words(silent, found)
    assert any("doesn't say" in line for line in policy_lines(silent))
    penalty_unknown = course_with(
        'penalty = "unknown"\ncutoff = "unknown"\n[pool]\ntotal = 1\ncovers_kinds = ["homework"]'
    )
    assert outcome_of(penalty_unknown, 20 * H) == (1, 1.0, "grace")
    assert outcome_of(penalty_unknown, 25 * H) == (1, None, "unknown")


def outcome_of(course: Course, lateness: dt.timedelta, left: float = 1):
    found = what_if(course, "hw3", after(course, "hw3", lateness), left)
    return found.grace_days, found.credit, found.status


def test_each_part_on_its_own():
    """'each-part': written on time and code late are two outcomes; the cap covers both parts together."""
    course = course_with(POLICIES["10-605"], measure="each-part")
    parts = [
        Submission("hw3", lateness=dt.timedelta(0), part="written"),
        Submission("hw3", lateness=30 * H, part="programming"),
        Submission("hw4a", lateness=30 * H, part="written"),
        Submission("hw4a", lateness=30 * H, part="programming"),
    ]
    tally = compute_tally(course, parts)
    assert [(o.assignment_id, o.part, o.grace_days, o.credit, o.status) for o in tally.outcomes] == [
        ("hw3", "written", 0, 1.0, "on-time"),
        ("hw3", "programming", 2, 1.0, "grace"),
        ("hw4a", "written", 2, 1.0, "grace"),
        ("hw4a", "programming", 0, 0.0, "no-credit"),  # 4 used: the pool is empty, and 30 h > 24 h
    ]
    latest = compute_tally(COURSES["10-605"], parts)
    assert [(o.assignment_id, o.part, o.grace_days) for o in latest.outcomes] == [("hw3", "", 2), ("hw4a", "", 2)]


def test_the_words_come_from_the_policy():
    """Every policy is described in its own words: its pool's name, its steps and its cutoff."""
    texts = {name: " ".join(policy_lines(course)) for name, course in COURSES.items()}
    assert "4 grace days in total, at most 2 per assignment" in texts["10-605"]
    assert "permission from the Head TAs or the Professors" in texts["10-605"]
    assert "5% per hour late" in texts["per-hour"]
    assert "grace" not in texts["per-hour"]
    assert "5 slip days" in texts["slip-days"]
    assert "however late" in texts["slip-days"]
    assert "10% per day late" in texts["per-day"]
    assert "48 late tokens" in texts["tokens-hours"]
    assert "only when you ask" in texts["tokens-hours"]
    assert "never leaves less than 40%" in texts["tokens-hours"]
    assert "doesn't say" in texts["tokens-hours"]
    assert texts["none"] == "Late work is not accepted."


def test_the_report_handles_every_policy(tmp_path: Path):
    """The Gradescope report computes with whichever policy the course has (pool words, credits, statuses)."""
    export = Path(__file__).resolve().parents[1] / "fixtures" / "gradescope" / "10-605_S24_grades.csv"
    for name, course in COURSES.items():
        rows = report(course, export)
        for student in rows["students"]:
            for row in student["assignments"]:
                assert row["status"] in STATUSES, name
                assert row["credit"] is None or 0.0 <= row["credit"] <= 1.0
            if course.late.pool is not None:
                assert student["grace_days_used"] + student["grace_days_left"] == course.late.pool.total
    shutil.rmtree(tmp_path, ignore_errors=True)


# Properties, for every policy ------------------------------------------------------------------------------

IDS = [a.id for a in BASE.assignments]
latenesses = st.one_of(
    st.none(),
    st.integers(min_value=0, max_value=6 * 86400).map(lambda s: dt.timedelta(seconds=s)),
    st.sampled_from([0, 1, 3600, 3601, 86400, 86401, 172800, 172801, 259201]).map(lambda s: dt.timedelta(seconds=s)),
)
rows = st.lists(
    st.tuples(st.sampled_from(IDS), latenesses, st.sampled_from(["", "written", "programming"])), max_size=14
)


def _subs(drawn):
    return [
        Submission(a, lateness=late, part=part) if late is not None else Submission(a, part=part)
        for a, late, part in drawn
    ]


@settings(max_examples=120, deadline=None)
@given(name=st.sampled_from(sorted(POLICIES)), drawn=rows, each=st.booleans(), data=st.data())
def test_property_no_pool_or_cap_exceeded_and_order_never_matters(name, drawn, each, data):
    """For any policy: the pool total and per-assignment cap hold, and the order of the rows changes nothing."""
    course = course_with(POLICIES[name], measure="each-part") if each else COURSES[name]
    submissions = _subs(drawn)
    tally = compute_tally(course, submissions)
    pool = course.late.pool
    total = pool.total if pool else 0
    assert 0 <= tally.used <= total
    assert tally.used + tally.left == pytest.approx(total)
    per_assignment: dict[str, float] = {}
    for found in tally.outcomes:
        per_assignment[found.assignment_id] = per_assignment.get(found.assignment_id, 0) + found.grace_days
        assert found.status in STATUSES
        assert found.credit is None or 0.0 <= found.credit <= 1.0
    assert all(used <= (pool.cap if pool else 0) for used in per_assignment.values())
    assert compute_tally(course, data.draw(st.permutations(submissions))) == tally


@settings(max_examples=150, deadline=None)
@given(
    name=st.sampled_from(sorted(POLICIES)),
    assignment=st.sampled_from(IDS),
    seconds=st.lists(st.integers(min_value=-86400, max_value=8 * 86400), min_size=2, max_size=2),
    left=st.integers(min_value=0, max_value=48),
    permitted=st.booleans(),
)
def test_property_credit_never_rises_with_lateness(name, assignment, seconds, left, permitted):
    """For any policy, balance and permission: submitting later never earns more credit."""
    course = COURSES[name]
    earlier, later = sorted(dt.timedelta(seconds=s) for s in seconds)
    grants = [Grant(assignment, "permission")] if permitted else []
    first = what_if(course, assignment, after(course, assignment, earlier), left, grants)
    second = what_if(course, assignment, after(course, assignment, later), left, grants)
    if first.credit is not None and second.credit is not None:
        assert second.credit <= first.credit
    assert STATUSES.index(first.status) <= STATUSES.index(second.status) or {first.status, second.status} <= {
        "grace",
        "no-penalty",
    }


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seconds=st.lists(st.integers(min_value=0, max_value=5 * 86400), min_size=1, max_size=12), data=st.data())
def test_property_both_bundled_courses(any_course, seconds, data):
    """On each bundled course's own assignments and policy: limits hold, order is irrelevant, later never helps."""
    ids = [a.id for a in any_course.assignments]
    submissions = [Submission(data.draw(st.sampled_from(ids)), lateness=dt.timedelta(seconds=s)) for s in seconds]
    tally = compute_tally(any_course, submissions)
    pool = any_course.late.pool
    assert tally.used <= (pool.total if pool else 0)
    assert compute_tally(any_course, list(reversed(submissions))) == tally
    item = data.draw(st.sampled_from(ids))
    early, late = sorted(dt.timedelta(seconds=s) for s in seconds[:2] * 2)[:2]
    first = what_if(any_course, item, after(any_course, item, early), 2)
    second = what_if(any_course, item, after(any_course, item, late), 2)
    assert second.credit is None or first.credit is None or second.credit <= first.credit
