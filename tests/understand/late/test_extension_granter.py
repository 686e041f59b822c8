"""Whether a named person can grant an extension follows the course's extension contact: that person or their role
is Yes, someone else is No with who grants them, and a question naming no one (or a contact of all staff) is none."""

from __future__ import annotations

import dataclasses

import pytest

from bot.course.model import Course
from bot.understand.late.extension_granter import granter_verdict
from tests.understand.conftest import course_in


@pytest.fixture(scope="module")
def chem() -> Course:
    return course_in("tests/fixtures/courses/chem-1310-s26")  # extensions: "Dr. Okafor"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("can hannah give me an extension on the lab report", False),
        ("could tomas grant me an extension, he's my ta", False),
        ("can dr okafor give me an extension", True),
        ("can i get an extension", None),  # no one named
        ("can my mom give me an extension", None),  # no one of the staff
    ],
)
def test_granter_verdict(chem, question, expected):
    found = granter_verdict(chem, question)
    assert (found[0] if found else None) is expected


def test_a_role_named_as_contact_grants_for_everyone_of_it(chem):
    """A contact naming a role ("the instructor") is Yes for its people; a contact of all staff settles no one."""
    by_role = dataclasses.replace(chem, extensions=dataclasses.replace(chem.extensions, contact="the instructor"))
    assert granter_verdict(by_role, "can dr okafor give me an extension")[0] is True
    assert granter_verdict(by_role, "can hannah give me an extension")[0] is False
    anyone = dataclasses.replace(chem, extensions=dataclasses.replace(chem.extensions, contact="the course staff"))
    assert granter_verdict(anyone, "can hannah give me an extension") is None
