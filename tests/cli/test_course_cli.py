"""The CLI's course choice (--course next to --data, COURSEBOT_COURSES), `check` of a folder of courses, and
`new-course` (a template that passes `check` as written)."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil

import pytest

from bot.cli.main import main
from bot.course.loader import BUNDLED_DATA, load_course
from bot.course.template import FILES
from tests.conftest import FIXTURES, SECOND_DATA


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


@pytest.mark.parametrize(("where", "hint"), [("inside", "--course stat-187-f24"), ("elsewhere", "--data {folder}")])
def test_a_course_folder_given_as_course_points_to_the_exact_fix(courses_dir, tmp_path, capsys, where, hint):
    """--course with a course's folder rather than its id: exit 2, said to be a folder; a folder of the courses in use
    is named by its id, any other is given with --data."""
    folder = courses_dir / "b"
    if where == "elsewhere":
        folder = tmp_path / "elsewhere"
        shutil.copytree(SECOND_DATA, folder)
    assert main(["--data", str(courses_dir), "--course", str(folder), "deadlines"]) == 2
    err = capsys.readouterr().err
    assert "is a course folder, not a course id" in err
    assert f"e.g. {hint.format(folder=folder)}" in err


@pytest.mark.parametrize(
    ("course", "code", "said"),
    [
        ("10-605-s24", 2, "--data names one course, stat-187-f24, not '10-605-s24'"),
        ("nope", 2, "drop --course"),
        ("stat-187-f24", 0, ""),
        ("b", 0, ""),
    ],
)
def test_data_naming_one_course_never_answers_for_another(courses_dir, capsys, course, code, said):
    """--data <one course> with --course naming another is refused, naming both (with the folder of courses that
    has the other as the way); naming that same course (its id or folder) answers from it."""
    assert main(["--data", str(courses_dir / "b"), "--course", course, "deadlines", "--all", "--json"]) == code
    out, err = capsys.readouterr()
    if code:
        assert said in err
        assert "ps1" not in out
        if course == "10-605-s24":
            assert f"e.g. --data {courses_dir} --course 10-605-s24" in err
    else:
        assert json.loads(out)[0]["id"] == "ps1"


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
    assert main(["new-course", str(target)]) == 2  # a usage mistake (the folder is taken): exit 2
    assert "not empty" in capsys.readouterr().err


def test_calendar_section_in_any_case(tmp_path, capsys):
    """`coursebot calendar --section 1c` is section 1C of the second course (its discussion included)."""
    out = tmp_path / "c.ics"
    assert main(["--data", str(SECOND_DATA), "calendar", "--out", str(out), "--section", "1c"]) == 0
    assert "section 1C" in capsys.readouterr().out
    assert b"Discussion section 1C" in out.read_bytes()


def test_a_folder_of_courses_without_course_is_a_clear_message(courses_dir, capsys, monkeypatch):
    """COURSEBOT_COURSES (or --data ROOT) and no --course: exit 2 naming the courses, never another course's answer;
    `check` still checks them all; `run --course` is refused (each server picks its own)."""
    monkeypatch.setenv("COURSEBOT_COURSES", str(courses_dir))
    assert main(["deadlines", "--all"]) == 2
    err = capsys.readouterr().err
    assert "is a folder of courses; pick one with --course ID (courses: 10-605-s24, stat-187-f24)" in err
    assert main(["--data", str(courses_dir), "ask", "when is hw3 due"]) == 2
    assert "pick one with --course ID" in capsys.readouterr().err
    assert main(["--data", str(BUNDLED_DATA), "deadlines", "--all", "--json"]) == 0  # one course named: it wins
    assert json.loads(capsys.readouterr().out)[0]["id"] == "hw1"
    assert main(["check"]) == 0
    assert capsys.readouterr().out.count("OK ") == 2
    assert main(["--course", "stat-187-f24", "run"]) == 2
    assert "each server picks its own with /setup course" in capsys.readouterr().err


def test_grades_import_reads_the_servers_course(courses_dir, tmp_path, capsys, monkeypatch):
    """`gracedays import --guild G`: G's picked course, else --course; --course naming another course than G's is
    refused (records would mix); nothing picked and no --course is refused."""
    from bot.announce.server_setup import GuildSetup
    from bot.store.database import Store

    db = tmp_path / "bot.db"
    monkeypatch.setenv("COURSEBOT_COURSES", str(courses_dir))
    monkeypatch.setenv("COURSEBOT_DB", str(db))
    grades = FIXTURES / "gradescope"
    stat, ten = str(grades / "stat187_grades.csv"), str(grades / "10-605_S24_grades.csv")
    assert main(["gracedays", "import", stat, "--guild", "55"]) == 2
    assert "server 55 has not picked one with /setup course; pick one with --course ID" in capsys.readouterr().err
    assert main(["--course", "stat-187-f24", "gracedays", "import", stat, "--guild", "55"]) == 0
    assert "Imported" in capsys.readouterr().out
    store = Store(db)
    now = dt.datetime.now(dt.UTC)
    store.server_settings.save(66, GuildSetup(course_id="10-605-s24").to_json(), by=1, now=now, change={})
    store.close()
    assert main(["--course", "stat-187-f24", "gracedays", "import", stat, "--guild", "66"]) == 2
    assert "server 66 follows the course '10-605-s24', not 'stat-187-f24'" in capsys.readouterr().err
    assert main(["gracedays", "import", ten, "--guild", "66"]) == 0
    out = capsys.readouterr().out
    assert "Server 66 follows 10-605-s24" in out
    assert "Imported 6 students" in out


def test_console_answers_from_the_course_picked(courses_dir, tmp_path, capsys, monkeypatch):
    """`console --course ID` answers from that course, in its time zone; without it, the console's server's own
    course, and with neither a clear message (exit 2)."""
    monkeypatch.setenv("COURSEBOT_COURSES", str(courses_dir))
    monkeypatch.setenv("COURSEBOT_DB", str(tmp_path / "bot.db"))
    monkeypatch.setenv("COURSEBOT_GUILD_ID", "")
    script = (
        "/deadline assignment:ps5\n/setup course course:stat-187-f24\n/calendar\n"
        "/setup course course:10-605-s24 confirm:True\n/deadline assignment:hw3\n"
        "/setup course course:stat-187-f24 confirm:True\n"
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(script))
    assert main(["--course", "STAT-187-F24", "console", "--now", "2024-10-14T09:00", "--staff"]) == 0
    out = capsys.readouterr().out
    assert "PS5 is due Fri Nov 1, 5:00 PM PDT" in out
    assert "This server follows stat-187-f24" in out
    assert "coursebot --course stat-187-f24 calendar --out" in out
    assert "HW3 was due Wed Feb 21, 11:59 PM EST" in out  # /setup course in the console: it follows the change
    monkeypatch.setattr("sys.stdin", io.StringIO("/deadline assignment:ps5\n"))
    assert main(["console", "--now", "2024-10-14T09:00"]) == 0  # the server picked STAT 187 above
    assert "PS5 is due Fri Nov 1, 5:00 PM PDT" in capsys.readouterr().out
    monkeypatch.setenv("COURSEBOT_DB", str(tmp_path / "other.db"))
    monkeypatch.setattr("sys.stdin", io.StringIO("/due\n"))
    assert main(["console"]) == 2
    assert "has not picked one with /setup course; pick one with --course ID" in capsys.readouterr().err


def test_check_with_the_database_names_records_under_vanished_ids(data_copy, tmp_path, capsys, monkeypatch):
    """hostile6 5: `coursebot check` with a database says which stored records the data no longer has an id for
    (exit 1) and what to do; with the id back it is OK."""
    db = tmp_path / "bot.db"
    monkeypatch.delenv("COURSEBOT_COURSES", raising=False)
    monkeypatch.setenv("COURSEBOT_DB", str(db))
    export = str(FIXTURES / "gradescope" / "10-605_S24_grades.csv")
    assert main(["--data", str(data_copy), "gracedays", "import", export]) == 0
    assert main(["check", str(data_copy)]) == 0
    assert "every id they are kept under is in the data" in capsys.readouterr().out
    assignments = data_copy / "assignments.toml"
    assignments.write_text(assignments.read_text().replace('id = "hw3"', 'id = "homework3"'))
    assert main(["check", str(data_copy)]) == 1
    err = capsys.readouterr().err
    assert "assignment id 'hw3'" in err
    assert "imported submissions" in err
    assert "Rename the id back in the data" in err
    assert main(["check", str(data_copy), "--db", str(tmp_path / "none.db")]) == 2


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_calendar_never_writes_over_the_database(tmp_path, monkeypatch, capsys, suffix):
    """`calendar --out` onto the configured database or its SQLite files is refused, --force or not."""
    db = tmp_path / "coursebot.db"
    db.write_bytes(b"SQLite format 3\x00 the bot's memory")
    monkeypatch.setenv("COURSEBOT_DB", str(db))
    target = tmp_path / f"coursebot.db{suffix}"
    for extra in ([], ["--force"]):
        assert main(["--data", str(SECOND_DATA), "calendar", "--out", str(target), *extra]) == 2
        assert "is the database itself" in capsys.readouterr().err
    assert db.read_bytes() == b"SQLite format 3\x00 the bot's memory"
    assert not (tmp_path / "coursebot.db-wal").exists()


def test_calendar_overwrites_only_a_calendar_unless_forced(tmp_path, monkeypatch, capsys):
    """Its own earlier .ics for the course is refreshed; any other existing file is kept unless --force."""
    monkeypatch.setenv("COURSEBOT_DB", str(tmp_path / "coursebot.db"))
    ics, toml = tmp_path / "course.ics", tmp_path / "assignments.toml"
    ics.write_bytes(b"BEGIN:VCALENDAR\r\nPRODID:-//CourseBot//stat-187-f24//EN\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
    toml.write_text('[[assignment]]\nid = "hw1"\n')
    assert main(["--data", str(SECOND_DATA), "calendar", "--out", str(ics)]) == 0
    assert ics.read_bytes().count(b"BEGIN:VEVENT") > 1
    assert main(["--data", str(SECOND_DATA), "calendar", "--out", str(ics)]) == 0  # its own output: refreshed
    assert main(["--data", str(SECOND_DATA), "calendar", "--out", str(toml)]) == 2
    assert "already exists and is not a calendar; pass --force" in capsys.readouterr().err
    assert toml.read_text() == '[[assignment]]\nid = "hw1"\n'
    assert main(["--data", str(SECOND_DATA), "calendar", "--out", str(toml), "--force"]) == 0
    assert toml.read_bytes().startswith(b"BEGIN:VCALENDAR")


# Someone's own calendars: a Google export, an Outlook export with a byte-order mark and CRLF, one with no PRODID,
# and CourseBot's calendar of the other course.
FOREIGN_CALENDARS = [
    (
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nBEGIN:VEVENT\n"
        b"SUMMARY:Dentist\nEND:VEVENT\nEND:VCALENDAR\n",
        "a calendar CourseBot did not write (made by -//Google Inc",
    ),
    (
        b"\xef\xbb\xbfBEGIN:VCALENDAR\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
        b"SUMMARY:Thesis defense\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        "made by Microsoft Exchange Server 2010",
    ),
    (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "is a calendar CourseBot did not write;"),
    (
        b"BEGIN:VCALENDAR\r\nPRODID:-//CourseBot//10-605-s24//EN\r\nEND:VCALENDAR\r\n",
        "CourseBot's calendar of another course (10-605-s24)",
    ),
]


@pytest.mark.parametrize(("content", "said"), FOREIGN_CALENDARS)
def test_calendar_never_replaces_a_calendar_it_did_not_write_for_the_course(
    tmp_path, monkeypatch, capsys, content, said
):
    """A calendar someone else wrote (or CourseBot for another course) is kept, exit 2, unless --force."""
    monkeypatch.setenv("COURSEBOT_DB", str(tmp_path / "coursebot.db"))
    mine = tmp_path / "personal.ics"
    mine.write_bytes(content)
    assert main(["--data", str(SECOND_DATA), "calendar", "--out", str(mine)]) == 2
    err = capsys.readouterr().err
    assert said in err
    assert "pass --force to overwrite it" in err
    assert mine.read_bytes() == content
    assert main(["--data", str(SECOND_DATA), "calendar", "--out", str(mine), "--force"]) == 0
    assert b"PRODID:-//CourseBot//stat-187-f24//EN" in mine.read_bytes()
