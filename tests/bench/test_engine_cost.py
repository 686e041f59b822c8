"""The engine's instruction count driver: every question of every question file at its own clock (or the bench's
mix), the counted ones new (never answered before, the others answered first), and a profile by module and function."""

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
    first = tomllib.loads(files[0].read_text())
    course, text, now = rows[0]
    assert course.id == first["course"]
    assert text == first["question"][0]["text"]
    assert now.tzinfo is not None


def test_counted_questions_are_new_unless_seen_is_asked():
    """The warm pass never answers a counted question (its words would be remembered); `seen` counts repeats."""
    rows = list("abcdefg")
    warmed, counted = engine_cost.warmed_and_counted(rows, 1, seen=False)
    assert counted == ["a", "c", "e", "g"]
    assert warmed == ["b", "d", "f"]
    assert engine_cost.warmed_and_counted(rows, 2, seen=False)[1] == ["a", "e"]
    assert engine_cost.warmed_and_counted(rows, 3, seen=True) == (["a", "d", "g"], ["a", "d", "g"])


def test_the_counted_pass_runs_inside_the_marker_call(monkeypatch, capsys):
    calls = []
    monkeypatch.setattr(engine_cost, "asked", lambda: ["a", "b", "c"])
    monkeypatch.setattr(engine_cost, "answer_all", lambda rows: calls.append(("answer", tuple(rows))))
    monkeypatch.setattr(operator, "call", lambda fn, *args: calls.append(("marker", fn.__name__, *args)))
    monkeypatch.setattr("sys.argv", ["engine_cost.py"])
    engine_cost.main()
    assert calls == [("answer", ("b",)), ("marker", "<lambda>", ["a", "c"])]
    assert "2 questions: divide the dump's Ir by 2" in capsys.readouterr().out


def test_the_profile_names_modules_and_calls_per_question(capsys):
    rows = engine_cost.mix()[:5]
    engine_cost.answer_all(rows)
    engine_cost.profile(rows, top=5)
    out = capsys.readouterr().out
    assert out.startswith("5 questions, ")
    assert "bot.understand.engine" in out
    assert "calls/q" in out
