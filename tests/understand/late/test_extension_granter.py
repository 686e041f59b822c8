"""Whether a named person can grant an extension follows the course's extension contact: that person or their role
is Yes, someone else is No with who grants them, and a question naming no one (or a contact of all staff) is none."""

from __future__ import annotations

import dataclasses

import pytest

from bot.course.model import Course
from bot.understand.late.extension_granter import granter_verdict, own_granter_sentence
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


def _granted_per_work(chem: Course) -> Course:
    """The course with its late policy saying who grants extensions on which work."""
    quote = (
        "Extensions on problem sets are granted by Dr. Okafor. Extensions on lab reports are granted only by "
        "Dr. Feld, the lab coordinator."
    )
    policies = tuple(dataclasses.replace(p, quote=quote) if p.id == "late-work" else p for p in chem.policies)
    return dataclasses.replace(chem, policies=policies)


@pytest.mark.parametrize(
    ("question", "work", "expected"),
    [
        ("can dr okafor give me an extension on lab report 2", "lab2", False),  # the contact, but not for lab reports
        ("can dr feld give me an extension on lab report 2", "lab2", True),
        ("can dr okafor give me an extension on ps3", "ps3", True),
        ("can dr okafor give me an extension", None, True),  # no work named: the course's contact
    ],
)
def test_who_grants_the_work_asked_of_decides(chem, question, work, expected):
    """The page's sentence naming who grants extensions on that work decides over the course's one contact."""
    course = _granted_per_work(chem)
    items = [course.assignment(work)] if work else []
    assert granter_verdict(course, question, items)[0] is expected


def test_the_sentence_for_the_work(chem):
    """The sentence naming the work and a grant; none when no sentence names that work."""
    course = _granted_per_work(chem)
    assert own_granter_sentence(course, [course.assignment("lab2")]).startswith("Extensions on lab reports")
    assert own_granter_sentence(course, [course.assignment("quiz2")]) == ""
    assert own_granter_sentence(chem, [course.assignment("lab2")]) == ""  # the page names no one for them


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a role the contact is not: its people do not grant them
        ("can my ta give me an extension", False),
        ("can my gsi grant me an extension", False),
        ("could one of the teaching assistants approve an extension", False),
        # the role the contact's person holds
        ("can the instructor give me an extension", True),
        ("can my professor give me an extension", True),
    ],
)
def test_a_role_named_is_the_granter_only_when_the_contact_is_of_it(chem, question, expected):
    """A role word ("ta", "professor") is read as the course's role, and Yes only when the contact holds it."""
    found = granter_verdict(chem, question)
    assert (found[0] if found else None) is expected


def test_a_longer_title_is_not_read_as_the_shorter_one():
    """ "the Head TAs" is the Head TA role, not the TA role whose title it holds: a TA is not the granter."""
    course = course_in("data/10-605-s24")  # extensions: "the Head TAs"
    assert granter_verdict(course, "can yiwen zhao give me an extension")[0] is False  # a TA
    assert granter_verdict(course, "can jacob rast give me an extension")[0] is True  # a Head TA
    assert granter_verdict(course, "can my ta give me an extension") == (
        False,
        "extensions are granted by the Head TAs, not the TAs.",
    )
