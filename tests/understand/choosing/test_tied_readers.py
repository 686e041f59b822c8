"""Two readers that would tie on one question are told apart by what each needs: one answer, never a menu."""

from __future__ import annotations

import pytest

from tests.understand.conftest import course_in, reply

CHEM = ("tests/fixtures/courses/chem-1310-s26", "2026-02-10 10:00")
STAT = ("data/stat-187-f24", "2024-10-01 10:00")
CMU = ("data/10-605-s24", "2024-02-12 10:00")
HIST = ("tests/fixtures/courses/hist-210-a24", "2024-10-15 10:00")


@pytest.mark.parametrize(
    ("where", "question", "intent", "says"),
    [
        (CHEM, "if im 15 min late to the final can i still take it", "exam_arriving", "come in late to Final exam"),
        (STAT, "if i show up late to the midterm can i still write it", "exam_arriving", "come in late to Midterm"),
        (CMU, "i'm running late for the exam, can i still sit it", "exam_arriving", "come in late to Exam 1"),
        (HIST, "if i turn up late to the final exam can i still sit it", "exam_arriving", "come in late"),
        (CHEM, "who runs the review sessions", "kind_runs", "run by Dana Okafor"),
        (CHEM, "who is running the midterm review", "kind_runs", "run by Dana Okafor"),
        (CHEM, "who leads the exam review session", "kind_runs", "run by Dana Okafor"),
    ],
)
def test_one_reading_answers(where, question, intent, says):
    """Late to an exam is its entry rules; who runs a kind that is also a topic word is that kind's staff."""
    result, said = reply(course_in(where[0]), question, where[1])
    assert result.outcome == "answered", said
    assert [p.intent for p in result.parts] == [intent], said
    assert says in said, said
