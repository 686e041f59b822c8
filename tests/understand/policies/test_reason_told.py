"""A may-I with a reason the rule never speaks of: the rule's claim on the thing asked decides it."""

from __future__ import annotations

import pytest

from bot.understand.policies.reason_told import claim_despite_reason
from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("can i use my partner's data if my balance broke", True),
        ("can i copy my partner's discussion if mine came out too short", False),
    ],
)
def test_a_reason_the_rule_never_names_leaves_its_claim_standing(question, yes):
    """The claim on the main clause decides it, Yes or No, whatever the reason."""
    found = claim_despite_reason(course_in(CHEM), question)
    assert found is not None
    assert found.policy == "collaboration"
    assert found.claim.yes is yes


@pytest.mark.parametrize(
    "question",
    [
        "can i share lab data with my partner if i was sick that week",  # a hardship: rules make exceptions there
        "can i do the lab if i haven't done the prelab",  # a requirement not met is a case rules speak of
        "if my balance broke can i use my partner's data",  # a what-if's premise, read by its own reader
        "can i use my partner's data",  # no reason at all: the usual claim reading answers
        "when is lab 3 due if i use my partner's data",  # not a may-I
    ],
)
def test_no_claim_for_hardships_unmet_requirements_or_no_reason(question):
    assert claim_despite_reason(course_in(CHEM), question) is None


def test_the_answer_says_yes_from_the_claim():
    """The student sees Yes and the page's own words, not "the page does not say what applies if ..."."""
    _result, said = reply(course_in(CHEM), "can i use my partner's data if my balance broke", "2026-03-04 14:00")
    assert first_line(said).startswith("Yes"), said
    assert "shared" in first_line(said)
