"""The engine's instruction count driver: every question of every question file at its own clock (or the bench's
mix), answered once hot and once inside the call callgrind collects on, and a profile by module and function."""

from __future__ import annotations

import operator
import tomllib

from bench import engine_cost
from tests.conftest import REPO


def test_every_question_of_every_file_is_asked_at_its_own_clock():
    files = sorted((REPO / "tests" / "questions").glob("*.toml"))
    expected = sum(len(tomllib.loads(p.read_text())["question"]) for p in files)
    rows = engine_cost.asked()
    assert len(rows) == expected
    assert len(engine_cost.asked(every=7)) == len(rows[::7])
    first = tomllib.loads(files[0].read_text())
    course, text, now = rows[0]
    assert course.id == first["course"]
    assert text == first["question"][0]["text"]
    assert now.tzinfo is not None


def test_the_counted_pass_runs_inside_the_marker_call(monkeypatch, capsys):
    calls = []
    monkeypatch.setattr(engine_cost, "asked", lambda every=1: ["a", "b"][::every])
    monkeypatch.setattr(engine_cost, "answer_all", lambda rows: calls.append(("answer", tuple(rows))))
    monkeypatch.setattr(operator, "call", lambda fn, *args: calls.append(("marker", fn.__name__, *args)))
    monkeypatch.setattr("sys.argv", ["engine_cost.py"])
    engine_cost.main()
    assert calls == [("answer", ("a", "b")), ("marker", "<lambda>", ["a", "b"])]
    assert "2 questions: divide the dump's Ir by 2" in capsys.readouterr().out


def test_the_profile_names_modules_and_calls_per_question(capsys):
    rows = engine_cost.mix()[:5]
    engine_cost.answer_all(rows)
    engine_cost.profile(rows, top=5)
    out = capsys.readouterr().out
    assert out.startswith("5 questions, ")
    assert "bot.understand.engine" in out
    assert "calls/q" in out
