"""Going to another section's meeting: the rule on switching, not that day's schedule."""

from __future__ import annotations

import pytest

from bot.understand.switch_section import switch_policy, switch_question
from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


def test_the_switching_rule_is_found_by_its_keywords(hist):
    assert switch_policy(course_in(CHEM)) == "labs"
    assert switch_policy(hist) == ""  # no rule on switching: the question table reads such questions


@pytest.mark.parametrize(
    "question",
    [
        "could i attend the tuesday evening lab instead of my usual one next week",
        "is it possible to switch to a different lab section for one week",
        "can i swap labs with my friend this week",
    ],
)
def test_a_switch_asked_gets_the_rule(question):
    course = course_in(CHEM)
    result, said = reply(course, question, "2026-03-04 14:00")
    assert [p.slots.get("policy") for p in result.parts] == ["labs"]
    assert "48 hours" in said


@pytest.mark.parametrize("question", ["when is my lab this week", "can i go to lab late", "what lab section am i in"])
def test_not_a_switch(question):
    assert switch_question(course_in(CHEM), question) is None
