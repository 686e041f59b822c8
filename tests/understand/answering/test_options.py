"""Options offered when unsure: a question per reading, short enough for a Discord button."""

from __future__ import annotations

import pytest

from bot.understand.answering.options import option_label, option_question
from bot.understand.choosing.handlers import HANDLERS
from bot.understand.engine import read_question
from bot.understand.question.result import Part
from tests.conftest import at, local


@pytest.mark.parametrize("intent", sorted(HANDLERS))
def test_every_intent_has_an_option_question(course, intent):
    """Whatever the reading, picking it asks a real question, and its label fits a button (80 characters)."""
    slots = {
        "assignments": ("hw3",),
        "exam": "exam1",
        "policy": "grace-days",
        "rows": (0,),
        "fact": "meeting_time",
    }
    part = Part("", intent, slots, 5.0, 0.5)
    assert option_question(course, part).strip()
    assert len(option_label(course, part)) <= 80


@pytest.mark.parametrize(
    ("intent", "slots"),
    [
        ("course_itself", {"asked": "language"}),
        ("course_itself", {"asked": "submission"}),
        ("course_itself", {"asked": "due_time"}),
        ("course_itself", {"asked": "offered"}),
        ("still_open", {"assignments": ("hw3",)}),
    ],
)
def test_a_recognized_reading_reads_back(course, intent, slots):
    """Picking the option asks a question that reads back as the same intent: never a dead end."""
    question = option_question(course, Part("", intent, slots, 11.0, 0.5))
    parts = read_question(course, question, at("2024-02-12 10:00")).parts
    assert [p.intent for p in parts] == [intent]


@pytest.mark.parametrize(
    ("intent", "slots"),
    [
        ("missing_session", {"sessions": ("revision session",)}),
        ("missing_session", {"sessions": ("mock exam", "revision session")}),
        ("missing_rule", {"subject": "disability accommodations"}),
        ("advice_asked", {}),
        ("compared", {"things": ("essay2", "proposal"), "how": "same"}),
        ("compared", {"things": ("essay2", "proposal"), "how": "first"}),
        ("compared", {"things": ("essay1", "essay2"), "how": "apart"}),
        ("compared", {"things": ("proposal", "essay2"), "how": "before"}),
        ("compared", {"things": ("essay2", "proposal"), "how": "choice"}),
    ],
)
def test_a_not_on_the_page_or_compared_reading_reads_back(hist, intent, slots):
    """The same slots come back too: the option asks for the same sessions, rule or comparison."""
    question = option_question(hist, Part("", intent, slots, 11.0, 0.5))
    parts = read_question(hist, question, local(hist, "2024-10-01 12:00")).parts
    assert [(p.intent, {k: v for k, v in p.slots.items() if not k.startswith("_")}) for p in parts] == [(intent, slots)]


def test_a_situation_option_asks_the_students_own_words(second_course):
    part = Part("", "exam_situation", {"exam": "midterm", "_question": "what if i miss the midterm"}, 11.0, 0.5)
    assert option_question(second_course, part) == "what if i miss the midterm"


@pytest.mark.parametrize("intent", sorted(set(HANDLERS) - {"help"}))
def test_no_reading_is_offered_as_what_can_you_help_with(course, intent):
    """A reading with a policy, work or the student's words is never offered as the bare "What can you help with?":
    two such offers side by side read the same and neither leads anywhere."""
    for slots in ({"policy": "grace-days"}, {"_question": "if im late to recitation does it count"}):
        assert option_question(course, Part("", intent, slots, 5.0, 0.5)) != "What can you help with?", slots


@pytest.mark.parametrize(
    ("intent", "slots", "says"),
    [
        ("exam_arriving", {"exam": "exam1"}, "Can I come in late to Exam 1?"),
        ("kind_runs", {"kind": "recitation"}, "Who runs the recitations?"),
        ("topic_speaker", {"rows": (0,)}, "Who gives "),
    ],
)
def test_a_recognized_reading_asks_its_own_question(course, intent, slots, says):
    """A reading two recognizers may tie on is offered as its own question, never "What can you help with?"."""
    assert option_question(course, Part("", intent, slots, 11.0, 0.5)).startswith(says)


@pytest.mark.parametrize(
    ("slots", "asks"),
    [({"unknown": ["hw4c"]}, "When is HW4C due?"), ({}, "When is the next assignment due?")],
)
def test_an_assignment_option_never_names_nothing(course, slots, asks):
    """An unsure reading of an assignment the course lacks ("hw4 part c"), or of none, asks of that name or of the next
    one: never "When is  due?"."""
    assert option_question(course, Part("", "assignment_due", slots, 4.0, 0.2)) == asks
