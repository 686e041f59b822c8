"""The loader refuses broken course data with messages that name the file, the item and the field."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.course.loader import CourseDataError, load_course


def _edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text()
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, 1))


def _problems(folder: Path) -> list[str]:
    with pytest.raises(CourseDataError) as info:
        load_course(folder)
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (
            "assignments.toml",
            "due = 2024-02-21",
            'due = "2024-02-30"',
            ["assignments.toml", "'hw3'", "'due'", "2024-02-30"],
        ),
        (
            "staff.toml",
            'weekday = "thursday"',
            'weekday = "thurday"',
            ["staff.toml", "yiwen-zhao", "'weekday'", "thurday"],
        ),
        ("assignments.toml", "release = 2024-02-09", "release = 2024-02-22", ["'hw3'", "'due'", "before the release"]),
        (
            "staff.toml",
            "start = 09:00:00, end = 10:00:00",
            "start = 10:00:00, end = 09:00:00",
            ["yiwen-zhao", "'end'", "before it starts"],
        ),
        ("assignments.toml", 'id = "hw2"', 'id = "hw1"', ["assignments.toml", "'hw1'", "duplicate id"]),
        (
            "schedule.toml",
            'kind = "lecture"',
            'kind = "lectur"',
            ["schedule.toml", "day 2024-01-17", "'kind'", "lectur"],
        ),
        (
            "course.toml",
            'timezone = "America/New_York"',
            'timezone = "Mars/Olympus"',
            ["course.toml", "'timezone'", "Mars/Olympus"],
        ),
        (
            "course.toml",
            'timezone = "America/New_York"',
            'timezone = "EST"',
            ["course.toml", "'timezone'", "'EST' is an abbreviation", "fixed UTC-5", "America/New_York"],
        ),
        (
            "course.toml",
            'timezone = "America/New_York"',
            'timezone = "Etc/GMT+5"',
            ["'timezone'", "fixed offset (UTC-5)", "never observes daylight saving"],
        ),
        (
            "course.toml",
            'timezone = "America/New_York"',
            'timezone = "EST5EDT"',
            ["'timezone'", "legacy rule name", "America/New_York"],
        ),
        ("course.toml", 'timezone = "America/New_York"', 'timezone = "CST"', ["'timezone'", "America/Chicago"]),
        (
            "assignments.toml",
            'sections = ["10-605"]\nnotes',
            'sections = ["10-606"]\nnotes',
            ["'miniproject'", "'sections'", "10-606"],
        ),
        (
            "exams.toml",
            "opens_days_before = 21",
            "opens_days_before = -3",
            ["exam1", "must not be negative"],
        ),
        ("assignments.toml", 'short = "HW1"', 'shortt = "HW1"', ["'hw1'", "'shortt'", "unknown field"]),
        (
            "staff.toml",
            'person = "*"\nkind',
            'person = "nobody"\nkind',
            ["office_hours_change #1", "'person'", "nobody"],
        ),
        ("policies.toml", "total = 4", 'total = "four"', ["[late.pool]", "'total'", "a number"]),
        ("schedule.toml", 'exam = "exam2"', 'exam = "exam3"', ["day 2024-04-24", "exam3"]),
        ("schedule.toml", "date = 2024-01-19", "date = 2024-01-16", ["day 2024-01-16", "keep days in order"]),
    ],
)
def test_broken_data_is_refused_with_a_precise_message(data_copy, file, old, new, expected):
    """Each kind of mistake is reported with its file, item and field."""
    _edit(data_copy, file, old, new)
    problems = _problems(data_copy)
    assert any(all(part in p for part in expected) for p in problems), problems


@pytest.mark.parametrize(
    ("course_copy", "file", "old", "new", "expected"),
    [
        (
            "data_copy",
            "exams.toml",
            'aliases = ["first exam",',
            'aliases = ["hw1", "first exam",',
            ["exams.toml", "exam 'exam1'", "'aliases'", "'hw1' also names assignment 'hw1' in assignments.toml"],
        ),
        (
            "second_copy",
            "assignments.toml",
            'aliases = ["project proposal", "proposal"]',
            'aliases = ["project proposal", "proposal", "the final"]',
            ["exams.toml", "'aliases'", "'the final' also names assignment 'proposal' in assignments.toml"],
        ),
        (
            "second_copy",
            "course.toml",
            'id = "1A"',
            'id = "ps1"',
            ["course.toml", "section 'ps1'", "'id'", "also names assignment 'ps1'"],
        ),
        (
            "data_copy",
            "staff.toml",
            'aliases = ["jacob"]',
            'aliases = ["jacob", "exam 2"]',
            ["staff.toml", "'aliases'", "'exam 2' also names exam"],
        ),
    ],
)
def test_a_name_shared_by_two_kinds_of_thing_is_refused(request, course_copy, file, old, new, expected):
    """hostile7 12: an assignment and an exam (or a section, a person) may not share a name: "when is the final"
    would silently pick one. On both bundled courses."""
    folder = request.getfixturevalue(course_copy)
    _edit(folder, file, old, new)
    problems = _problems(folder)
    assert any(all(part in p for part in expected) for p in problems), problems


def test_toml_syntax_error_names_the_file_and_line(data_copy):
    """A TOML syntax error (e.g. a month 13 date literal) is reported with the file and its line."""
    _edit(data_copy, "assignments.toml", "due = 2024-01-29", "due = 2024-13-29")
    (problem,) = _problems(data_copy)
    assert problem.startswith("assignments.toml")
    assert "line" in problem


def test_all_problems_are_reported_at_once(data_copy):
    """Staff fix a file in one pass: several mistakes give several messages."""
    _edit(data_copy, "staff.toml", 'weekday = "monday"', 'weekday = "moonday"')
    _edit(data_copy, "assignments.toml", 'id = "hw5"', 'id = "hw3"')
    assert len(_problems(data_copy)) >= 2


def test_missing_file_and_folder(data_copy, tmp_path):
    """A missing file or folder is named."""
    (data_copy / "exams.toml").unlink()
    assert any("exams.toml" in p and "missing" in p for p in _problems(data_copy))
    assert any("no such course folder" in p for p in _problems(tmp_path / "nope"))


def test_a_second_course_is_a_second_folder(data_copy):
    """Nothing is 10-605 specific: a renamed, retimed course with one section loads and is used as is."""
    _edit(data_copy, "course.toml", 'id = "10-605-s24"', 'id = "15-999-f25"')
    _edit(data_copy, "course.toml", 'timezone = "America/New_York"', 'timezone = "America/Los_Angeles"')
    _edit(data_copy, "course.toml", "default_due_time = 23:59:00", "default_due_time = 17:00:00")
    other = load_course(data_copy)
    assert other.id == "15-999-f25"
    assert other.assignment("hw1").due.isoformat() == "2024-01-29T17:00:00-08:00"


def test_explicit_due_time_overrides_the_default(data_copy):
    """An assignment can give its own local due time; then it is not marked as assumed."""
    _edit(data_copy, "assignments.toml", "due = 2024-01-29", "due = 2024-01-29T17:00:00")
    hw1 = load_course(data_copy).assignment("hw1")
    assert hw1.due.isoformat() == "2024-01-29T17:00:00-05:00"
    assert not hw1.due_time_assumed


def _coursebot(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, timeout=60, check=False)


def test_check_command_exit_codes(data_copy):
    """`coursebot check` exits 0 on good data and non-zero, listing problems, on bad data."""
    good = _coursebot("check", str(data_copy))
    assert good.returncode == 0, good.stderr
    assert "OK" in good.stdout
    _edit(data_copy, "staff.toml", 'weekday = "friday"', 'weekday = "fryday"')
    bad = _coursebot("check", str(data_copy))
    assert bad.returncode == 1
    assert "staff.toml" in bad.stderr
    assert "gabriel-fonseca" in bad.stderr


def test_the_default_course_is_named_by_the_data_not_the_code(tmp_path):
    from bot.course.loader import BUNDLED_DATA, bundled_default

    assert (BUNDLED_DATA / "course.toml").is_file()
    assert BUNDLED_DATA.name in (BUNDLED_DATA.parent / "default-course").read_text()
    (tmp_path / "b-course").mkdir()
    (tmp_path / "b-course" / "course.toml").write_text("")
    assert bundled_default(tmp_path) == tmp_path / "b-course"  # one course and no marker: that one
    (tmp_path / "a-course").mkdir()
    (tmp_path / "a-course" / "course.toml").write_text("")
    assert not bundled_default(tmp_path).is_dir()  # two and no marker: none is guessed
    (tmp_path / "default-course").write_text("# which course\n\na-course\n")
    assert bundled_default(tmp_path) == tmp_path / "a-course"


def test_a_byte_order_mark_in_front_of_any_toml_file_is_not_part_of_it(data_copy):
    """Windows editors may save UTF-8 with a byte-order mark: every file still reads, with the same data."""
    from bot.cli.common import course_id

    plain = load_course(data_copy)
    for path in sorted(data_copy.glob("*.toml")):
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    marked = load_course(data_copy)
    assert marked.assignments == plain.assignments
    assert marked.policies == plain.policies
    assert course_id(data_copy) == plain.id
