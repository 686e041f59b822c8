"""`coursebot check` warns on a due time or exam start the clocks pass twice (the fall-back night), naming which
instant is used; `/late` at such a time says which one it read, as `/announce` does."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import replace

import pytest

from bot.answers.grace import late_answer_for
from bot.cli.main import main
from bot.core.render_text import answer_text
from bot.course.repeated_times import repeated_time_warnings
from tests.conftest import SECOND_DATA
from tests.understand.conftest import course_in

CASES = [
    ("data/stat-187-f24", "ps5", "2024-11-03 01:30", "1:30 AM on Sun Nov 3", "(PDT, not PST)"),
    ("tests/fixtures/courses/hist-210-a24", "essay1", "2024-10-27 01:15", "1:15 AM on Sun Oct 27", "(BST, not GMT)"),
]


def _due_at(folder: str, assignment: str, due: str):
    course = course_in(folder)
    moment = dt.datetime.fromisoformat(due).replace(tzinfo=course.tz)
    return replace(
        course, assignments=tuple(replace(a, due=moment) if a.id == assignment else a for a in course.assignments)
    )


@pytest.mark.parametrize(("folder", "assignment", "due", "when", "which"), CASES)
def test_a_due_time_in_the_repeated_hour_is_warned_with_the_instant_used(folder, assignment, due, when, which):
    course = _due_at(folder, assignment, due)
    warnings = repeated_time_warnings(course)
    assert len(warnings) == 1, warnings
    assert f"assignment '{assignment}', field 'due': {when} happens twice" in warnings[0]
    assert f"the first one is used {which}" in warnings[0]


@pytest.mark.parametrize("folder", ["data/stat-187-f24", "data/10-605-s24", "tests/fixtures/courses/chem-1310-s26"])
def test_no_warning_for_the_courses_as_written(folder):
    assert repeated_time_warnings(course_in(folder)) == []


@pytest.mark.parametrize(("folder", "assignment", "due", "when", "which"), CASES)
def test_late_says_which_passing_of_a_repeated_time_it_read(folder, assignment, due, when, which):
    course = course_in(folder)
    at = dt.datetime.fromisoformat(due).replace(tzinfo=course.tz)
    said = answer_text(late_answer_for(course, assignment, at, 0, known=False), course.tz, at)
    assert "happens twice that night (the clocks go back); this is the first one" in said, said


def test_check_prints_the_warning_and_still_passes(tmp_path, capsys):
    """`coursebot check` on a folder with a due time at 1:30 AM on the fall-back night: OK, then the warning."""
    folder = tmp_path / "stat"
    shutil.copytree(SECOND_DATA, folder)
    path = folder / "assignments.toml"
    path.write_text(re.sub(r"^due = 2024-11-01$", "due = 2024-11-03T01:30:00", path.read_text(), flags=re.MULTILINE))
    assert main(["check", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "warning: assignments.toml: assignment 'ps5', field 'due': 1:30 AM on Sun Nov 3 happens twice" in out, out
