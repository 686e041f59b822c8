"""The command-line contract other tools rely on: ask, deadlines (--json), console, run without a token."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO


def coursebot(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=full_env,
        check=False,
    )


def test_ask_prints_the_plain_text_answer():
    """`coursebot ask` prints the answer with dates as people read them, exit 0."""
    result = coursebot("ask", "when is hw3 due?", "--now", "2024-02-12T10:00")
    assert result.returncode == 0, result.stderr
    assert "HW3 is due Wed Feb 21, 11:59 PM EST (in 9 days)" in result.stdout


def test_deadlines_json_contract():
    """`deadlines --all --json`: id, title, due with UTC offset, release, sections, for every deadline."""
    result = coursebot("deadlines", "--all", "--json")
    assert result.returncode == 0, result.stderr
    items = {item["id"]: item for item in json.loads(result.stdout)}
    assert len(items) == 8
    assert items["hw4a"]["due"] == "2024-03-13T23:59:00-04:00"
    assert items["hw3"]["due"] == "2024-02-21T23:59:00-05:00"
    assert items["hw1"]["release"] == "2024-01-17"
    assert items["miniproject-survey"]["release"] is None
    assert items["miniproject"]["sections"] == ["10-605"]
    assert {"id", "title", "due", "release", "sections"} <= set(items["hw5"])


def test_deadlines_upcoming_only_from_now():
    """Without --all only deadlines after --now are listed."""
    result = coursebot("deadlines", "--json", "--now", "2024-03-20T12:00-04:00")
    assert [i["id"] for i in json.loads(result.stdout)] == ["miniproject-survey", "hw5", "miniproject"]
    text = coursebot("deadlines", "--now", "2024-03-20T12:00", "--section", "10-405").stdout
    assert "HW5" in text
    assert "Mini-project" not in text


def test_console_reads_piped_lines_and_runs_commands():
    """Piped slash commands and free text run through the command code and print plain text."""
    script = "\n".join(
        [
            "/oh day:wednesday",
            "/due within:this week",
            "when is LSH?",
            "/deadline assignment:homework 4 part b",
            "/exam set-form which:exam 1 url:https://example.org/form",
            "/oh day:blursday",
            "/nope",
            ":advance 2d",
            "/due within:today",
        ]
    )
    result = coursebot("console", "--now", "2024-02-12T10:00", "--db", ":memory:", stdin=script)
    out = result.stdout
    assert result.returncode == 0, result.stderr
    assert "Office hours on Wed Feb 14" in out
    assert "Li Chen 10:00 AM EST" in out
    assert "HW2: Wed Feb 14, 11:59 PM EST (in 2 days)" in out
    assert "HW4 Part B is due Mon Mar 18, 11:59 PM EDT" in out
    assert "That command is for course staff." in out
    assert "I couldn't read 'blursday' as a date" in out
    assert "Unknown command /nope" in out
    assert "Console time: Wed Feb 14, 10:00 AM EST" in out
    assert "Due today" in out
    assert "Traceback" not in out + result.stderr


def test_console_staff_can_set_the_exam_form():
    """With --staff, /exam set-form works and /exam info then shows the link."""
    script = "/exam set-form which:exam 1 url:https://example.org/form\n/exam info which:exam 1\n"
    result = coursebot("console", "--staff", "--now", "2024-02-01T10:00", "--db", ":memory:", stdin=script)
    assert "Conflict form saved" in result.stdout
    assert "exam conflict form <https://example.org/form>" in result.stdout


def test_run_without_token_explains_and_exits_2():
    """No DISCORD_TOKEN: a clear message pointing at the console, exit 2."""
    result = coursebot("run", env={"DISCORD_TOKEN": ""})
    assert result.returncode == 2
    assert "DISCORD_TOKEN" in result.stderr
    assert "coursebot console" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("bad", ["--now=yesterday-ish"])
def test_bad_now_is_a_message_not_a_traceback(bad):
    """An unreadable --now is reported plainly."""
    result = coursebot("ask", "what's due", bad)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_console_echoes_piped_lines_and_stops_at_quit():
    """Piped input reads as a conversation (`> line` before its answer); :quit ends the session there."""
    script = "/due within:today\n\n:quit\n/help\n"
    result = coursebot("console", "--now", "2024-02-12T10:00", "--db", ":memory:", stdin=script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("> /due within:today\nDue today\n=========\n")
    assert result.stdout.rstrip().endswith("> :quit")  # the blank line is not echoed; nothing runs after :quit


def test_console_ends_cleanly_at_the_end_of_input():
    """Ctrl-D (the end of input) leaves with exit 0 and no traceback; :help documents :quit and Ctrl-D."""
    result = coursebot("console", "--db", ":memory:", stdin=":help")
    assert result.returncode == 0, result.stderr
    assert ":quit" in result.stdout
    assert "Ctrl-D" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_the_console_and_the_command_line_share_the_database_and_the_server(tmp_path):
    """`coursebot gracedays import` then `/gracedays student` in the console finds the student (same file, same
    server id), and the console's start wrote no audit row of its own."""
    db = tmp_path / "shared.db"
    export = REPO / "tests" / "fixtures" / "gradescope" / "10-605_S24_grades.csv"
    env = {"COURSEBOT_DB": str(db), "COURSEBOT_GUILD_ID": ""}
    imported = coursebot("gracedays", "import", str(export), env=env)
    assert imported.returncode == 0, imported.stderr
    script = "/gracedays student student:ben@andrew.cmu.edu\n/admin audit\n"
    result = coursebot("console", "--staff", "--now", "2024-04-01T12:00", stdin=script, env=env)
    assert result.returncode == 0, result.stderr
    assert "ben@andrew.cmu.edu" in result.stdout
    assert "grace days used" in result.stdout
    assert "No student" not in result.stdout
    assert "the coursebot command line imported 10-605_S24_grades.csv" in result.stdout
    import sqlite3

    with sqlite3.connect(db) as conn:
        assert [r[0] for r in conn.execute("SELECT action FROM audit")] == ["gracedays.import"]


def test_ask_json_prints_the_reading_and_the_answer():
    """`ask --json`: the reading (intent, slots, confidence, alternatives) with the answer, for tooling and staff."""
    result = coursebot(
        "ask", "when is hw4 part b due and when does hw5 come out", "--now", "2024-02-12T10:00", "--json"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["outcome"] == "answered"
    assert [p["intent"] for p in data["parts"]] == ["assignment_due", "release"]
    assert data["parts"][0]["slots"] == {"assignments": ["hw4b"]}
    assert all(0 < p["confidence"] <= 1 and "alternatives" in p for p in data["parts"])
    assert "Mon Mar 18, 11:59 PM EDT" in data["answer"]["text"]
    assert data["answer"]["kind"] == "info"
    assert data["now"] == "2024-02-12T10:00:00-05:00"


def test_ask_json_shows_the_options_when_unsure():
    """An unsure reading lists the options a student would be offered."""
    result = coursebot("ask", "are solutions posted after the deadline", "--json")
    data = json.loads(result.stdout)
    assert data["outcome"] == "unsure"
    assert len(data["answer"]["options"]) >= 2
    assert all({"label", "question"} == set(o) for o in data["answer"]["options"])
