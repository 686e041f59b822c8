"""Format 2: every new field is checked, ambiguity is refused by file, item and field, and format 1 still loads."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from bot.answers.deadlines import deadline_record
from bot.course.loader import CourseDataError, load_course
from bot.course.unknown import UNKNOWN
from bot.grace.engine import what_if
from tests.conftest import FORMAT1_DATA, SECOND_DATA


def _edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text()
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, 1))


def _problems(folder: Path) -> list[str]:
    with pytest.raises(CourseDataError) as info:
        load_course(folder)
    return [str(p) for p in info.value.problems]


def test_format_1_folders_still_load_and_compute_the_same(course):
    """The 10-605 folder as written in format 1 gives the same deadlines, late outcomes and exam dates."""
    old = load_course(FORMAT1_DATA)
    assert old.format == 1
    assert course.format == 2
    assert [deadline_record(old, a) for a in old.assignments] == [
        deadline_record(course, a) for a in course.assignments
    ]
    for hours in (0.5, 23, 24.5, 30, 47, 49, 100):
        for left in (0, 1, 4):
            at = old.assignment("hw3").due + dt.timedelta(hours=hours)
            assert what_if(old, "hw3", at, left) == what_if(course, "hw3", at, left)
    assert [(e.id, e.date) for e in old.exams] == [(e.id, e.date) for e in course.exams]
    assert [p.role_title for p in old.people] == [p.role_title for p in course.people]


def test_second_course_loads_with_everything_the_format_can_say(second_course):
    """The invented course: Pacific time, no pool, 8 sections, timed exams with rooms, its own words."""
    c = second_course
    assert c.tz.key == "America/Los_Angeles"
    assert c.late.pool is None
    assert c.section_ids() == ("1A", "1B", "1C", "1D", "1E", "1F", "1G", "1H")
    assert {r.title for r in c.roles} == {"Professor", "Course Coordinator", "GSI", "Reader"}
    assert (c.forum.name, c.submission_site.name) == ("Ed", "PrairieLearn")
    assert c.regrades.window_days is UNKNOWN
    assert c.exam("midterm").during_class is False
    assert c.exam("midterm").room_for("1G") == "Bayview Auditorium"
    assert c.exam("final").conflict_form.status == "none"
    assert not any(a.due_time_assumed for a in c.assignments)
    assert c.synonyms["dis"] == "discussion"


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        ("exams.toml", "start = 19:00:00", 'start = "18:00-20:00"', ["exam 'midterm'", "'start'", "time range"]),
        ("exams.toml", "start = 19:00:00", 'start = "19:00-05:00"', ["exam 'midterm'", "'start'", "time range"]),
        ("meetings.toml", "start = 11:00:00", 'start = "11:00 - 12:20"', ["meeting 'lecture'", "'start'", "range"]),
        ("assignments.toml", '"pset 2", "pset2"', '"pset 1", "pset2"', ["assignment 'ps2'", "aliases", "'ps1'"]),
        ("exams.toml", 'aliases = ["final", "the final"]', 'aliases = ["mt"]', ["exam 'final'", "'mt'", "midterm"]),
        ("assignments.toml", "due = 2024-09-13", "due = 2025-09-13", ["'ps1'", "'due'", "outside the term"]),
        ("exams.toml", "date = 2024-12-12", "date = 2024-12-20", ["exam 'final'", "'date'", "outside the term"]),
        ("schedule.toml", "date = 2024-09-02", "date = 2023-09-02", ["day 2023-09-02", "outside the term"]),
        ("meetings.toml", 'kind = "discussion"\nsection = "1A"', 'kind = "lab"\nsection = "1A"', ["'kind'", "lab"]),
        ("meetings.toml", 'section = "1A"', 'section = "1Z"', ["meeting 'dis-1a'", "'section'", "1Z"]),
        ("meetings.toml", 'staff = ["priya-raman"]', 'staff = ["nobody"]', ["meeting 'dis-1a'", "'staff'", "nobody"]),
        ("staff.toml", 'role = "gsi"', 'role = "ta"', ["person 'priya-raman'", "'role'", "unknown role"]),
        ("policies.toml", "rate = 0.02", "rate = 2", ["step #1", "'rate'", "between 0 and 1"]),
        ("policies.toml", "after_hours = 48", "after_hourz = 48", ["[late.cutoff]", "after_hourz"]),
        ("policies.toml", "[late.cutoff]\nafter_hours = 48", 'cutoff = "maybe"\n[late.x]\na=1', ["'cutoff'"]),
        ("exams.toml", 'status = "link"', 'status = "later"', ["conflict_form", "'status'", "url is given"]),
        ("exams.toml", 'room = "Redwood Hall 1"', 'room = "Redwood"\nrooms = [{ room = "X" }]', ["either one"]),
        ("course.toml", "format = 2", "format = 3", ["course.toml", "'format'", "unknown format"]),
        ("course.toml", 'id = "1B"', 'id = "1a"', ["course.toml", "section '1a'", "also names section"]),
    ],
)
def test_ambiguous_or_wrong_values_are_refused_precisely(second_copy, file, old, new, expected):
    """A time range where a time goes, a shared alias, a date outside the term...: refused with file, item, field."""
    _edit(second_copy, file, old, new)
    problems = _problems(second_copy)
    assert any(all(part in p for part in expected) for p in problems), problems


def test_a_penalty_schedule_that_stops_without_a_cutoff_is_refused(second_copy):
    """After the last step something must happen: an open-ended step or a cutoff no later than the last step."""
    _edit(second_copy, "policies.toml", "[late.cutoff]\nafter_hours = 48", "[late.cutoff]\nafter_hours = 72")
    assert any("last step ends" in p for p in _problems(second_copy))


def test_a_penalty_that_drops_with_lateness_is_refused(second_copy):
    """A later submission must never cost less."""
    _edit(
        second_copy,
        "policies.toml",
        'steps = [{ up_to_hours = 48, rate = 0.02, per = "hour", rounding = "up" }]',
        "steps = [{ up_to_hours = 24, penalty = 0.5 }, { up_to_hours = 48, penalty = 0.2 }]",
    )
    assert any("drops" in p for p in _problems(second_copy))


def test_silence_is_a_value_not_zero(second_copy):
    """'unknown' is read as the page being silent: never 0, never an empty number."""
    course = load_course(second_copy)
    assert course.regrades.window_days is UNKNOWN
    assert course.extensions.notice_days is UNKNOWN
    _edit(second_copy, "policies.toml", 'window_days = "unknown"', "window_days = 0")
    assert load_course(second_copy).regrades.window_days == 0
    with pytest.raises(TypeError):
        bool(UNKNOWN)


@pytest.mark.parametrize("name", ["schedule.toml", "assignments.toml", "staff.toml"])
def test_an_empty_essential_file_is_refused(data_copy, name):
    """An empty schedule, assignments or staff file is refused, naming the file and what is missing (issue 9.11)."""
    (data_copy / name).write_text("# emptied by mistake\n")
    problems = _problems(data_copy)
    assert any(p.startswith(name) and "no " in p for p in problems), problems


def test_a_syntax_error_is_reported_with_the_other_files_problems(data_copy):
    """A TOML syntax error in one file does not hide what is wrong in the others."""
    _edit(data_copy, "assignments.toml", "due = 2024-01-29", "due = 2024-13-29")
    _edit(data_copy, "staff.toml", 'weekday = "monday"', 'weekday = "moonday"')
    _edit(data_copy, "exams.toml", "date = 2024-02-26", "date = 2023-02-26")
    problems = _problems(data_copy)
    assert any(p.startswith("assignments.toml") and "line" in p for p in problems)
    assert any(p.startswith("staff.toml") and "moonday" in p for p in problems)
    assert any(p.startswith("exams.toml") and "outside the term" in p for p in problems)


def test_grace_days_flag_is_format_1_only(data_copy):
    """Format 2 says in the policy which assignments the pool covers; a per-assignment flag is refused."""
    _edit(data_copy, "assignments.toml", 'kind = "homework"', 'kind = "homework"\ngrace_days = true')
    assert any("'grace_days'" in p and "[late.pool]" in p for p in _problems(data_copy))


def test_format_1_copy_is_untouched(tmp_path):
    """The format 1 fixture is a real format 1 folder (no meetings.toml, [grace_days] and [late_work] tables)."""
    target = tmp_path / "old"
    shutil.copytree(FORMAT1_DATA, target)
    assert not (target / "meetings.toml").exists()
    assert "[grace_days]" in (target / "policies.toml").read_text()
    assert load_course(target).late.pool.total == 4
    assert SECOND_DATA.is_dir()


def test_without_meetings_toml_the_schedules_kinds_name_themselves(data_copy):
    """A format 2 course with no meetings.toml: 'lecture' rows are Lectures; a kind that is not an id is refused."""
    (data_copy / "meetings.toml").unlink()
    course = load_course(data_copy)
    assert [k.name for k in course.meeting_kinds] == ["Lecture", "Recitation", "Guest lecture"]
    assert course.meetings == ()
    _edit(data_copy, "schedule.toml", 'kind = "lecture"', 'kind = "Big Lecture"')
    assert any("'kind'" in p and "not a kind id" in p for p in _problems(data_copy))
