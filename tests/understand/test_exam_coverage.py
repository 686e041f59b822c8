"""What an exam covers, from its own rules (bot.understand.exam_coverage)."""

from __future__ import annotations

from dataclasses import replace

from bot.understand.exam_coverage import coverage, coverage_answer, cumulative_verdict
from tests.understand.conftest import first_line, reply

WHOLE = "Cumulative: covers the whole course except the guest lecture."


def _with_rules(course, exam_id: str, *rules: str):
    exams = tuple(replace(e, rules=(*rules, *e.rules)) if e.id == exam_id else e for e in course.exams)
    return replace(course, exams=exams)


def test_the_rules_that_say_what_it_covers(stat):
    ruled = _with_rules(stat, "final", WHOLE, "Bring a pencil.")
    final = ruled.exam("final")
    assert coverage(final) == [WHOLE]
    assert coverage_answer(ruled, [final]).kind == "info"
    assert coverage_answer(ruled, list(ruled.exams)).kind == "unknown"  # the midterm's coverage is not given
    assert cumulative_verdict(final, "is the final cumulative") == (True, f"“{WHOLE}”")
    assert cumulative_verdict(final, "is the final hard") is None
    assert cumulative_verdict(stat.exam("final"), "is the final cumulative") is None


def test_asked_of_the_engine(stat):
    ruled = _with_rules(stat, "final", WHOLE)
    _, said = reply(ruled, "is the final cumulative", "2024-11-01 10:00")
    assert first_line(said).startswith("Yes")
    _, said = reply(stat, "is the final cumulative", "2024-11-01 10:00")
    assert not first_line(said).startswith(("Yes", "No"))
