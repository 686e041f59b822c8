"""The CLI's course choice (--course next to --data, COURSEBOT_COURSES), `check` of a folder of courses, and
`new-course` (a template that passes `check` as written)."""

from __future__ import annotations

import json
import shutil

import pytest

from bot.cli.main import main
from bot.course.loader import BUNDLED_DATA, load_course
from bot.course.template import FILES
from tests.conftest import SECOND_DATA


@pytest.fixture
def courses_dir(tmp_path):
    root = tmp_path / "courses"
    root.mkdir()
    shutil.copytree(BUNDLED_DATA, root / "a")
    shutil.copytree(SECOND_DATA, root / "b")
    return root


def test_course_option_picks_a_course_from_a_folder_of_courses(courses_dir, capsys, monkeypatch):
    """--course ID with --data ROOT, or with COURSEBOT_COURSES, answers from that course."""
    assert main(["--data", str(courses_dir), "--course", "stat-187-f24", "deadlines", "--all", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["id"] == "ps1"
    assert rows[0]["due"] == "2024-09-13T17:00:00-07:00"
    monkeypatch.setenv("COURSEBOT_COURSES", str(courses_dir))
    assert main(["--course", "10-605-s24", "deadlines", "--all", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["id"] == "hw1"


def test_an_unknown_course_is_a_clear_message(courses_dir, capsys):
    """A course id that is not there: exit 2 and the courses that are."""
    assert main(["--data", str(courses_dir), "--course", "nope", "deadlines"]) == 2
    err = capsys.readouterr().err
    assert "nope" in err
    assert "stat-187-f24" in err
    assert "Traceback" not in err


def test_check_validates_a_folder_of_courses(courses_dir, capsys):
    """`check ROOT` checks every course in it; one broken file fails the whole check, named by folder."""
    assert main(["check", str(courses_dir)]) == 0
    out = capsys.readouterr().out
    assert out.count("OK ") == 2
    (courses_dir / "b" / "exams.toml").write_text(
        (courses_dir / "b" / "exams.toml").read_text().replace("start = 19:00:00", 'start = "19:00-21:00"')
    )
    assert main(["check", str(courses_dir)]) == 1
    assert "b/exams.toml: exam 'midterm', field 'start'" in capsys.readouterr().err


def test_new_course_writes_a_template_that_checks(tmp_path, capsys):
    """`new-course DIR` writes every file, commented; the result passes `check`; an existing folder is refused."""
    target = tmp_path / "new"
    assert main(["new-course", str(target)]) == 0
    assert sorted(p.name for p in target.iterdir()) == sorted(FILES)
    assert all("#" in (target / name).read_text() for name in FILES)
    assert main(["check", str(target)]) == 0
    course = load_course(target)
    assert course.format == 2
    assert course.late.pool.plural == "slip days"
    assert main(["new-course", str(target)]) == 1
    assert "not empty" in capsys.readouterr().err


def test_calendar_section_in_any_case(tmp_path, capsys):
    """`coursebot calendar --section 1c` is section 1C of the second course (its discussion included)."""
    out = tmp_path / "c.ics"
    assert main(["--data", str(SECOND_DATA), "calendar", "--out", str(out), "--section", "1c"]) == 0
    assert "section 1C" in capsys.readouterr().out
    assert b"Discussion section 1C" in out.read_bytes()
