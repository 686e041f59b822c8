"""Leaving an exam before its end ("can i walk out once i'm done"): the exam's own rule on it, quoted, or that the
page does not say (bot.understand.exams.exam_leaving)."""

from __future__ import annotations

import dataclasses

import pytest

from bot.understand.engine import engine_for
from bot.understand.exams.exam_leaving import leaving_asked
from tests.conftest import local
from tests.understand.conftest import reply

RULE = "You may not leave during the first 45 minutes."


def _ruled(course, exam_id, *rules):
    exams = tuple(dataclasses.replace(e, rules=(*e.rules, *rules)) if e.id == exam_id else e for e in course.exams)
    return dataclasses.replace(course, exams=exams)


@pytest.mark.parametrize(
    "question",
    [
        "can i walk out of the midterm once im done",
        "are we allowed to leave the midterm early",
        "if i finish the midterm can i head out early",
        "can i leave once i'm finished with the midterm",
        "can i leave the midterm in the first half hour",
        "can i leave in the last 10 minutes of the midterm",
    ],
)
def test_leaving_early_quotes_the_exams_rule(stat, question):
    course = _ruled(stat, "midterm", RULE)
    result, said = reply(course, question, "2024-10-14 13:30")
    assert [p.intent for p in result.parts] == ["exam_leaving"]
    assert f"“{RULE}”" in said.splitlines()[2]


def test_without_a_rule_the_page_does_not_say(stat):
    result, said = reply(stat, "can i walk out of the midterm once im done", "2024-10-14 13:30")
    assert result.answer.kind == "unknown"
    assert "Whether you may leave Midterm early is not on the course page" in said
    assert "Yes" not in said.splitlines()[2]


def test_taking_the_exam_at_another_time_is_not_leaving_it(stat):
    """Leaving town, taking the exam earlier, a bag left at the front: no question of leaving the room early."""
    now = local(stat, "2024-10-14 13:30")
    reader = engine_for(stat).reader
    for question in (
        "im leaving early for thanksgiving, can i write the midterm early",
        "can i take the midterm earlier, i'm leaving town",
        "when is the midterm",
        "can i leave my bag at the front during the midterm",
    ):
        assert leaving_asked(stat, question, reader.read(question, now), now) is None, question


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("can i leave the midterm after 20 mins if im done", "No"),
        ("is it ok to walk out of the midterm an hour in", "Yes"),
        ("can i leave the midterm after 50 minutes", "Yes"),
    ],
)
def test_a_stated_moment_is_answered_yes_or_no_from_the_rule(stat, question, opening):
    """How far in the student would leave, against the rule's first minutes: Yes or No first, the rule quoted after."""
    result, said = reply(_ruled(stat, "midterm", RULE), question, "2024-10-14 13:30")
    assert [p.intent for p in result.parts] == ["exam_leaving"]
    lines = said.splitlines()
    assert lines[2].startswith(opening), said
    assert f"“{RULE}”" in lines[3]


def test_a_stated_moment_without_a_rule_is_no_yes(stat):
    """No rule on leaving: a moment stated changes nothing, the page does not say."""
    result, said = reply(stat, "can i leave the midterm after 50 minutes", "2024-10-14 13:30")
    assert result.answer.kind == "unknown"
    assert not said.splitlines()[2].startswith(("Yes", "No"))
