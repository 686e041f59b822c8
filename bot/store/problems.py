"""What is wrong with a database file, said so that whoever runs the bot knows what to do.

Kept free of heavy imports: the command line catches DatabaseProblem without loading the store.
"""

from __future__ import annotations

from pathlib import Path

RESTORE = (
    "Stop the bot and restore the file from a backup made with `coursebot backup` (copy the backup over {path}). "
    "With no backup, move the file aside: the bot then starts with an empty database."
)
WRONG_FILE = "Check COURSEBOT_DB (or --db): it must name the bot's own database file. The file was not changed."
NOT_A_FILE = "Set COURSEBOT_DB (or --db) to the bot's database file itself, e.g. {path}/coursebot.db."
NOT_WRITABLE = (
    "The bot writes to its database: make the file and its folder writable by the user the bot runs as, "
    "or point COURSEBOT_DB (or --db) at a writable copy."
)
NOT_READABLE = "Make the file readable by the user the bot runs as, or point COURSEBOT_DB (or --db) at another file."


class DatabaseProblem(Exception):
    """The database cannot be used. str() says which file, what is wrong with it and what to do."""

    def __init__(self, path: str | Path, problem: str, advice: str = RESTORE) -> None:
        self.path, self.problem = str(path), problem
        self.advice = advice.replace("{path}", self.path)
        super().__init__(f"The database {self.path} {problem}.\n{self.advice}")
