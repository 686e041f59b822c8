"""A belief about someone's role is checked whole: the role, then the section named (a TA of 101 is not 102's), and a
title the page gives someone else as another name ("the course coordinator") is theirs, not the person asked about."""

from __future__ import annotations

import pytest

from bot.course.model import Course
from bot.understand.people.role_premise import role_verdict, title_named
from tests.understand.conftest import course_in


@pytest.fixture(scope="module")
def chem() -> Course:
    return course_in("tests/fixtures/courses/chem-1310-s26")


@pytest.mark.parametrize(
    ("person", "role", "section", "yes", "said"),
    [
        ("hannah-lindqvist", "ta", "101", True, "Hannah Lindqvist is the Teaching Assistant of 101."),
        ("hannah-lindqvist", "ta", "102", False, "102's Teaching Assistant: Tomás Echeverría."),
        ("hannah-lindqvist", "ta", None, True, "Hannah Lindqvist is a Teaching Assistant."),
        ("junseo-park", "lab-coordinator", None, False, "not a Lab Coordinator."),
        ("dana-okafor", "ta", "101", False, "101's Teaching Assistant: Hannah Lindqvist."),
        ("dana-okafor", "instructor", "101", True, "Dana Okafor is an Instructor."),  # of every section
    ],
)
def test_role_verdict(chem, person, role, section, yes, said):
    found = role_verdict(chem, person, role, section)
    assert found.yes is yes
    assert said in found.reason


def test_a_title_that_is_another_persons_name(chem):
    """ "is X the <someone else's alias>": No, with whose it is; the person's own alias after "the": Yes."""
    assert title_named(chem, "is hannah the ta", ["hannah-lindqvist"]) is None  # a role word, not an alias
    assert title_named(chem, "is hannah nice", ["hannah-lindqvist"]) is None
    verdict = title_named(chem, "is hannah the tomas echeverria", ["hannah-lindqvist", "tomas-echeverria"])
    assert verdict is not None
    assert verdict.yes is False
    assert "Tomás Echeverría" in verdict.reason
    own = title_named(chem, "is tomás echeverría the tomas", ["tomas-echeverria"])
    assert own is not None
    assert own.yes is True
