"""What the command line says when a subcommand fails, and its exit code: one table for every subcommand.

Each row is a kind of exception, the exit code, and how to say it; the first row that matches wins. No row ever
prints a traceback, except with --debug (then on standard error, before the one-line message), and only for the
rows that can hide a bug. The last row is the last resort: one clear line, exit code 1.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass

from bot.cli.common import EXIT_CONFIG, EXIT_ERROR, EXIT_OK
from bot.cli.output import ReaderGone
from bot.cli.parser import ArgumentMistake
from bot.cli.usage import UsageError
from bot.core.errors import UserError
from bot.course.loader import CourseDataError
from bot.settings import SettingsError
from bot.store.problems import DatabaseProblem

# The longest an exception's own words may run in the last-resort line (they are not written for readers).
MAX_DETAIL = 200


@dataclass(frozen=True)
class Failure:
    """How one kind of exception ends a command. `say(error, command)` is the message (None: nothing to say)."""

    kinds: tuple[type[BaseException], ...]
    code: int
    say: Callable[[BaseException, str], str | None]
    may_be_a_bug: bool = False  # --debug adds the traceback


def _one_line(err: BaseException) -> str:
    text = " ".join(str(err).split()) or "no details"
    return text if len(text) <= MAX_DETAIL else text[: MAX_DETAIL - 1] + "…"


def _os_error(err: BaseException, command: str) -> str:
    assert isinstance(err, OSError)  # noqa: S101 (the row's kind)
    where = f"{err.filename}: " if err.filename is not None else ""
    return f"{command}: {where}{err.strerror or _one_line(err)}"


def _argument_mistake(err: BaseException, command: str) -> str:
    assert isinstance(err, ArgumentMistake)  # noqa: S101 (the row's kind)
    return f"{err.usage}\n{err.line()}"


def _unexpected(err: BaseException, command: str) -> str:
    return (
        f"{command}: unexpected error ({type(err).__name__}: {_one_line(err)}); this is a bug in CourseBot, not in "
        "what you typed: run the same command with --debug to see where it happened"
    )


FAILURES: tuple[Failure, ...] = (
    Failure((ReaderGone,), EXIT_OK, lambda err, command: None),  # `| head` has read what it wanted
    Failure((ArgumentMistake,), EXIT_CONFIG, _argument_mistake),
    Failure((UsageError,), EXIT_CONFIG, lambda err, command: err.line(command)),  # type: ignore[attr-defined]
    Failure((SettingsError,), EXIT_CONFIG, lambda err, command: f"{command}: configuration problem: {err}"),
    Failure((DatabaseProblem,), EXIT_CONFIG, lambda err, command: f"{command}: Database problem: {err}"),
    Failure(
        (CourseDataError,),
        EXIT_ERROR,
        lambda err, command: f"{command}: the course data has problems (coursebot check lists them):\n{err}",
    ),
    Failure((UserError,), EXIT_CONFIG, lambda err, command: f"{command}: {err}"),
    # A ValueError raised on purpose says what is wrong with a value; one raised by a bug is still one line.
    Failure((ValueError,), EXIT_CONFIG, lambda err, command: f"{command}: {_one_line(err)}", may_be_a_bug=True),
    Failure((OSError,), EXIT_ERROR, _os_error, may_be_a_bug=True),  # a disk full, a file removed meanwhile
    Failure((KeyboardInterrupt,), EXIT_OK, lambda err, command: None),  # Ctrl-C: the person chose to stop
    Failure((Exception,), EXIT_ERROR, _unexpected, may_be_a_bug=True),
)


def report_failure(err: BaseException, command: str, *, debug: bool = False) -> int:
    """Print what went wrong on standard error (one line, or a usage and one line) and return the exit code."""
    failure = next(f for f in FAILURES if isinstance(err, f.kinds))
    if debug and failure.may_be_a_bug:
        traceback.print_exception(err, file=sys.stderr)
    message = failure.say(err, command)
    if message:
        print(message, file=sys.stderr)
    return failure.code
