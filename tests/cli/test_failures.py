"""One table says how every failure ends a command: the message (one line), the exit code, and a traceback only
with --debug, only where it may be a bug."""

from __future__ import annotations

import pytest

from bot.cli import main as cli_main
from bot.cli.failures import report_failure
from bot.cli.main import hoist_program_options, main, take_debug_flag
from bot.cli.output import ReaderGone
from bot.cli.parser import ArgumentMistake
from bot.cli.usage import UsageError
from bot.core.errors import UserError
from bot.course.loader import CourseDataError, Problem
from bot.settings import SettingsError
from bot.store.problems import DatabaseProblem

CASES = [
    (ReaderGone(), 0, ""),
    (UsageError("--now", "'x' is not a date", "--now 2024-01-17T10:00"), 2, "coursebot ask: --now: 'x' is not a date"),
    (ArgumentMistake("coursebot ask", "argument --now: expected one argument", "usage: ..."), 2, "--now: expected"),
    (SettingsError("COURSEBOT_GUILD_ID must be a number"), 2, "coursebot ask: configuration problem: COURSEBOT_"),
    (DatabaseProblem("/x.db", "is damaged"), 2, "coursebot ask: Database problem: The database /x.db is damaged."),
    (CourseDataError([Problem("course.toml", "", "", "missing")]), 1, "the course data has problems"),
    (UserError("There is no course 'x'."), 2, "coursebot ask: There is no course 'x'."),
    (ValueError("no such thing"), 2, "coursebot ask: no such thing"),
    (FileNotFoundError(2, "No such file or directory", "/gone.csv"), 1, "coursebot ask: /gone.csv: No such file"),
    (KeyboardInterrupt(), 0, ""),
    (RuntimeError("boom\nsecond line"), 1, "coursebot ask: unexpected error (RuntimeError: boom second line)"),
]


@pytest.mark.parametrize(("err", "code", "says"), CASES, ids=[type(c[0]).__name__ for c in CASES])
def test_each_failure_has_its_code_and_its_line(err, code, says, capsys):
    """First matching row wins; no traceback without --debug."""
    assert report_failure(err, "coursebot ask") == code
    printed = capsys.readouterr()
    assert printed.out == ""
    assert says in printed.err
    assert "Traceback" not in printed.err
    if not says:
        assert printed.err == ""


def test_the_last_resort_is_one_line_and_points_at_debug(capsys):
    """An unexpected error: one line saying it is a bug and how to see where; exit 1."""
    assert report_failure(RuntimeError("x" * 1000), "coursebot plan") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert len(err) < 400
    assert "this is a bug in CourseBot" in err
    assert "--debug" in err


def test_debug_adds_the_traceback_only_where_it_may_be_a_bug(capsys):
    """--debug: the traceback (stderr) for an unexpected error; a usage mistake stays one line."""
    with pytest.raises(RuntimeError) as caught:
        raise RuntimeError("boom")
    assert report_failure(caught.value, "coursebot plan", debug=True) == 1
    err_text = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err_text
    assert err_text.rstrip().endswith("run the same command with --debug to see where it happened")
    assert report_failure(UsageError("--now", "bad"), "coursebot plan", debug=True) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_main_never_raises_and_debug_counts_anywhere(monkeypatch, capsys):
    """A bug inside a subcommand, through main: exit 1 and one line; with --debug (before or after the
    subcommand) the traceback on stderr, stdout untouched."""

    def broken(args):
        raise TypeError("unsupported operand")

    real = cli_main.dispatch
    monkeypatch.setattr(cli_main, "dispatch", lambda args: broken(args) if args.command == "plan" else real(args))
    assert main(["plan"]) == 1
    printed = capsys.readouterr()
    assert printed.err.startswith("coursebot plan: unexpected error (TypeError: unsupported operand)")
    assert "Traceback" not in printed.err
    for line in (["--debug", "plan"], ["plan", "--debug"]):
        assert main(line) == 1
        printed = capsys.readouterr()
        assert "Traceback (most recent call last)" in printed.err
        assert "TypeError: unsupported operand" in printed.err
        assert printed.out == ""


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["plan"], (["plan"], False)),
        (["--debug", "plan"], (["plan"], True)),
        (["plan", "--json", "--debug"], (["plan", "--json"], True)),
        (["ask", "--", "--debug"], (["ask", "--", "--debug"], False)),  # after --, a word of the question
    ],
)
def test_take_debug_flag(words, expected):
    assert take_debug_flag(words) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["ask", "--course", "x", "when"], ["--course", "x", "ask", "when"]),
        (["--course", "x", "ask", "when"], ["--course", "x", "ask", "when"]),
        (["deadlines", "--json", "--data=d"], ["--data=d", "deadlines", "--json"]),
        (["ask", "--", "--course", "x"], ["ask", "--", "--course", "x"]),  # after --, words of the question
        (["ask", "when", "--course"], ["ask", "when", "--course"]),  # no value: argparse says so
    ],
)
def test_program_options_are_read_anywhere(words, expected):
    assert hoist_program_options(words) == expected


def test_course_after_the_subcommand_answers_from_that_course(capsys):
    """`coursebot ask --course ID ...` is what people type; it means `coursebot --course ID ask ...`."""
    assert main(["ask", "--course", "stat-187-f24", "--now", "2024-10-14T10:00", "when is ps4 due"]) == 0
    assert "Fri Oct 18" in capsys.readouterr().out


def test_help_is_exit_0(capsys):
    """--help prints and returns 0 (argparse's own exit is not let out of main)."""
    assert main(["--help"]) == 0
    assert "exit codes" in capsys.readouterr().out
    assert main(["plan", "--help"]) == 0
