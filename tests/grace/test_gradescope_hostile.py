"""Grades exports that are broken or hostile are refused with row and column, never crash (issue 9, item 10);
the second course's export is computed with its own policy; the import never blocks the event loop."""

from __future__ import annotations

import threading

import pytest

from bot.grace.gradescope import GradescopeError, parse_export, parse_lateness, report, valid_email
from tests.conftest import FIXTURES

HEADER = (
    "First Name,Last Name,SID,Email,Sections,Homework 3,Homework 3 - Max Points,Homework 3 - Submission Time,"
    "Homework 3 - Lateness (H:M:S)"
)


def problems_of(course, text: str) -> list[str]:
    with pytest.raises(GradescopeError) as info:
        parse_export(course, text)
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            "Ada,L,1,ada@x.edu,,1,1,2024-02-21 20:00:00 -0500,999999999999:00:00",
            ["row 2", "Lateness", "more than a year"],
        ),
        ("Ada,L,1,ada@x.edu,,1,1,9999-12-31 23:59:59 -0500,", ["row 2", "Submission Time", "outside the term"]),
        ("Ada,L,1,ada@x.edu,,1,1,1970-01-01 00:00:00 +0000,", ["row 2", "Submission Time", "outside the term"]),
        ('Ada,L,1,"=HYPERLINK(""http://x"",""ada"")",,1,1,,', ["row 2", "Email", "not an email address"]),
        ("Ada,L,1,not-an-email,,1,1,,", ["row 2", "Email", "not an email address"]),
        ("Ada,L,1,ada@x.edu,,1,1,2024-02-21 20:00:00 -0500,-01:00:00", ["row 2", "Lateness", "cannot read"]),
    ],
)
def test_impossible_values_are_refused_with_row_and_column(course, row, expected):
    """Overflowing latenesses, year-9999 times, formulas posing as emails: a problem each, never a traceback."""
    problems = problems_of(course, f"{HEADER}\n{row}\n")
    assert any(all(part in p for part in expected) for p in problems), problems


def test_a_huge_header_field_is_reported_not_crashed_on(course):
    """A header cell over 128 KiB is named with its row and column instead of stopping the csv reader."""
    huge = "x" * (129 * 1024)
    problems = problems_of(course, f"{HEADER},{huge}\nAda,L,1,ada@x.edu,,1,1,,,\n")
    assert any("row 1" in p and "#10" in p and "128 KiB" in p for p in problems), problems
    inside = problems_of(course, f"{HEADER}\nAda,L,1,ada@x.edu,{huge},1,1,,\n")
    assert any("row 2" in p and "'Sections'" in p for p in inside), inside


def test_the_cli_reports_hostile_files_without_a_traceback(tmp_path, capsys):
    """`coursebot gracedays report` on such a file: exit 1, every problem by row and column, no traceback."""
    from bot.cli.main import main

    path = tmp_path / "hostile.csv"
    path.write_text(f"{HEADER}\nAda,L,1,ada@x.edu,,1,1,9999-12-31 23:59:59 -0500,\nBo,M,2,=1+1,,1,1,,\n")
    assert main(["gracedays", "report", "--csv", str(path)]) == 1
    err = capsys.readouterr().err
    assert "row 2" in err
    assert "row 3" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("email", "ok"),
    [
        ("ada@andrew.cmu.edu", True),
        ("first.last+tag@pcsu.example.edu", True),
        ('=HYPERLINK("x")', False),
        ("@x.edu", False),
        ("a@b", False),
        ("a b@x.edu", False),
        ("+cmd@x.edu", False),
    ],
)
def test_email_validation(email, ok):
    """Only plain addresses count as students' emails."""
    assert valid_email(email) is ok


def test_lateness_bounds():
    """Up to a year is read; more is refused before any arithmetic can overflow."""
    assert parse_lateness("8784:00:00").days == 366
    with pytest.raises(ValueError, match="more than a year"):
        parse_lateness("8785:00:00")


def test_the_second_course_export_uses_its_own_policy(second_course):
    """PS5 (written and code parts) and PS6 across the Nov 3 DST change, under 2% per started hour, no pool."""
    result = report(second_course, FIXTURES / "gradescope" / "stat187_grades.csv")
    rows = {
        s["student"]: [(a["assignment"], a["late_hours"], a["credit"], a["status"]) for a in s["assignments"]]
        for s in result["students"]
    }
    assert rows["rosa@pcsu.example.edu"] == [("ps5", 1.5, 0.96, "penalty"), ("ps6", 0.0, 1.0, "on-time")]
    assert rows["tomas@pcsu.example.edu"] == [("ps5", 24.0, 0.5, "penalty"), ("ps6", 49.0, 0.0, "not-accepted")]
    assert rows["uma@pcsu.example.edu"] == [("ps5", 0.0, 0.0, "missing"), ("ps6", 0.0, 1.0, "on-time")]
    assert all(s["grace_days_used"] == 0 for s in result["students"])


async def test_the_discord_import_parses_off_the_event_loop(course, monkeypatch, tmp_path):
    """/gracedays import hands the parse to a worker thread, so a large file never holds up other commands."""
    from bot.core.clock import FixedClock
    from bot.grace import gradescope
    from tests.commands.test_gracedays_discord import ADMINISTRATOR
    from tests.conftest import at
    from tests.discord_harness import TA, fake_discord, running_bot
    from tests.fake_discord import FakeAttachment

    seen = []
    real = gradescope.parse_export

    def spy(*args, **kwargs):
        seen.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(gradescope, "parse_export", spy)  # the extension imports it when the bot loads it
    export = (FIXTURES / "gradescope" / "10-605_S24_grades.csv").read_bytes()
    async with fake_discord() as fake, running_bot(fake, course, FixedClock(at("2024-04-01 12:00")), tmp_path / "db"):
        done = await fake.send_slash_command(
            "gracedays import", {"file": FakeAttachment("grades.csv", export)}, user=TA, permissions=ADMINISTRATOR
        )
        await done.wait_for_followups(1)
    assert seen == [False]


@pytest.mark.parametrize(
    ("fixture", "separator", "said"),
    [
        ("10-605_S24_grades.csv", ";", "separated by ';'"),
        ("10-605_S24_grades.csv", "\t", "separated by tabs"),
        ("HW_3_Programming_scores.csv", ";", "separated by ';'"),
        ("stat187_grades.csv", "|", "separated by '|'"),
    ],
)
def test_an_export_saved_with_another_separator_is_said_so(course, second_course, fixture, separator, said):
    """hostile7 14: a ';'/tab-separated export is one problem naming the separator and the header as read, not
    every column "missing"."""
    text = (FIXTURES / "gradescope" / fixture).read_text().replace(",", separator)
    which = second_course if fixture.startswith("stat187") else course
    with pytest.raises(GradescopeError) as info:
        parse_export(which, text, "hw3" if fixture.startswith("HW_3") else None)
    problems = [str(p) for p in info.value.problems]
    assert len(problems) == 1
    assert said in problems[0]
    assert "re-save it as comma-separated CSV" in problems[0]
    assert f"{separator}" in problems[0] or "\\t" in problems[0]
    assert "missing" not in problems[0]


def test_a_missing_column_shows_the_header_as_read(course):
    """A renamed identity column: the problems name it and list the columns the file has instead."""
    text = HEADER.replace("Email", "E-mail") + "\nAda,L,1,ada@x.edu,,1,1,,\n"
    problems = problems_of(course, text)
    assert "row 1, column 'Email': column is missing" in problems
    assert any("the header row has the columns 'First Name', 'Last Name', 'SID', 'E-mail'" in p for p in problems)


def test_a_semicolon_inside_a_comma_separated_cell_is_not_a_separator(course):
    """One column holding ';' is only a wrong separator when the whole header is one column."""
    text = HEADER + '\n"Ada; Jr",L,1,ada@x.edu,,1,1,2024-02-21 20:00:00 -0500,0:00:00\n'
    assert parse_export(course, text).students[0].name.startswith("Ada; Jr")
