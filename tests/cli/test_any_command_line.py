"""Any command line, good or hostile, for every subcommand: an exit code of 0, 1 or 2, never a traceback (printed
or logged), and never the last-resort "unexpected error" (that line is for bugs, and these are only inputs)."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.cli.main import main
from bot.course.loader import BUNDLED_DATA
from tests.conftest import FIXTURES, REPO, SECOND_DATA

TIMES = [
    "2024-02-12T10:00",
    "2024-03-20T12:00-04:00",
    "2024-10-14T09:00Z",
    "2024-02-12",
    "2024-03-10T02:30",  # skipped by the clocks in New York
    "2024-11-03T01:30",  # twice in New York
    "yesterday",
    "",
    " ",
    "2024-13-01",
    "2024-02-30",
    "2024-02-12T25:00",
    "99999-01-01",
    "0001-01-01T00:00+14:00",
    "9999-12-31T23:59:59-12:00",
    "1e9",
    "nan",
    "-1",
    "2024-02-12T10:00+99:00",
]
SECTIONS = ["10-405", "10-605", "1c", "Section 1C", "dis 1c", "foo", "10-999", "", " ", "ALL", "-", "é", "\u202e1c"]
COURSES = ["10-605-s24", "stat-187-f24", "STAT-187-F24", "nope", "", "../data", "*"]
GUILDS = ["1", "55", "0", "-5", "abc", "99999999999999999999999", ""]
INCLUDES = ["everything", "deadlines-exams", "lectures,exams", "office_hours", "foo", "", ",", "lectures,,exams"]
QUESTIONS = ["when is hw3 due?", "office hours tomorrow", "", " ", "a" * 3000, "🤖?", "-x", "when is ps5 due"]
FAQ_CSV = REPO / "tests" / "qa" / "search_quality" / "faq-10-605.csv"
FAQ_MD = REPO / "tests" / "qa" / "search_quality" / "faq-stat-187.md"
HOSTILE = ["--", "-", "--bogus", "-x", "--now=", "--section=", "--json", "--all", "-h", "\u0000", "%s%n", "💥"]


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory):
    """A working folder of its own, no token, no network settings, and the database in the sandbox: whatever the
    command line says, nothing outside it is written and nothing leaves the machine."""
    root = tmp_path_factory.mktemp("any-command-line")
    courses = root / "courses"
    courses.mkdir()
    shutil.copytree(BUNDLED_DATA, courses / "a")
    shutil.copytree(SECOND_DATA, courses / "b")
    (root / "notes.txt").write_text("not a course, not a database, not a grades export\n")
    (root / "broken.csv").write_text('"unterminated,quote\n1,2,3\n')
    (root / "empty.db").write_bytes(b"")
    with pytest.MonkeyPatch.context() as patch:
        for name in list(os.environ):
            if name.startswith(("COURSEBOT_", "DISCORD_")):
                patch.delenv(name)
        patch.setenv("COURSEBOT_DB", str(root / "fuzz.db"))
        patch.chdir(root)
        yield root


def pools(root: Path) -> dict[str, list[str]]:
    grades = str(FIXTURES / "gradescope" / "10-605_S24_grades.csv")
    files = [grades, str(root / "broken.csv"), str(root / "notes.txt"), "/nope.csv", str(root), "", "/dev/null"]
    files += ["x\u0000.csv", "n" * 300 + ".csv"]
    outputs = ["out.ics", "-", "sub/x.ics", "", "/no/such/dir/x.ics", str(root), "/", "/proc/x.ics", "o" * 300]
    databases = [str(root / "fuzz.db"), ":memory:", str(root), "", "/proc/x/y.db", str(root / "empty.db")]
    databases += [str(root / "notes.txt"), str(root / "nested" / "x.db")]
    folders = [str(BUNDLED_DATA), str(SECOND_DATA), str(root / "courses"), "/nope", str(root / "notes.txt"), "", "/"]
    faqs = [str(FAQ_CSV), str(FAQ_MD), str(root / "broken.csv"), str(root / "notes.txt"), grades, "/nope.md"]
    faqs += ["", str(root), "/dev/null", "x\u0000.md"]
    new_folders = [str(root / "new"), str(root / "new2" / "deeper"), str(root), "", "/proc/x", str(root / "notes.txt")]
    return {
        "time": TIMES,
        "section": SECTIONS,
        "course": COURSES,
        "guild": GUILDS,
        "include": INCLUDES,
        "question": QUESTIONS,
        "file": files,
        "out": outputs,
        "db": databases,
        "folder": folders,
        "new_folder": new_folders,
        "backup_out": [str(root / "copy.db"), str(root), "", "/proc/x.db", str(root / "deep" / "copy.db")],
        "assignment": ["hw1", "HW 3", "nope", ""],
        "faq": faqs,
        "status": ["unanswered", "answered", "deleted", "nope", ""],
    }


# Each subcommand: its words, then its options ({option: pool name, or None for a flag}) and positionals.
COMMANDS: dict[str, tuple[list[str], dict[str, str | None], list[str]]] = {
    "run": (["run"], {}, []),
    "sync": (["sync"], {}, []),
    "console": (["console"], {"--now": "time", "--staff": None, "--db": "db"}, []),
    "ask": (["ask"], {"--now": "time", "--section": "section", "--json": None}, ["question"]),
    "deadlines": (["deadlines"], {"--all": None, "--json": None, "--now": "time", "--section": "section"}, []),
    "plan": (["plan"], {"--from": "time", "--to": "time", "--json": None}, []),
    "gracedays report": (
        ["gracedays", "report"],
        {"--csv": "file", "--json": None, "--assignment": "assignment"},
        [],
    ),
    "gracedays import": (
        ["gracedays", "import"],
        {"--assignment": "assignment", "--guild": "guild", "--db": "db"},
        ["file"],
    ),
    "check": (["check"], {}, ["folder"]),
    "new-course": (["new-course"], {}, ["new_folder"]),
    "backup": (["backup"], {"--force": None, "--db": "db"}, ["backup_out"]),
    "calendar": (["calendar"], {"--out": "out", "--section": "section", "--include": "include"}, []),
    "qa import-faq": (["qa", "import-faq"], {"--guild": "guild", "--db": "db"}, ["faq"]),
    "qa search": (
        ["qa", "search"],
        {"--json": None, "--now": "time", "--guild": "guild", "--db": "db"},
        ["question"],
    ),
    "qa list": (["qa", "list"], {"--status": "status", "--json": None, "--guild": "guild", "--db": "db"}, []),
    "qa export": (["qa", "export"], {"--json": None, "--guild": "guild", "--db": "db"}, []),
}
TOP = {"--data": "folder", "--course": "course"}


@st.composite
def command_lines(draw, name: str, root: Path) -> list[str]:
    """A command line for subcommand `name`: options from its pools in any order, some left out, some hostile."""
    values = pools(root)

    def value(pool: str) -> str:
        return draw(st.one_of(st.sampled_from(values[pool]), st.text(max_size=12)))

    words, options, positionals = COMMANDS[name]
    line: list[str] = []
    for option, pool in TOP.items():
        if draw(st.booleans()) and draw(st.booleans()):
            line += [option, value(pool)]
    line += words
    chosen = draw(st.lists(st.sampled_from([*sorted(options), "<positional>", "<hostile>"]), max_size=5))
    for item in chosen:
        if item == "<hostile>":
            line.append(draw(st.sampled_from(HOSTILE)))
        elif item == "<positional>":
            line += [value(pool) for pool in positionals] or [draw(st.sampled_from(HOSTILE))]
        elif options[item] is None:
            line.append(item)
        elif draw(st.integers(0, 9)) == 0:
            line.append(item)  # an option without its value
        else:
            line += [item, value(options[item])]
    if positionals and draw(st.integers(0, 3)) > 0:
        line += [value(pool) for pool in positionals]
    return line


class Tracebacks(logging.Handler):
    """Log records that would print a traceback on standard error."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.found: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info or record.stack_info:
            self.found.append(record.getMessage())


def run(line: list[str], stdin: str) -> tuple[int, str, str, list[str]]:
    """main(line) with standard output and error as a terminal's are (text over bytes: `calendar --out -` writes
    bytes); what it printed and what it logged with a traceback."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="replace", write_through=True)
    err, logged = io.StringIO(), Tracebacks()
    root = logging.getLogger()
    # a process runs main() once: handlers a run puts on the root logger (bound to this run's redirected streams) and
    # the level it sets go with it, or a later run would log into a stream that is gone ("--- Logging error ---")
    handlers, level = list(root.handlers), root.level
    root.addHandler(logged)
    try:
        with (
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
            pytest.MonkeyPatch.context() as patch,
        ):
            patch.setattr("sys.stdin", io.StringIO(stdin))
            code = main(line)
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    return code, out.buffer.getvalue().decode("utf-8", "replace"), err.getvalue(), logged.found


@pytest.mark.parametrize("name", sorted(COMMANDS))
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_command_line_ends_in_a_documented_exit_code_without_a_traceback(sandbox, name, data):
    """0, 1 or 2; no "Traceback" on stdout or stderr, none logged; no "unexpected error"; a 2 always says why."""
    line = data.draw(command_lines(name, sandbox), label="argv")
    stdin = data.draw(st.sampled_from(["", "/due\n:advance 1d\nwhen is hw3 due\n", ":time yesterday\n/nope\n"]))
    check_outcome(line, *run(line, stdin))


def check_outcome(line: list[str], code: int, out: str, err: str, logged: list[str]) -> None:
    assert code in (0, 1, 2), (line, code, err)
    assert "Traceback" not in out + err, (line, err)
    assert logged == [], (line, logged)
    assert "unexpected error" not in err, (line, err)
    if code == 2:
        assert err.strip(), line


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_value_of_every_pool_once(sandbox, name):
    """The sweep under the fuzz: each option of each subcommand with each value of its pool (and the top-level
    options with theirs), so a rare hostile value is never left to chance."""
    words, options, positionals = COMMANDS[name]
    values = pools(sandbox)
    needed = [values[pool][0] for pool in positionals]
    lines = [[option, value, *words, *needed] for option, pool in TOP.items() for value in values[pool]]
    for option, pool in options.items():
        if pool is not None:
            lines += [[*words, option, value, *needed] for value in values[pool]]
    for index, pool in enumerate(positionals):
        lines += [[*words, *needed[:index], value, *needed[index + 1 :]] for value in values[pool]]
    for line in lines:
        check_outcome(line, *run(line, ""))
