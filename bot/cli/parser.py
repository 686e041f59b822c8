"""The argument parser of every `coursebot` subcommand (argparse, with two changes that all of them get).

- It records which (sub)command was parsed, as `cli_command` ("coursebot gracedays report"), so every message can
  start with the command's own name.
- A mistake argparse finds (a missing value, an unknown option, a bad choice) raises ArgumentMistake instead of
  exiting, so the one dispatch in bot.cli.main prints it and returns exit code 2 like every other usage error.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import NoReturn


class ArgumentMistake(Exception):
    """What argparse found wrong with the command line, and the usage of the (sub)command it was parsing."""

    def __init__(self, command: str, problem: str, usage: str) -> None:
        super().__init__(problem)
        self.command, self.problem, self.usage = command, problem, usage

    def line(self) -> str:
        """'coursebot plan: --from: expected one argument; see coursebot plan --help' (argparse's "argument "
        prefix dropped, so the option comes first as in every other usage message)."""
        return f"{self.command}: {self.problem.removeprefix('argument ')}; see {self.command} --help"


class CommandParser(argparse.ArgumentParser):
    """argparse.ArgumentParser whose subparsers (made with add_subparsers) are CommandParsers too."""

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        # The innermost subcommand is parsed (and sets these) first; the parsers around it keep its name.
        if not hasattr(parsed, "cli_command"):
            parsed.cli_command, parsed.cli_parser = self.prog, self
        return parsed, extras

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        """As argparse's, but words no parser knows are blamed on the subcommand that was given them."""
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            inner = parsed.cli_parser
            problem = f"unrecognized arguments: {' '.join(extras)}"
            raise ArgumentMistake(inner.prog, problem, inner.format_usage().strip())
        return parsed

    def error(self, message: str) -> NoReturn:
        raise ArgumentMistake(self.prog, message, self.format_usage().strip())
