"""An exam's format asked: the exam's own rules laying out its parts (bot.understand.exams.exam_format)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.understand.exams.exam_format import asks_format, format_of, format_rules


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("how is the final structured", True),
        ("whats the format of the midterm", True),
        ("how many sections are on exam 2", True),
        ("what kind of questions are on the quiz", True),
        ("when is the final", False),
        ("how long is the final", False),
    ],
)
def test_a_format_asked(question, asks):
    assert asks_format(question) is asks


def test_the_rules_that_lay_out_parts():
    """Sections, parts or counted questions lay out an exam; a rule on what to bring does not."""
    rules = (
        "Bring your student ID.",
        "Two hours: Section A short answers (40%), Section B one essay (60%).",
        "30 multiple-choice questions.",
        "Part 2 is open book.",
    )
    assert format_rules(rules) == list(rules[1:])
    assert format_rules(["Covers sections 3.1-3.4 of the textbook.", "Calculators allowed."]) == []


def test_format_of_the_exams_asked():
    final = SimpleNamespace(rules=("Section A short answers (40%), Section B one essay (60%).", "Closed book."))
    assert format_of([final], "how is the final structured") == [final.rules[0]]
    assert format_of([final], "is the final closed book") == []
