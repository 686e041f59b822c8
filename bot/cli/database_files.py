"""Which paths are the bot's database: the file itself and the files SQLite keeps beside it.

A command that writes a file (`coursebot backup`, `coursebot calendar --out`) asks `database_part` before writing,
so an operator's slip (`--out coursebot.db`, `backup coursebot.db-wal --force`) is refused with "is the database
itself" instead of replacing the bot's memory or the committed rows still in its write-ahead log.
"""

from __future__ import annotations

import os
from pathlib import Path

# The files SQLite keeps next to a database: the write-ahead log, its shared-memory index, the rollback journal.
SQLITE_COMPANIONS = {"-wal": "write-ahead log", "-shm": "shared-memory index", "-journal": "rollback journal"}


def _spellings(path: Path) -> set[Path]:
    """The path as typed (made absolute, `..` folded) and with its links resolved: SQLite may use either."""
    return {Path(os.path.abspath(path)), path.resolve()}


def _same_file(a: Path, b: Path) -> bool:
    """Both exist and are one file (a hard link, a symlink to it); False when either is missing."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def database_part(out: Path, database: Path) -> str | None:
    """What of `database` the path `out` would overwrite: "the database itself", "its write-ahead log (-wal)", ...;
    None when `out` is none of its files (through `./`, `..`, symlinks and hard links alike)."""
    outs = _spellings(out)
    for base in _spellings(database):
        for suffix, what in {"": "", **SQLITE_COMPANIONS}.items():
            part = base.with_name(base.name + suffix)
            if part in outs or any(_same_file(o, part) for o in outs):
                return "the database itself" + (f" (its {what}, {part.name})" if suffix else "")
    return None
