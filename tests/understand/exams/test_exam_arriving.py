"""Arriving late to an exam (bot.understand.exams.exam_arriving): the exam's rules on coming in after the start, or that
the page does not say; never the late-work rules."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.understand.conftest import reply

_RULE = "You cannot enter more than 30 minutes after the start."


def _with_entry_rule(stat):
    """STAT 187 with a midterm whose rules say how late students may come in."""
    midterm = replace(stat.exam("midterm"), rules=(*stat.exam("midterm").rules, _RULE))
    return replace(stat, exams=tuple(midterm if e.id == "midterm" else e for e in stat.exams))


@pytest.mark.parametrize(
    "question",
    [
        "if i'm 10 minutes late to the midterm can i still get in",
        "can you arrive late to the midterm",
        "what if my bus is slow and i show up late for the midterm",
        "will they let me in late to the midterm",
    ],
)
def test_the_rule_on_coming_in_late_is_quoted(stat, question):
    """Late to the sitting is its entry rule, never grace days or a late penalty."""
    result, said = reply(_with_entry_rule(stat), question, "2024-10-01 10:00")
    assert result.parts[0].intent == "exam_arriving"
    assert "30 minutes after the start" in said


def test_without_a_rule_it_is_not_on_the_page(stat):
    result, said = reply(stat, "what happens if im late to the midterm", "2024-10-01 10:00")
    assert result.parts[0].intent == "exam_arriving"
    assert result.answer.kind == "unknown"
    assert "not on the course page" in said


@pytest.mark.parametrize("question", ["can i submit ps3 late", "is the exam late policy the same as for homework"])
def test_late_work_is_not_arriving(stat, question):
    result, _ = reply(_with_entry_rule(stat), question, "2024-10-01 10:00")
    assert all(p.intent != "exam_arriving" for p in result.parts)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("if i'm 10 minutes late to the midterm can i still get in", "Yes"),
        ("what if im 45 min late to the midterm", "No"),
    ],
)
def test_how_late_is_answered_yes_or_no_from_the_rule(stat, question, opening):
    """How late the student states, against the rule's limit: Yes or No first."""
    result, said = reply(_with_entry_rule(stat), question, "2024-10-01 10:00")
    assert result.parts[0].intent == "exam_arriving"
    assert said.splitlines()[2].startswith(opening), said
