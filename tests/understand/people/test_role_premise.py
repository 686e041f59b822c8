"""A belief about someone's role is checked whole: the role, then the section named (a TA of 101 is not 102's), and a
title the page gives someone else as another name ("the course coordinator") is theirs, not the person asked about."""

from __future__ import annotations

import dataclasses

import pytest

from bot.course.model import Course, Role
from bot.understand.people.role_premise import read_from_lead_word, role_as_typed, role_verdict, title_named
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
        ("junseo-park", "lab-coordinator", None, False, "not a Lab Coordinator. The Lab Coordinator: Marcus Feld."),
        ("marcus-feld", "ta", None, False, "Assistants: Hannah Lindqvist, Tomás Echeverría, Jun-seo Park."),
        ("dana-okafor", "lab-coordinator", None, False, "The Lab Coordinator: Marcus Feld."),
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


def test_an_alias_given_with_its_article_is_a_title(chem):
    """An alias the page gives as "the lc" is the title after "the" in "is hannah the lc": No, with whose it is."""
    feld = chem.person("marcus-feld")
    course = dataclasses.replace(
        chem,
        people=tuple(dataclasses.replace(p, aliases=(*p.aliases, "the lc")) if p is feld else p for p in chem.people),
    )
    verdict = title_named(course, "is hannah the lc?", ["hannah-lindqvist", "marcus-feld"])
    assert verdict is not None
    assert verdict.yes is False
    assert "Marcus Feld" in verdict.reason


class _Roles:
    """A course's roles only, as role_as_typed reads them."""

    def __init__(self, *titles: tuple[str, str]) -> None:
        self.roles = [Role(id=i, title=t, plural=f"{t}s") for i, t in titles]

    def role(self, role_id: str) -> Role | None:
        return next((r for r in self.roles if r.id == role_id), None)


@pytest.mark.parametrize(
    ("question", "read", "named"),
    [
        ("is jo my lab teacher? im in L2", "tutor", "lab-tutor"),  # "teacher" read as the Tutor; "lab" typed too
        ("is jo my teacher", "tutor", "tutor"),
        ("is jo the head tutor", "head-tutor", "head-tutor"),
        ("is jo my seminar teacher", "convenor", "convenor"),  # no title holds the Convenor's words and more
    ],
)
def test_the_role_the_question_types(question, read, named):
    """A role title holding the read role's words and more, every one typed, is the role asked."""
    course = _Roles(
        *(("tutor", "Tutor"), ("lab-tutor", "Lab Tutor"), ("head-tutor", "Head Tutor")),
        *(("convenor", "Module Convenor"), ("seminar-tutor", "Seminar Tutor")),
    )
    assert role_as_typed(course, read, question) == named


@pytest.mark.parametrize(
    ("question", "read", "generic"),
    [
        ("is jo the one who teaches group 2", "convenor", True),  # "teaches": whoever teaches, not the Convenor
        ("is jo my teacher for group 2", "convenor", True),
        ("is jo the module convenor for group 2", "convenor", False),  # the lead role by its own title
        ("is jo the convenor of group 2", "convenor", False),
        ("is jo the seminar tutor for group 2", "seminar-tutor", False),  # not the first role
    ],
)
def test_a_role_read_from_a_general_word_for_teaching(question, read, generic):
    """The course's first role read from "teaches" or "teacher" alone is no role asked; named by its title it is."""
    course = _Roles(("convenor", "Module Convenor"), ("seminar-tutor", "Seminar Tutor"))
    assert read_from_lead_word(course, read, question) is generic
