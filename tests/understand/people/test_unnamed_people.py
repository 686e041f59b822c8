"""Who someone is, or where their office is, asked of a rule that names no one (gives no room): said not given."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, text
from bot.understand.people.unnamed_people import asks_who_or_office, unnamed_person
from tests.understand.conftest import course_in


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("who are the class reps for this unit", True),
        ("who's our module convenor", True),
        ("where is the course coordinators office", True),
        ("where's the lab manager's room?", True),
        ("who is eligible for the resit", False),  # a rule, not a name
        ("who do i email about an extension", False),  # a channel, not a name
        ("where is the final", False),
        ("where are the slides posted", False),
    ],
)
def test_who_or_which_office_asked(question, asked):
    assert asks_who_or_office(question) is asked


def _card(*lines: str) -> Answer:
    return Answer(title="Communication", lines=tuple(text(s) for s in lines))


# (question, what the rule says, whether it answers it)
CASES = {
    "who are the class reps": {
        "Announcements are shared by the class representatives on WhatsApp.": False,
        "The class representatives are Dr. Amina Otieno and Mr. Brian Kip.": True,
    },
    "who is the course coordinator": {"Write to the Course Coordinator at coord@uni.example.edu.": False},
    "where is the course coordinators office": {
        "Write to the Course Coordinator at coord@uni.example.edu.": False,
        "The Course Coordinator is in Room 214, Block B.": True,
    },
    "who is the course convenor": {"Essays go to the convenor, Miriam, by email.": True},  # a staff member's name
}


def test_a_rule_naming_no_one_is_not_the_answer():
    """A rule that names no person (gives no room): "the course page doesn't name them", then the rule."""
    course = course_in("tests/fixtures/courses/hist-210-a24")
    for question, rules in CASES.items():
        for said, answers in rules.items():
            answer = unnamed_person(course, question, "policy", _card(said), "ask on the forum")
            assert (answer.kind == "info") is answers, (question, said)
            assert said in str(answer.lines)


def test_only_a_rules_card_is_read():
    """A staff card is the staff list's own answer: left alone."""
    course = course_in("tests/fixtures/courses/hist-210-a24")
    card = _card("Office hours by appointment.")
    assert unnamed_person(course, "who are the class reps", "staff", card, "ask").kind == "info"
