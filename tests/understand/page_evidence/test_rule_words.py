"""A question the table cannot place that names something only one rule speaks of: that rule's sentence."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.core.render_text import answer_text
from bot.course.model import Policy
from bot.understand.engine import read_question
from bot.understand.page_evidence.rule_words import RuleWords, rule_words_for
from tests.conftest import at

_DEVICES = Policy(
    "exam-devices",
    "Devices during exams",
    "No devices at the exam desk.",
    "Phones and smartwatches are not allowed at the exam desk. You can withdraw from an exam in the registrar's "
    "portal until 7 days before it.",
)


@pytest.fixture
def with_devices(course):
    """10-605 with one more rule, whose words ("smartwatch", "withdraw") no other rule uses."""
    return replace(course, policies=(*course.policies, _DEVICES))


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("can i keep my smartwatch on during the exam", "Phones and smartwatches"),
        ("are smartwatches ok in exam 1", "Phones and smartwatches"),
        ("how do i withdraw from exam 2", "You can withdraw"),
    ],
)
def test_a_word_only_one_rule_uses_finds_its_sentence(with_devices, question, sentence):
    """The rule is the one policy whose words hold the question's rare word; its sentence holding it is chosen."""
    found = RuleWords(with_devices).rule_said(question)
    assert found is not None
    assert found.policy == "exam-devices"
    assert found.sentence.startswith(sentence)


@pytest.mark.parametrize(
    "question",
    [
        "can i keep my smartwatch on",  # names nothing of the course the rule speaks of
        "how do i withdraw money from the bank",
        "is the deadline the same for everyone on exam 1",  # "deadline" has its own readers
        "can i bring my phone to exam 1",  # an everyday word, in many texts
        "is professor talwalkar nice",  # a person, not a rule's subject
    ],
)
def test_no_rule_without_a_rare_word_and_a_course_thing(with_devices, question):
    assert RuleWords(with_devices).rule_said(question) is None


def test_the_engine_answers_with_the_rules_sentence_when_nothing_else_fits(with_devices):
    """Not "I can't answer that": the rule's own sentence first, no Yes or No its words do not give."""
    now = at("2024-02-12T10:00")
    result = read_question(with_devices, "how do i withdraw from exam 2", now)
    assert [p.slots.get("policy") for p in result.parts] == ["exam-devices"]
    shown = answer_text(result.answer, with_devices.tz, now)
    assert "“You can withdraw from an exam in the registrar's portal" in shown.splitlines()[2]


def test_a_statement_is_not_read_as_the_rules_question(with_devices):
    """ "my friend said the midterm smartwatch rule changed": told, not asked; no rule is read from it."""
    now = at("2024-02-12T10:00")
    result = read_question(with_devices, "my friend said the smartwatch thing for exam 1 changed", now)
    assert "exam-devices" not in [p.slots.get("policy") for p in result.parts]


def test_the_index_is_built_once_per_course(with_devices):
    assert rule_words_for(with_devices) is rule_words_for(with_devices)
