"""A damaged database at startup, through the real command line: every front end that opens it (`run`, `sync`,
`console`, `gracedays import`, `backup`) prints the same message naming the file, what is wrong and what to do,
and exits 2, with no traceback; an empty file is warned about loudly."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli.main import main
from bot.discord_app.endpoints import endpoints_restored
from bot.store.database import Store
from tests.conftest import FIXTURES, REPO
from tests.store.damage import damaged

EXPORT = FIXTURES / "gradescope" / "10-605_S24_grades.csv"
FRONT_ENDS = ("run", "sync", "console", "gracedays import", "backup")
DAMAGE = {
    "garbage": "is not an SQLite database",
    "truncated": "is damaged",
    "directory": "is a directory, not a database file",
    "foreign": "is an SQLite database, but not CourseBot's",
    "newer": "was written by a newer CourseBot",
}


def argv(front_end: str, db: Path, tmp_path: Path) -> list[str]:
    return {
        "run": ["run"],
        "sync": ["sync"],
        "console": ["console", "--db", str(db)],
        "gracedays import": ["gracedays", "import", str(EXPORT), "--db", str(db)],
        "backup": ["backup", str(tmp_path / "copy.db"), "--db", str(db)],
    }[front_end]


@pytest.fixture
def isolated(monkeypatch):
    """`run` sets up discord.py's logging and endpoints for the whole process: put both back afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    for name in [k for k in os.environ if k.startswith(("DISCORD_", "COURSEBOT_"))]:
        monkeypatch.delenv(name)
    with endpoints_restored():
        yield
    root.handlers[:], root.level = handlers, level


@pytest.mark.parametrize("kind", DAMAGE)
@pytest.mark.parametrize("front_end", FRONT_ENDS)
def test_every_front_end_names_the_damage_and_exits_2(front_end, kind, tmp_path, monkeypatch, capsys, isolated):
    """The same message from each front end; `newer` may still be copied by `backup` (it only reads)."""
    db = damaged(kind, tmp_path)
    monkeypatch.setenv("COURSEBOT_DB", str(db))
    monkeypatch.setenv("DISCORD_TOKEN", "not-used: the database is checked before Discord is contacted")
    code = main(argv(front_end, db, tmp_path))
    err = capsys.readouterr().err
    if front_end == "backup" and kind == "newer":
        assert code == 0, err
        return
    assert code == 2, err
    assert f"Database problem: The database {db} {DAMAGE[kind]}" in err
    assert "Traceback" not in err
    assert not (tmp_path / "copy.db").exists()


def coursebot(*args: str, db: Path, stdin: str = "", drop_write_access: bool = False) -> subprocess.CompletedProcess:
    """`python -m bot ...` as its own process. drop_write_access: as root, without the capabilities that let root
    write where permissions say no (so a read-only file is read-only to the bot, as for any other user)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "COURSEBOT_"))}
    env.update(COURSEBOT_DB=str(db), DISCORD_TOKEN="not-used")
    command = [sys.executable, "-m", "bot", *args]
    if drop_write_access and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        assert setpriv, "setpriv (util-linux) is needed to run the bot without root's override as root"
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", "--", *command]
    return subprocess.run(
        command, input=stdin, capture_output=True, text=True, timeout=60, cwd=REPO, env=env, check=False
    )


def test_coursebot_run_on_a_truncated_database_as_a_process(tmp_path):
    """The whole process: exit 2, the message on stderr, no traceback, nothing sent to Discord."""
    db = damaged("truncated", tmp_path)
    result = coursebot("run", db=db)
    assert result.returncode == 2, result.stderr
    assert f"The database {db} is damaged" in result.stderr
    assert "coursebot backup" in result.stderr
    assert "Traceback" not in result.stderr


@contextlib.contextmanager
def read_only(path: Path):
    """The database file and its folder without write permission (restored afterwards, for cleanup)."""
    path.chmod(0o444)
    path.parent.chmod(0o555)
    try:
        yield
    finally:
        path.parent.chmod(0o755)
        path.chmod(0o644)


@pytest.mark.parametrize("front_end", ["console", "gracedays import"])
def test_a_read_only_database_is_refused_at_start(tmp_path, front_end):
    """Not a failure at the first write, minutes later: said at once, exit 2."""
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "bot.db"
    Store(db).close()
    with read_only(db):
        result = coursebot(*argv(front_end, db, tmp_path), db=db, drop_write_access=True)
    assert result.returncode == 2, result.stderr
    assert f"Database problem: The database {db} is read-only." in result.stderr
    assert "writable" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_empty_file_starts_the_console_with_a_loud_warning(tmp_path):
    """Zero bytes where a database was expected: the console starts (exit 0) but says so on stderr."""
    db = tmp_path / "bot.db"
    db.write_bytes(b"")
    result = coursebot("console", "--db", str(db), db=db, stdin="/help\n")
    assert result.returncode == 0, result.stderr
    assert f"The database {db} is an empty file (0 bytes)" in result.stderr
    assert "restore it from a backup made with `coursebot backup`" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_empty_file_is_not_backed_up(tmp_path, capsys):
    """A backup of nothing could replace a good backup (with --force): refused, exit 2."""
    db = tmp_path / "bot.db"
    db.write_bytes(b"")
    assert main(["backup", str(tmp_path / "copy.db"), "--db", str(db), "--force"]) == 2
    assert "is an empty file (0 bytes): there is nothing to back up" in capsys.readouterr().err
    assert not (tmp_path / "copy.db").exists()
