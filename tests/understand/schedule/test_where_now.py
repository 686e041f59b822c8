"""Where the term is now: "what unit are we in rn", "what week is it", on every course."""

from __future__ import annotations

import shutil

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.engine import read_question
from bot.understand.schedule.where_now import where_now_asked
from tests.conftest import FIXTURES, REPO, local


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("what unit are we in right now", "unit"),
        ("which unit are we on", "unit"),
        ("what unit is it now", "unit"),
        ("what lesson are we on rn", "unit"),  # a textbook's lessons are its units
        ("what lesson is the quiz on", None),
        ("what is the current unit", "unit"),
        ("what week is it", "week"),
        ("what week of the semester are we in", "week"),
        ("which week of term is it now", "week"),
        ("what is the current week", "week"),
        ("what week is the midterm", None),  # the exam's week, not now
        ("what unit is lsh in", None),  # a topic's unit
        ("what week is hw3 due", None),
    ],
)
def test_what_is_asked(text, asked):
    assert where_now_asked(text) == asked


@pytest.mark.parametrize(
    ("folder", "now", "question", "said"),
    [
        (REPO / "data" / "stat-187-f24", "2024-11-20T17:15", "what unit are we in rn", "Modern methods"),
        (REPO / "data" / "stat-187-f24", "2024-11-20T17:15", "what week is it", "week 13 of 16"),
        (FIXTURES / "courses" / "geo-2210-s25", "2025-05-08T09:30", "what unit are we in", "Remote sensing"),
        (FIXTURES / "courses" / "geo-2210-s25", "2025-05-08T09:30", "what week are we in", "week 9 of 16"),
        (FIXTURES / "courses" / "hist-210-a24", "2024-10-07T10:30", "which unit are we in now", "Empires"),
        (FIXTURES / "courses" / "chem-1310-s26", "2026-03-04T14:00", "which lesson are we at right now", "Gases"),
        (REPO / "data" / "10-605-s24", "2024-03-20T10:00", "what week of the semester is it", "week 10 of 15"),
    ],
)
def test_the_answer_comes_from_the_schedule_and_the_terms_weeks(folder, now, question, said):
    course = load_course(folder)
    clock = local(course, now)
    result = read_question(course, question, clock)
    assert [p["intent"] for p in result.as_json()["parts"]] == ["where_now"]
    assert said in answer_text(result.answer, course.tz, clock)


def test_outside_the_term_the_week_says_so(course):
    clock = local(course, "2024-06-01 10:00")
    shown = answer_text(read_question(course, "what week is it", clock).answer, course.tz, clock)
    assert "The term is over" in shown


def test_before_the_first_unit_it_says_when_it_starts(course):
    clock = local(course, "2024-01-02 10:00")
    shown = answer_text(read_question(course, "what unit are we in", clock).answer, course.tz, clock)
    assert "starts" in shown


def test_a_schedule_without_units_says_it_has_none(tmp_path):
    folder = tmp_path / "course"
    shutil.copytree(FIXTURES / "courses" / "hist-210-a24", folder)
    schedule = folder / "schedule.toml"
    text = schedule.read_text()
    lines = [line for line in text.splitlines() if not line.startswith("unit = ")]
    text = "\n".join(lines)
    # drop the [[unit]] tables themselves
    while "[[unit]]" in text:
        start = text.index("[[unit]]")
        end = text.index("[[", start + 8)
        text = text[:start] + text[end:]
    schedule.write_text(text)
    course = load_course(folder)
    clock = local(course, "2024-10-07 10:30")
    result = read_question(course, "what unit are we in right now", clock)
    assert result.answer.kind == "unknown"
    assert "does not group its days into units" in answer_text(result.answer, course.tz, clock)
