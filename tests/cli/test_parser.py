"""The parser every subcommand shares: which subcommand ran, and argparse's mistakes as exceptions."""

from __future__ import annotations

import pytest

from bot.cli.main import build_parser
from bot.cli.parser import ArgumentMistake, CommandParser


@pytest.mark.parametrize(
    ("words", "command"),
    [
        (["plan"], "coursebot plan"),
        (["--data", "x", "deadlines", "--all"], "coursebot deadlines"),
        (["gracedays", "report", "--csv", "x.csv"], "coursebot gracedays report"),
        (["gracedays", "import", "x.csv"], "coursebot gracedays import"),
        (["calendar", "--out", "-"], "coursebot calendar"),
    ],
)
def test_the_innermost_subcommand_is_recorded(words, command):
    """Messages start with the (sub)command's full name, however deeply it is nested."""
    assert build_parser().parse_args(words).cli_command == command


@pytest.mark.parametrize(
    ("words", "command", "line"),
    [
        (["deadlines", "--now"], "coursebot deadlines", "coursebot deadlines: --now: expected one argument"),
        (["gracedays"], "coursebot gracedays", "the following arguments are required: action"),
        (["plan", "--bogus"], "coursebot plan", "coursebot plan: unrecognized arguments: --bogus"),
        (["nope"], "coursebot", "coursebot: command: invalid choice: 'nope'"),
        (["gracedays", "import", "x", "--guild", "abc"], "coursebot gracedays import", "invalid int value"),
    ],
)
def test_argparse_mistakes_are_raised_with_the_subcommand_and_its_usage(words, command, line):
    """Unknown words are blamed on the subcommand given them, not on `coursebot`."""
    with pytest.raises(ArgumentMistake) as caught:
        build_parser().parse_args(words)
    assert caught.value.command == command
    assert line in caught.value.line()
    assert caught.value.line().endswith(f"; see {command} --help")
    assert caught.value.usage.startswith(f"usage: {command}")


def test_subparsers_are_command_parsers_too():
    """A subcommand added by another module (as `qa` is) gets the same behaviour for free."""
    parser = CommandParser(prog="coursebot")
    sub = parser.add_subparsers(dest="command", required=True)
    extra = sub.add_parser("extra")
    extra.add_argument("--n", type=int)
    assert isinstance(extra, CommandParser)
    with pytest.raises(ArgumentMistake, match="invalid int value"):
        parser.parse_args(["extra", "--n", "x"])
    assert parser.parse_args(["extra", "--n", "3"]).cli_command == "coursebot extra"
