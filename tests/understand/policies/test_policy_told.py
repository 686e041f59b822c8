"""A may-I question with the student's case told around it is decided by the course's claim."""

from __future__ import annotations

from bot.course.loader import load_course
from bot.understand.policies.policy_told import told_claim

CHEM = "tests/fixtures/courses/chem-1310-s26"


def test_a_reason_told_after_the_ask_says_what_is_asked():
    course = load_course(CHEM)
    found = told_claim(course, "can i wear shorts in lab, it's going to be super hot", "lab-safety")
    assert found is not None
    assert found.claim.yes is False


def test_nothing_told_gives_nothing():
    course = load_course(CHEM)
    assert told_claim(course, "can i wear shorts in lab", "lab-safety") is None
