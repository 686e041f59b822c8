"""The late-work engine follows each assignment's own late rule: work not accepted late is never charged a pool
unit and keeps no credit; work with its own penalty is charged by it; work whose rule the page leaves open is
flagged unknown."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from bot.answers.grace import tally_answer
from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.grace.engine import Submission, compute_tally, what_if
from tests.conftest import FIXTURES

CHEM = load_course(FIXTURES / "courses" / "chem-1310-s26")
H = dt.timedelta(hours=1)
S = dt.timedelta(seconds=1)


def late(course, assignment_id: str, by: dt.timedelta) -> Submission:
    return Submission(assignment_id, submitted_at=course.assignment(assignment_id).due + by)


@pytest.mark.parametrize(
    ("assignment_id", "lateness", "left", "expected"),
    [
        ("quiz6", S, 3, (0, 0.0, "not-accepted")),
        ("quiz6", dt.timedelta(0), 3, (0, 1.0, "on-time")),
        ("prelab6", H, 3, (0, 0.0, "not-accepted")),  # kind lab like lab reports, but named by id
        ("prelab6", 80 * H, 0, (0, 0.0, "not-accepted")),
        ("lab5", H, 3, (1, 1.0, "grace")),  # the same kind under the general rule
        ("ps6", 48 * H + S, 3, (2, 0.9, "penalty")),  # 2 slip days at most, then 10% per started day
        ("ps6", 72 * H + S, 3, (0, 0.0, "not-accepted")),
    ],
)
def test_each_kind_of_work_follows_its_own_rule(assignment_id, lateness, left, expected):
    """Quizzes and pre-labs: not accepted a second late, no slip day spent; problem sets and lab reports as before."""
    item = CHEM.assignment(assignment_id)
    found = what_if(CHEM, assignment_id, item.due + lateness, left)
    assert (found.grace_days, found.credit, found.status) == expected


def test_a_late_quiz_is_not_charged_a_pool_day_in_the_tally():
    """In due order, a late quiz between two late problem sets leaves the pool for the problem sets."""
    subs = [late(CHEM, "ps5", 20 * H), late(CHEM, "quiz5", 20 * H), late(CHEM, "ps6", 30 * H)]
    tally = compute_tally(CHEM, subs)
    by_id = {o.assignment_id: (o.grace_days, o.credit, o.status) for o in tally.outcomes}
    assert by_id == {"ps5": (1, 1.0, "grace"), "quiz5": (0, 0.0, "not-accepted"), "ps6": (2, 1.0, "grace")}
    assert (tally.used, tally.left) == (3, 0)
    shown = answer_text(tally_answer(CHEM, tally, "a student"), CHEM.tz, CHEM.assignment("ps6").due)
    assert "Quiz 5: not accepted late (“Pre-labs and quizzes are not accepted late.”)" in shown


def _chem_with(tmp_path, rule: str):
    folder = tmp_path / "chem"
    shutil.copytree(FIXTURES / "courses" / "chem-1310-s26", folder)
    policies = folder / "policies.toml"
    policies.write_text(policies.read_text() + "\n" + rule)
    return load_course(folder)


def test_work_with_its_own_penalty_is_charged_by_it(tmp_path):
    """Lab reports at 25% per started day (the general cutoff of 3 days still holds; slip days still first)."""
    course = _chem_with(
        tmp_path,
        '[[late.rule]]\nkinds = ["lab"]\nquote = "late problem sets and lab reports lose 10% per day"\n'
        'penalty = { steps = [{ rate = 0.25, per = "day" }] }\n',
    )
    lab = course.assignment("lab5")
    assert what_if(course, "lab5", lab.due + 30 * H, 0).credit == pytest.approx(0.5)
    assert what_if(course, "lab5", lab.due + 30 * H, 3).status == "grace"
    assert what_if(course, "lab5", lab.due + 72 * H + S, 0).status == "not-accepted"
    ps = course.assignment("ps6")
    assert what_if(course, "ps6", ps.due + 30 * H, 0).credit == pytest.approx(0.8)  # the general 10% per day


def test_work_whose_rule_the_page_leaves_open_is_flagged(tmp_path):
    """status = "unknown": a late lab report is 'unknown' with no credit figure and no pool spent."""
    course = _chem_with(tmp_path, '[[late.rule]]\nkinds = ["lab"]\nstatus = "unknown"\nquote = "lab reports"\n')
    lab = course.assignment("lab5")
    found = what_if(course, "lab5", lab.due + H, 3)
    assert (found.grace_days, found.credit, found.status) == (0, None, "unknown")
    assert not lab.grace_days
