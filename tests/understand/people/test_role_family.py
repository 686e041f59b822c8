"""A role's word covers the roles named by it with a qualifier in front: "Head TA" is a TA, "Lead Tutor" a tutor."""

from __future__ import annotations

import dataclasses

from bot.course.model import Role
from bot.understand.people.role_family import roles_under
from tests.understand.conftest import course_in


def _with_roles(*titles: tuple[str, str]):
    course = course_in("tests/fixtures/courses/chem-1310-s26")
    return dataclasses.replace(course, roles=[Role(id=i, title=t, plural=f"{t}s") for i, t in titles])


def test_a_head_ta_is_one_of_the_tas():
    assert roles_under(course_in("data/10-605-s24"), "ta") == {"ta", "head_ta"}
    assert roles_under(course_in("data/10-605-s24"), "head_ta") == {"head_ta"}  # not the other way round


def test_a_qualified_title_is_under_the_plain_one_or_its_initials():
    course = _with_roles(("tutor", "Tutor"), ("lead", "Lead Tutor"), ("ta", "Teaching Assistant"), ("head", "Head TA"))
    assert roles_under(course, "tutor") == {"tutor", "lead"}
    assert roles_under(course, "ta") == {"ta", "head"}
    assert roles_under(course, "lead") == {"lead"}


def test_roles_sharing_no_head_word_stay_apart():
    course = course_in("tests/fixtures/courses/chem-1310-s26")  # Instructor, Lab Coordinator, Teaching Assistant
    assert roles_under(course, "ta") == {"ta"}
    assert roles_under(course, "instructor") == {"instructor"}
    assert roles_under(course, "unknown-role") == {"unknown-role"}
