"""A mistake in how a command was called, said one way for every subcommand:

    coursebot <command>: <option>: <what is wrong>; e.g. <an example that works>

with exit code 2. Readers of option values (bot.cli.options) raise UsageError; the dispatch in bot.cli.main adds the
command's name and prints it.
"""

from __future__ import annotations


class UsageError(Exception):
    """A bad option value, a missing file, a range the wrong way round: fixable by the person who typed it.

    option: what they typed it in (`--now`, `FILE`, or an environment variable such as `COURSEBOT_DATA`)."""

    def __init__(self, option: str, problem: str, example: str | None = None) -> None:
        super().__init__(f"{option}: {problem}")
        self.option, self.problem, self.example = option, problem, example

    def line(self, command: str) -> str:
        """The whole message, e.g. "coursebot plan: --from: 'soon' is not a date; e.g. --from 2024-02-01"."""
        text = f"{command}: {self.option}: {self.problem}"
        return f"{text}; e.g. {self.example}" if self.example else text
