"""Grace days: every rule of the late policy and its edges, plus properties that hold for any submissions."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.errors import UserError
from bot.course.late_policy import Cutoff, Penalty, PenaltyStep
from bot.course.loader import load_course
from bot.course.model import Course
from bot.grace.engine import (
    STATUSES,
    AssignmentOutcome,
    Grant,
    Submission,
    Tally,
    compute_tally,
    days_late,
    what_if,
)

NY = ZoneInfo("America/New_York")
H = dt.timedelta(hours=1)
S = dt.timedelta(seconds=1)
COURSE = load_course()  # hypothesis tests cannot take function-scoped fixtures; the course never changes
HW3_DUE = dt.datetime(2024, 2, 21, 23, 59, tzinfo=NY)


def after(assignment_id: str, delta: dt.timedelta, course: Course = COURSE) -> dt.datetime:
    """The instant `delta` of elapsed time after the assignment's due time."""
    item = course.assignment(assignment_id)
    assert item is not None
    return (item.due.astimezone(dt.UTC) + delta).astimezone(NY)


def with_policy(course: Course = COURSE, **changes: object) -> Course:
    """A copy of the course with parts of its late policy replaced (pool=..., penalty=..., cutoff=...)."""
    return dataclasses.replace(course, late=dataclasses.replace(course.late, **changes))


def with_assignment(course: Course, assignment_id: str, **changes: object) -> Course:
    items = tuple(dataclasses.replace(a, **changes) if a.id == assignment_id else a for a in course.assignments)
    return dataclasses.replace(course, assignments=items)


def summary(outcome: AssignmentOutcome) -> tuple[int, float, str]:
    return outcome.grace_days, outcome.credit, outcome.status


@pytest.mark.parametrize(
    ("lateness", "expected"),
    [
        (dt.timedelta(0), 0),
        (-S, 0),
        (-3 * 24 * H, 0),
        (dt.timedelta(microseconds=1), 1),
        (S, 1),
        (24 * H - S, 1),
        (24 * H, 1),
        (24 * H + S, 2),
        (48 * H, 2),
        (48 * H + S, 3),
    ],
)
def test_days_late_rounds_any_lateness_up_to_whole_days(lateness, expected):
    """Any lateness counts as a whole day; exactly N×24 h is N days; on time or early is 0."""
    assert days_late(lateness) == expected


@pytest.mark.parametrize(
    ("lateness", "left", "expected"),
    [
        (-H, 4, (0, 1.0, "on-time")),
        (dt.timedelta(0), 4, (0, 1.0, "on-time")),
        (S, 4, (1, 1.0, "grace")),
        (24 * H, 4, (1, 1.0, "grace")),
        (24 * H + S, 4, (2, 1.0, "grace")),
        (48 * H, 4, (2, 1.0, "grace")),
        (48 * H + S, 4, (0, 0.0, "not-accepted")),
        (5 * 24 * H, 4, (0, 0.0, "not-accepted")),
        (S, 1, (1, 1.0, "grace")),
        (30 * H, 1, (1, 0.5, "penalty")),
        (48 * H, 1, (1, 0.5, "penalty")),
        (S, 0, (0, 0.5, "penalty")),
        (24 * H, 0, (0, 0.5, "penalty")),
        (24 * H + S, 0, (0, 0.0, "no-credit")),
        (30 * H, 0, (0, 0.0, "no-credit")),
        (48 * H, 0, (0, 0.0, "no-credit")),
        (48 * H + S, 0, (0, 0.0, "not-accepted")),
    ],
)
def test_what_if_applies_each_rule_at_its_edges(lateness, left, expected):
    """Grace days up to min(days late, 2, days left); uncovered ≤ 24 h is 50%; more is 0; > 2 days refused."""
    outcome = what_if(COURSE, "hw3", after("hw3", lateness), left)
    assert summary(outcome) == expected
    assert outcome.late_hours == pytest.approx(max(lateness, dt.timedelta(0)) / H)


def test_last_grace_day_covers_part_of_the_lateness():
    """30 h late with 1 day left: 1 grace day covers 24 h, the uncovered 6 h earn the 50% credit."""
    tally = compute_tally(
        COURSE,
        [
            Submission("hw1", submitted_at=after("hw1", 48 * H)),
            Submission("hw2", submitted_at=after("hw2", 20 * H)),
            Submission("hw3", submitted_at=after("hw3", 30 * H)),
        ],
    )
    assert [summary(o) for o in tally.outcomes] == [(2, 1.0, "grace"), (1, 1.0, "grace"), (1, 0.5, "penalty")]
    assert (tally.used, tally.left) == (4, 0)


def test_grace_days_are_spent_greedily_in_due_order_whatever_the_input_order():
    """The earliest-due late homework gets grace days first; a later one pays the penalty."""
    submissions = [
        Submission("hw5", submitted_at=after("hw5", 10 * H)),
        Submission("hw2", submitted_at=after("hw2", 47 * H)),
        Submission("hw1", submitted_at=after("hw1", 25 * H)),
    ]
    tally = compute_tally(COURSE, submissions)
    assert [o.assignment_id for o in tally.outcomes] == ["hw1", "hw2", "hw5"]
    assert [summary(o) for o in tally.outcomes] == [(2, 1.0, "grace"), (2, 1.0, "grace"), (0, 0.5, "penalty")]
    assert tally == compute_tally(COURSE, reversed(submissions))


@pytest.mark.parametrize(
    ("written", "programming", "expected"),
    [
        (-H, dt.timedelta(minutes=1), (1, 1.0, "grace")),
        (dt.timedelta(minutes=1), -H, (1, 1.0, "grace")),
        (26 * H, 3 * H, (2, 1.0, "grace")),
        (-H, dt.timedelta(0), (0, 1.0, "on-time")),
    ],
)
def test_the_latest_part_decides_the_lateness(written, programming, expected):
    """Written on time and programming 1 minute late costs a full grace day (the policy's own example)."""
    parts = [
        Submission("hw3", submitted_at=after("hw3", written), part="written"),
        Submission("hw3", submitted_at=after("hw3", programming), part="programming"),
    ]
    assert summary(compute_tally(COURSE, parts).outcomes[0]) == expected
    assert summary(compute_tally(COURSE, parts[::-1]).outcomes[0]) == expected


def test_gradescope_lateness_takes_the_largest_among_parts():
    """From an export, the largest 'Lateness (H:M:S)' of any part is the assignment's lateness."""
    parts = [Submission("hw2", lateness=26 * H + 13 * dt.timedelta(minutes=1) + 5 * S), Submission("hw2", lateness=S)]
    outcome = compute_tally(COURSE, parts).outcomes[0]
    assert summary(outcome) == (2, 1.0, "grace")
    assert outcome.late_hours == pytest.approx(26 + 13 / 60 + 5 / 3600)


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ([Submission("hw3")], (0, 0.0, "missing")),
        ([Submission("hw3", part="written"), Submission("hw3", part="programming")], (0, 0.0, "missing")),
        ([Submission("hw3", part="written"), Submission("hw3", submitted_at=HW3_DUE - H)], (0, 1.0, "on-time")),
        ([Submission("hw3"), Submission("hw3", lateness=5 * H)], (1, 1.0, "grace")),
    ],
)
def test_missing_only_when_no_part_was_submitted(parts, expected):
    """Nothing submitted is 'missing' with no credit and no grace days; one submitted part is not missing."""
    outcome = compute_tally(COURSE, parts).outcomes[0]
    assert summary(outcome) == expected
    if expected[2] == "missing":
        assert outcome.late_hours == 0.0


def test_missing_assignments_use_no_grace_days():
    """A missing homework leaves the grace days for the next late one."""
    tally = compute_tally(COURSE, [Submission("hw1"), Submission("hw2", lateness=40 * H)])
    assert [summary(o) for o in tally.outcomes] == [(0, 0.0, "missing"), (2, 1.0, "grace")]
    assert (tally.used, tally.left) == (2, 2)


def test_not_accepted_uses_no_grace_days():
    """More than 2 days late without permission: no credit and the grace days stay for later work."""
    tally = compute_tally(COURSE, [Submission("hw1", lateness=49 * H), Submission("hw2", lateness=30 * H)])
    assert [summary(o) for o in tally.outcomes] == [(0, 0.0, "not-accepted"), (2, 1.0, "grace")]
    assert tally.outcomes[0].late_hours == pytest.approx(49.0)


@pytest.mark.parametrize(
    ("moved", "submitted", "expected"),
    [
        (72 * H, 71 * H, (0, 1.0, "on-time")),
        (72 * H, 72 * H, (0, 1.0, "on-time")),
        (72 * H, 72 * H + S, (1, 1.0, "grace")),
        (24 * H, 60 * H, (2, 1.0, "grace")),
        (24 * H, 72 * H + S, (0, 0.0, "not-accepted")),
    ],
)
def test_an_extension_moves_the_due_time_and_is_not_lateness(moved, submitted, expected):
    """Lateness and the 2-day cut-off count from the extended due time, for submission times and lateness alike."""
    grant = Grant("hw3", "extension", new_due=after("hw3", moved), reason="illness", granted_by="head-ta")
    by_time = what_if(COURSE, "hw3", after("hw3", submitted), 4, [grant])
    by_lateness = compute_tally(COURSE, [Submission("hw3", lateness=submitted)], [grant]).outcomes[0]
    assert summary(by_time) == summary(by_lateness) == expected
    assert by_time.late_hours == pytest.approx(max(submitted - moved, dt.timedelta(0)) / H)
    assert by_time.due == after("hw3", moved)


def test_an_extension_for_another_assignment_changes_nothing():
    """A grant only applies to its own assignment."""
    grant = Grant("hw2", "extension", new_due=after("hw2", 72 * H))
    assert summary(what_if(COURSE, "hw3", after("hw3", 30 * H), 4, [grant])) == (2, 1.0, "grace")


@pytest.mark.parametrize(
    ("lateness", "left", "expected"),
    [
        (48 * H + S, 4, (2, 0.5, "penalty")),
        (72 * H, 4, (2, 0.5, "penalty")),
        (72 * H + S, 4, (2, 0.0, "no-credit")),
        (96 * H, 4, (2, 0.0, "no-credit")),
        (60 * H, 0, (0, 0.0, "no-credit")),
        (30 * H, 4, (2, 1.0, "grace")),
    ],
)
def test_permission_accepts_work_beyond_two_days_and_the_penalty_rules_still_apply(lateness, left, expected):
    """With written permission: grace days up to the cap, then the uncovered lateness follows the penalty rules."""
    permission = Grant("hw3", "permission", reason="hospital stay", granted_by="professor")
    assert summary(what_if(COURSE, "hw3", after("hw3", lateness), left, [permission])) == expected
    assert summary(what_if(COURSE, "hw3", after("hw3", lateness), left)) == (
        expected if lateness <= 48 * H else (0, 0.0, "not-accepted")
    )


def test_permission_for_another_assignment_does_not_help():
    """Permission is per assignment."""
    permission = Grant("hw2", "permission")
    assert summary(what_if(COURSE, "hw3", after("hw3", 50 * H), 4, [permission])) == (0, 0.0, "not-accepted")


@pytest.mark.parametrize(
    ("assignment_id", "lateness", "expected"),
    [
        ("miniproject", dt.timedelta(0), (0, 1.0, "on-time")),
        ("miniproject", S, (0, 0.5, "penalty")),
        ("miniproject", 24 * H, (0, 0.5, "penalty")),
        ("miniproject", 24 * H + S, (0, 0.0, "no-credit")),
        ("miniproject", 48 * H + S, (0, 0.0, "not-accepted")),
        ("miniproject-survey", 2 * H, (0, 0.5, "penalty")),
    ],
)
def test_the_mini_project_takes_no_grace_days_and_goes_straight_to_the_penalty_rules(assignment_id, lateness, expected):
    """Only homework takes grace days; a late mini-project (or survey) is penalised directly."""
    assert summary(what_if(COURSE, assignment_id, after(assignment_id, lateness), 4)) == expected


def test_grace_days_follow_the_data_not_the_kind_name():
    """If the data lets the mini-project take grace days, it takes them."""
    pool = dataclasses.replace(COURSE.late.pool, covers_kinds=("homework", "project"))
    course = with_policy(pool=pool)
    assert summary(what_if(course, "miniproject", after("miniproject", 30 * H, course), 4)) == (2, 1.0, "grace")
    assert summary(what_if(COURSE, "miniproject", after("miniproject", 30 * H), 4)) == (0, 0.0, "no-credit")


def test_the_numbers_come_from_the_course_data():
    """Totals, caps, the cut-off, the penalty window and the credits are read from the course's late policy."""
    course = with_policy(
        pool=dataclasses.replace(COURSE.late.pool, total=6, max_per_assignment=3),
        cutoff=Cutoff(after=4 * 24 * H, permission_lifts=True),
        penalty=Penalty(steps=(PenaltyStep(up_to=12 * H, penalty=0.25), PenaltyStep(up_to=None, penalty=0.75))),
    )
    tally = compute_tally(
        course,
        [
            Submission("hw1", lateness=70 * H),  # 3 days: all covered
            Submission("hw2", lateness=90 * H),  # 4 days, cap 3: 18 h uncovered > 12 h window
            Submission("hw3", lateness=10 * H),  # 0 left: 10 h ≤ 12 h window
            Submission("hw4a", lateness=97 * H),  # 5 days > 4: not accepted
        ],
    )
    assert [summary(o) for o in tally.outcomes] == [
        (3, 1.0, "grace"),
        (3, 0.25, "penalty"),  # credit is left, so it is a penalty (format 1 called it "no-credit")
        (0, 0.75, "penalty"),
        (0, 0.0, "not-accepted"),
    ]
    assert (tally.used, tally.left) == (6, 0)


def test_lateness_is_elapsed_time_across_the_dst_change():
    """Due Sat 9 Mar 23:59 EST, submitted Mon 11 Mar 00:29 EDT: 23.5 h elapsed (not 24.5 h), so 1 grace day."""
    course = with_assignment(COURSE, "hw4a", due=dt.datetime(2024, 3, 9, 23, 59, tzinfo=NY))
    submitted = dt.datetime(2024, 3, 11, 0, 29, tzinfo=NY)
    outcome = what_if(course, "hw4a", submitted, 0)
    assert outcome.late_hours == pytest.approx(23.5)
    assert summary(outcome) == (0, 0.5, "penalty")
    assert what_if(course, "hw4a", submitted.astimezone(dt.UTC), 4) == what_if(course, "hw4a", submitted, 4)
    spring_forward = what_if(course, "hw4a", dt.datetime(2024, 3, 10, 23, 59, tzinfo=NY), 4)
    assert spring_forward.late_hours == pytest.approx(23.0)
    assert summary(spring_forward) == (1, 1.0, "grace")


def test_extension_across_dst_is_measured_in_elapsed_time():
    """An extension to Sun 10 Mar 23:59 EDT: submitting at 23:59 EDT that day is on time, one second later is late."""
    new_due = dt.datetime(2024, 3, 10, 23, 59, tzinfo=NY)
    grant = Grant("hw3", "extension", new_due=new_due)
    assert what_if(COURSE, "hw3", new_due, 4, [grant]).status == "on-time"
    assert summary(what_if(COURSE, "hw3", new_due + S, 4, [grant])) == (1, 1.0, "grace")


def test_what_if_uses_the_days_left_as_given():
    """The /late preview takes the student's current balance; a negative balance counts as none."""
    moment = after("hw4b", 30 * H)
    assert [what_if(COURSE, "hw4b", moment, left).grace_days for left in (4, 2, 1, 0, -1)] == [2, 2, 1, 0, 0]


def test_a_tally_reports_only_assignments_with_submission_records():
    """Assignments without any record (not yet exported, not yet due) are not reported as missing."""
    tally = compute_tally(COURSE, [Submission("hw2", lateness=dt.timedelta(0))])
    assert [o.assignment_id for o in tally.outcomes] == ["hw2"]
    assert tally == Tally(used=0, left=4, outcomes=tally.outcomes)
    assert tally.outcome("hw2") is not None
    assert tally.outcome("hw1") is None
    assert compute_tally(COURSE, []) == Tally(used=0, left=COURSE.grace.total, outcomes=())


def test_unknown_assignments_are_refused_with_a_readable_message():
    """A typo'd assignment id is a UserError naming it, for submissions, grants and what-ifs alike."""
    with pytest.raises(UserError, match="hw9"):
        compute_tally(COURSE, [Submission("hw9", lateness=H)])
    with pytest.raises(UserError, match="hw9"):
        compute_tally(COURSE, [], [Grant("hw9", "permission")])
    with pytest.raises(UserError, match="hw9"):
        what_if(COURSE, "hw9", HW3_DUE, 4)


def test_naive_datetimes_and_bad_values_are_refused():
    """No naive datetimes; an extension needs its new due time; lateness is never negative; kinds are checked."""
    naive = HW3_DUE.replace(tzinfo=None)
    with pytest.raises(ValueError, match="timezone-aware"):
        Submission("hw3", submitted_at=naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        Grant("hw3", "extension", new_due=naive)
    with pytest.raises(ValueError, match="new due"):
        Grant("hw3", "extension")
    with pytest.raises(ValueError, match="negative"):
        Submission("hw3", lateness=-S)
    with pytest.raises(ValueError, match="unknown grant kind"):
        Grant("hw3", "waiver")  # type: ignore[arg-type]


def test_the_extension_granted_last_stands():
    """hostile6 4: when staff extend twice, the grant made last applies, even to an earlier time (a correction)."""
    grants = [
        Grant("hw3", "extension", new_due=after("hw3", 24 * H)),
        Grant("hw3", "extension", new_due=after("hw3", 48 * H)),
    ]
    assert what_if(COURSE, "hw3", after("hw3", 47 * H), 4, grants).status == "on-time"
    assert what_if(COURSE, "hw3", after("hw3", 47 * H), 4, grants[::-1]).status != "on-time"


# Properties ------------------------------------------------------------------------------------------------------

ASSIGNMENT_IDS = [a.id for a in COURSE.assignments]
latenesses = st.one_of(
    st.none(),  # not submitted
    st.integers(min_value=-3 * 86400, max_value=5 * 86400).map(lambda s: dt.timedelta(seconds=s)),
    st.sampled_from([0, 1, 86400, 86401, 2 * 86400, 2 * 86400 + 1]).map(lambda s: dt.timedelta(seconds=s)),
)


def _submission(assignment_id: str, lateness: dt.timedelta | None, as_time: bool) -> Submission:
    if lateness is None:
        return Submission(assignment_id)
    if as_time:
        return Submission(assignment_id, submitted_at=after(assignment_id, lateness))
    return Submission(assignment_id, lateness=max(lateness, dt.timedelta(0)))


submission_sets = st.lists(st.tuples(st.sampled_from(ASSIGNMENT_IDS), latenesses, st.booleans()), max_size=16).map(
    lambda rows: [_submission(*row) for row in rows]
)
permissions = st.lists(st.sampled_from(ASSIGNMENT_IDS), max_size=3).map(
    lambda ids: [Grant(i, "permission") for i in ids]
)


@settings(max_examples=200, deadline=None)
@given(submissions=submission_sets, grants=permissions, data=st.data())
def test_property_limits_hold_and_input_order_is_irrelevant(submissions, grants, data):
    """Never more than the total, never more than the cap on one assignment, and shuffling changes nothing."""
    tally = compute_tally(COURSE, submissions, grants)
    assert 0 <= tally.used <= COURSE.grace.total
    assert tally.used + tally.left == COURSE.grace.total
    assert tally.used == sum(o.grace_days for o in tally.outcomes)
    for outcome in tally.outcomes:
        assert 0 <= outcome.grace_days <= COURSE.grace.max_per_assignment
        assert outcome.grace_days <= days_late(dt.timedelta(hours=outcome.late_hours) + dt.timedelta(microseconds=1))
        assert outcome.status in STATUSES
        assert outcome.credit in (1.0, 0.5, 0.0)  # full, the 50% penalty, none
    dues = [COURSE.assignment(o.assignment_id).due for o in tally.outcomes]
    assert dues == sorted(dues)
    shuffled = data.draw(st.permutations(submissions))
    assert compute_tally(COURSE, shuffled, grants[::-1]) == tally


@settings(max_examples=200, deadline=None)
@given(
    assignment_id=st.sampled_from(ASSIGNMENT_IDS),
    seconds=st.lists(st.integers(min_value=-86400, max_value=6 * 86400), min_size=2, max_size=2),
    left=st.integers(min_value=0, max_value=4),
    permitted=st.booleans(),
)
def test_property_credit_never_rises_with_lateness(assignment_id, seconds, left, permitted):
    """Submitting later never earns more credit, whatever the balance and with or without permission."""
    earlier, later = sorted(dt.timedelta(seconds=s) for s in seconds)
    grants = [Grant(assignment_id, "permission")] if permitted else []
    first = what_if(COURSE, assignment_id, after(assignment_id, earlier), left, grants)
    second = what_if(COURSE, assignment_id, after(assignment_id, later), left, grants)
    assert second.credit <= first.credit
    assert STATUSES.index(first.status) <= STATUSES.index(second.status)


@settings(max_examples=150, deadline=None)
@given(submissions=submission_sets, extra=st.integers(min_value=1, max_value=3 * 86400), data=st.data())
def test_property_a_later_submission_never_raises_its_own_credit_in_a_tally(submissions, extra, data):
    """Making one submitted assignment later never raises that assignment's credit in the full tally."""
    submitted = [s for s in submissions if not s.missing]
    if not submitted:
        return
    chosen = data.draw(st.sampled_from(submitted))
    index = submissions.index(chosen)
    if chosen.submitted_at is not None:
        later = dataclasses.replace(chosen, submitted_at=chosen.submitted_at + dt.timedelta(seconds=extra))
    else:
        later = dataclasses.replace(chosen, lateness=chosen.lateness + dt.timedelta(seconds=extra))
    before = compute_tally(COURSE, submissions).outcome(chosen.assignment_id)
    after_change = compute_tally(COURSE, [*submissions[:index], later, *submissions[index + 1 :]]).outcome(
        chosen.assignment_id
    )
    assert after_change.credit <= before.credit
