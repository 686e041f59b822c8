"""What not doing a piece of work costs: the rule's sentence naming that work, quoted first."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.course.model import Course, Policy
from bot.understand.policies.item_not_done import not_done_rule
from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"
RULE = Policy(
    id="reports",
    title="Lab reports",
    summary="Every lab report counts.",
    quote="Lab reports are due a week after the lab. Not submitting Lab Report 2 costs its 5% of the grade.",
    keywords=("lab report",),
)


def _course() -> Course:
    course = course_in(CHEM)
    return replace(course, policies=(*course.policies, RULE))


@pytest.mark.parametrize(
    "question",
    [
        "what if i dont do lab report 2",
        "what happens if we never submit lab report 2",
        "what if i forget to hand in lab report 2",
    ],
)
def test_not_doing_named_work_is_the_rules_sentence_on_it(question):
    found = not_done_rule(_course(), question)
    assert found == ("reports", "Not submitting Lab Report 2 costs its 5% of the grade.")


@pytest.mark.parametrize(
    "question",
    [
        "what if i do lab report 2 late",  # nothing left undone
        "i dont get lab report 2",  # no consequence asked
        "what if i dont do lab report 3",  # no rule speaks of leaving that one undone
    ],
)
def test_not_this_question(question):
    assert not_done_rule(_course(), question) is None


def test_the_answer_opens_with_the_sentence():
    course = _course()
    result, said = reply(course, "what if i dont do lab report 2", "2026-02-10 10:00")
    assert [p.slots.get("policy") for p in result.parts] == ["reports"]
    assert said.splitlines()[2].startswith("The course page says: “Not submitting Lab Report 2")


_SHUTTLE = "Field trips are compulsory. The shuttle leaves at 7:30 sharp: missing the shuttle counts as an absence."
TRIPS = Policy("trips", "Field trips", "Field trips are compulsory.", _SHUTTLE, ("field trip",))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what if i miss the shuttle on friday", "trips"),
        ("what happens if i missed the shuttle lol", "trips"),
        ("what if i miss the lecture", None),  # no rule's sentence speaks of missing the lecture
        ("i missed the shuttle, when is the next one", None),  # no consequence asked
    ],
)
def test_missing_a_thing_a_rule_speaks_of_missing_is_that_rules_sentence(question, expected):
    from bot.understand.policies.item_not_done import missed_thing_rule

    course = replace(course_in(CHEM), policies=(*course_in(CHEM).policies, TRIPS))
    found = missed_thing_rule(course, question)
    assert (found[0] if found else None) == expected


def test_missing_the_thing_is_answered_with_the_sentence_not_the_days_schedule():
    course = replace(course_in(CHEM), policies=(*course_in(CHEM).policies, TRIPS))
    result, said = reply(course, "what if i miss the shuttle on saturday", "2026-02-10 10:00")
    assert [p.slots.get("policy") for p in result.parts] == ["trips"]
    assert "counts as an absence" in said.splitlines()[2]
