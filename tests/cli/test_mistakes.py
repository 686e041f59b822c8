"""Issue 9, item 13, through the real entry point (`python -m bot`): each mistake is one line on stderr,
"coursebot <command>: <option>: <what is wrong>; e.g. <example>", exit 2, nothing on stdout, no traceback; a closed
pipe ends the command quietly with exit 0."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from bot.cli.main import main
from tests.conftest import FIXTURES, REPO, SECOND_DATA


def coursebot(*args: str, stdout: int | None = subprocess.PIPE, env: dict | None = None, stdin: str = ""):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("COURSEBOT_", "DISCORD_"))}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin.encode(),
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=120,
        env=full_env,
        cwd=REPO,
        check=False,
    )


# (command line, the line's start, words the rest must have): the issue's examples and their class.
MISTAKES = [
    (["deadlines", "--section", "foo"], "coursebot deadlines: --section: ", ["'foo'", "10-405, 10-605", "e.g."]),
    (["deadlines", "--section", "10-999"], "coursebot deadlines: --section: ", ["'10-999'", "e.g. --section 10-405"]),
    (["ask", "when is hw3 due", "--section", "foo"], "coursebot ask: --section: ", ["'foo'", "e.g. --section"]),
    (["calendar", "--section", "foo", "--out", "-"], "coursebot calendar: --section: ", ["'foo'"]),
    (
        ["--data", str(SECOND_DATA), "deadlines", "--section", "10-405"],
        "coursebot deadlines: --section: ",
        ["stat-187-f24", "e.g. --section 1"],  # the second course's own sections, not 10-605's
    ),
    (["calendar", "--out", "/no/such/dir/x.ics"], "coursebot calendar: --out: ", ["/no/such/dir", "e.g. --out"]),
    (["calendar", "--out", "."], "coursebot calendar: --out: ", ["is a folder", "e.g. --out"]),
    (
        ["plan", "--from", "2024-04-01", "--to", "2024-03-01"],
        "coursebot plan: --from: ",
        ["'2024-04-01' is not before --to '2024-03-01'", "e.g. --from"],
    ),
    (["plan", "--from", "2024-03-01", "--to", "2024-03-01"], "coursebot plan: --from: ", ["is not before --to"]),
    (["plan", "--from", "2030-01-01"], "coursebot plan: --from: ", ["end of term", "e.g. --from"]),
    (["plan", "--to", "2020-01-01"], "coursebot plan: --to: ", ["start of term", "e.g. --to"]),
    (["ask", "what's due", "--now", "yesterday-ish"], "coursebot ask: --now: ", ["'yesterday-ish'", "e.g. --now 20"]),
    (["deadlines", "--now", "2024-13-01"], "coursebot deadlines: --now: ", ["month must be in 1..12", "e.g. --now"]),
    (["plan", "--from", "soon"], "coursebot plan: --from: ", ["'soon'", "e.g. --from 20"]),
    (["console", "--now", "noon"], "coursebot console: --now: ", ["'noon'", "e.g. --now"]),
    (["deadlines", "--now", "2024-03-10T02:30"], "coursebot deadlines: --now: ", ["does not exist", "e.g. --now"]),
    (["deadlines", "--now", "2024-11-03T01:30"], "coursebot deadlines: --now: ", ["happens twice", "-04:00"]),
    (["gracedays", "report", "--csv", "/no/such.csv"], "coursebot gracedays report: --csv: ", ["no such file"]),
    (["gracedays", "import", "/no/such.csv"], "coursebot gracedays import: FILE: ", ["no such file"]),
    (["check", "/no/such/course"], "coursebot check: DIR: ", ["no such folder", "e.g. coursebot check"]),
    (["--data", "/no/such/course", "deadlines"], "coursebot deadlines: --data: ", ["no such folder"]),
    (["ask", " "], "coursebot ask: QUESTION: ", ["empty", 'e.g. coursebot ask "']),
    (["--course", "nope", "deadlines"], "coursebot deadlines: --course: ", ["'nope'", "e.g. --course"]),
]


def check_one_line(code: int, out: str, err: str, start: str, words: list[str]) -> None:
    assert code == 2, err
    assert err.startswith(start), err
    assert err.count("\n") == 1, err
    assert all(word in err for word in words), err
    assert out == ""
    assert "Traceback" not in err


@pytest.mark.parametrize(("argv", "start", "words"), MISTAKES, ids=[" ".join(m[0]) for m in MISTAKES])
def test_a_mistake_is_one_line_naming_the_option_exit_2(argv, start, words, capsys, monkeypatch):
    """The option named first, what is wrong, an example; exit 2; stdout empty; no traceback."""
    for name in [n for n in os.environ if n.startswith(("COURSEBOT_", "DISCORD_"))]:
        monkeypatch.delenv(name)
    code = main(argv)
    captured = capsys.readouterr()
    check_one_line(code, captured.out, captured.err, start, words)


# The issue's own examples, as a person runs them.
ISSUE_LINES = [
    ["deadlines", "--section", "foo"],
    ["deadlines", "--section", "10-999"],
    ["calendar", "--out", "/no/such/dir/x.ics"],
    ["plan", "--from", "2024-04-01", "--to", "2024-03-01"],
    ["ask", "what's due", "--now", "yesterday-ish"],
]
ISSUE = [m for m in MISTAKES if m[0] in ISSUE_LINES]


@pytest.mark.parametrize(("argv", "start", "words"), ISSUE, ids=[" ".join(m[0]) for m in ISSUE])
def test_the_issues_examples_through_python_m_bot(argv, start, words):
    """The same, through `python -m bot` in a process of its own."""
    result = coursebot(*argv)
    check_one_line(result.returncode, result.stdout.decode(), result.stderr.decode(), start, words)


def test_argparse_mistakes_name_the_subcommand_and_exit_2():
    """A missing value or an unknown option: the subcommand's usage, then one line naming it, exit 2."""
    result = coursebot("deadlines", "--section")
    err = result.stderr.decode()
    assert result.returncode == 2
    assert err.startswith("usage: coursebot deadlines")
    assert "coursebot deadlines: --section: expected one argument; see coursebot deadlines --help" in err
    result = coursebot("gracedays", "report", "--csv", "x.csv", "--bogus")
    err = result.stderr.decode()
    assert result.returncode == 2
    assert "coursebot gracedays report: unrecognized arguments: --bogus" in err


def test_help_documents_the_exit_codes():
    """`coursebot --help` lists 0, 1 and 2 and what each means."""
    out = coursebot("--help").stdout.decode()
    assert "exit codes" in out
    assert "0  done" in out
    assert "1  problems found" in out
    assert "2  usage or configuration error" in out
    assert "--debug" in out


def test_the_readme_documents_the_same_exit_codes():
    """The README's table says what `coursebot --help` says."""
    readme = (REPO / "README.md").read_text()
    assert "| 0 | done; also when the reader of the output stops early" in readme
    assert "| 1 | problems found" in readme
    assert "| 2 | usage or configuration error" in readme
    assert "`--debug`" in readme


def closed_pipe() -> int:
    """The write end of a pipe whose reader has already gone: the first write fails with EPIPE, every time."""
    read, write = os.pipe()
    os.close(read)
    return write


PIPED = [
    ["plan"],
    ["ask", "when is hw3 due", "--now", "2024-02-12T10:00"],
    ["gracedays", "report", "--csv", str(FIXTURES / "gradescope" / "10-605_S24_grades.csv"), "--json"],
    ["calendar", "--out", "-"],  # bytes, not text
    ["console", "--db", ":memory:"],  # asyncio, and announcements printed as they fall due
    ["--help"],  # printed by argparse, before any subcommand runs
]


@pytest.mark.parametrize("argv", PIPED, ids=[" ".join(a[:3]) for a in PIPED])
def test_a_closed_pipe_ends_the_command_quietly_with_exit_0(argv):
    """Reader gone before the first line (the worst case of `| head`): exit 0, nothing at all on stderr."""
    pipe = closed_pipe()
    try:
        result = coursebot(*argv, stdout=pipe, stdin="/due\nwhen is hw3 due\n")
    finally:
        os.close(pipe)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""


def test_head_gets_its_lines_and_the_pipeline_succeeds():
    """`coursebot plan | head -n 1` under `set -o pipefail`: the first line arrives, the pipeline exits 0."""
    script = f"set -o pipefail; {sys.executable} -m bot plan | head -n 1"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COURSEBOT_", "DISCORD_"))}
    bash = shutil.which("bash") or "/bin/bash"
    result = subprocess.run(
        [bash, "-c", script], capture_output=True, text=True, timeout=120, cwd=REPO, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr == ""


def test_a_closed_stderr_too_is_no_traceback():
    """`2>&1 | head -n 0`: the mistake cannot be read either; still exit 2 and no crash on the way out."""
    pipe = closed_pipe()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "bot", "deadlines", "--section", "foo"],
            stdout=pipe,
            stderr=pipe,
            timeout=120,
            cwd=REPO,
            check=False,
        )
    finally:
        os.close(pipe)
    assert result.returncode == 2
