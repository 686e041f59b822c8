"""`coursebot gracedays import`: the records of one server are one course's (hostile5 5), and an older export is
refused with what it would take back (hostile5 3)."""

from __future__ import annotations

import shutil

import pytest

from bot.announce.server_setup import GuildSetup
from bot.cli.main import main
from bot.course.loader import BUNDLED_DATA
from bot.store.database import Store
from tests.conftest import FIXTURES, SECOND_DATA

GRADES = FIXTURES / "gradescope"
TEN, STAT = str(GRADES / "10-605_S24_grades.csv"), str(GRADES / "stat187_grades.csv")


@pytest.fixture
def courses_dir(tmp_path):
    root = tmp_path / "courses"
    root.mkdir()
    shutil.copytree(BUNDLED_DATA, root / "a")
    shutil.copytree(SECOND_DATA, root / "b")
    return root


def test_the_first_import_pins_an_unpicked_server_to_its_course(courses_dir, tmp_path, capsys, monkeypatch):
    """A server that has not picked its course follows the --course of its first import (said so, truly); an
    import for another course is then refused and records nothing."""
    db = tmp_path / "bot.db"
    monkeypatch.setenv("COURSEBOT_COURSES", str(courses_dir))
    monkeypatch.setenv("COURSEBOT_DB", str(db))
    assert main(["--course", "10-605-s24", "gracedays", "import", TEN, "--guild", "7"]) == 0
    out = capsys.readouterr().out
    assert "Server 7 had not picked its course: it follows 10-605-s24 from now on" in out
    store = Store(db)
    assert GuildSetup.from_json(store.server_settings.get(7)).course_id == "10-605-s24"
    store.close()
    assert main(["--course", "stat-187-f24", "gracedays", "import", STAT, "--guild", "7"]) == 2
    assert "server 7 follows the course '10-605-s24', not 'stat-187-f24'" in capsys.readouterr().err
    store = Store(db)
    try:
        assert store.grace.find_students(7, "pcsu") == []
    finally:
        store.close()
    assert main(["gracedays", "import", TEN, "--guild", "7"]) == 0
    assert "Server 7 follows 10-605-s24: read against its assignments." in capsys.readouterr().out


def test_a_refused_export_pins_nothing(courses_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COURSEBOT_COURSES", str(courses_dir))
    monkeypatch.setenv("COURSEBOT_DB", str(tmp_path / "bot.db"))
    assert main(["--course", "10-605-s24", "gracedays", "import", str(GRADES / "bad_time.csv"), "--guild", "8"]) == 1
    capsys.readouterr()
    assert main(["--course", "stat-187-f24", "gracedays", "import", STAT, "--guild", "8"]) == 0
    assert "it follows stat-187-f24 from now on" in capsys.readouterr().out


def test_an_older_export_is_refused_and_replace_newer_imports_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COURSEBOT_DB", str(tmp_path / "bot.db"))
    raw = (GRADES / "10-605_S24_grades.csv").read_text()
    header, *rows = raw.splitlines()
    column = header.split(",").index("Homework 1 - Submission Time")
    cells = rows[0].split(",")
    cells[column] = "2024-01-20 10:00:00 -0500"
    older = tmp_path / "older.csv"
    older.write_text("\n".join([header, ",".join(cells), *rows[1:]]) + "\n")
    assert main(["gracedays", "import", TEN]) == 0
    capsys.readouterr()
    assert main(["gracedays", "import", str(older)]) == 1
    err = capsys.readouterr().err
    assert "Nothing imported: this export is older than the records" in err
    assert f"{cells[header.split(',').index('Email')]}, hw1: submitted" in err
    assert "--replace-newer" in err
    assert "replace_newer:True" not in err
    assert main(["gracedays", "import", str(older), "--replace-newer"]) == 0
    assert "1 records changed" in capsys.readouterr().out


def ben_holds(tmp_path) -> set[str]:
    """The assignments ben's records are under in server 7."""
    store = Store(tmp_path / "bot.db")
    try:
        return {s.assignment_id for s in store.grace.submissions(7, "ben@andrew.cmu.edu")}
    finally:
        store.close()


def test_a_typed_assignment_that_would_move_a_right_import_is_refused_without_move(tmp_path, capsys, monkeypatch):
    """review13 6: HW_3 imported as hw3, then typed as hw4a: refused (rc 1), naming hw3, the 4 records that would
    move, --move, and that the file name reads as hw3; hw3 keeps its records."""
    monkeypatch.setenv("COURSEBOT_DB", str(tmp_path / "bot.db"))
    scores = str(GRADES / "HW_3_Programming_scores.csv")
    assert main(["gracedays", "import", scores, "--guild", "7"]) == 0
    capsys.readouterr()
    assert main(["gracedays", "import", scores, "--assignment", "hw4a", "--guild", "7"]) == 1
    err = capsys.readouterr().err
    assert "imported before as hw3 (programming) (from HW_3_Programming_scores.csv)" in err
    assert "as hw4a would take that import back and move its 4 record(s)" in err
    assert "--move" in err
    assert "file name HW_3_Programming_scores.csv reads as hw3 (programming)" in err
    assert ben_holds(tmp_path) == {"hw3"}


def test_an_export_imported_under_the_wrong_assignment_is_taken_back_by_importing_it_under_the_right_one(
    tmp_path, capsys, monkeypatch
):
    """hostile12 1: the second import is not "same file as before": it says which import it took back and what
    became of its records, then imports the file for the assignment named."""
    monkeypatch.setenv("COURSEBOT_DB", str(tmp_path / "bot.db"))
    scores = str(GRADES / "HW_3_Programming_scores.csv")
    assert main(["gracedays", "import", scores, "--assignment", "hw4b", "--guild", "7"]) == 0
    first = capsys.readouterr().out
    assert "Imported 4 students (hw4b): 4 records changed." in first
    assert "file name HW_3_Programming_scores.csv reads as hw3 (programming), but it was read as hw4b" in first
    assert main(["gracedays", "import", scores, "--assignment", "hw3", "--guild", "7"]) == 1
    assert "--move" in capsys.readouterr().err
    assert main(["gracedays", "import", scores, "--assignment", "hw3", "--guild", "7", "--move"]) == 0
    out = capsys.readouterr().out
    assert "imported before as hw4b (from HW_3_Programming_scores.csv): that import is taken back" in out
    assert "4 record(s) it added removed" in out
    assert "Imported 4 students (hw3): 4 records changed." in out
    assert ben_holds(tmp_path) == {"hw3"}


@pytest.mark.parametrize(
    ("data", "export"), [(None, STAT), (str(SECOND_DATA), TEN)], ids=["stat-187 into 10-605", "10-605 into stat-187"]
)
def test_another_courses_export_is_refused_and_adds_no_student(tmp_path, capsys, monkeypatch, data, export):
    """hostile12 12: exit 1, 'wrong course, or wrong file?' with the file's assignments; the server's records get
    none of its students."""
    monkeypatch.setenv("COURSEBOT_DB", str(tmp_path / "bot.db"))
    options = ["--data", data] if data else []
    assert main([*options, "gracedays", "import", export, "--guild", "7"]) == 1
    err = capsys.readouterr().err
    assert "nothing imported" in err
    assert "(wrong course, or wrong file?)" in err
    store = Store(tmp_path / "bot.db")
    try:
        assert store.grace.find_students(7, "@") == []
    finally:
        store.close()
