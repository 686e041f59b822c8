"""A person named with a title whom the course's data never names is "unlisted"; a staff name, a near spelling of
one, a word the data holds elsewhere, or an everyday word after the title is not."""

from __future__ import annotations

import pytest

from bot.course.model import Course
from bot.understand.people.unlisted_name import unlisted_full_name, unlisted_titled_name
from tests.understand.conftest import course_in


@pytest.fixture(scope="module")
def chem() -> Course:
    return course_in("tests/fixtures/courses/chem-1310-s26")


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("prof nakamura is the instructor right", "nakamura"),
        ("is dr whitfield one of the teaching assistants", "whitfield"),
        ("is mr brandvold a ta", "brandvold"),
        ("is dr okafor the instructor", None),  # her own name
        ("is dr okafr the instructor", None),  # a near spelling of it
        ("is prof feld the lab coordinator", None),  # another person of the staff
        ("is the prof teaching today", None),  # no name after the title
        ("is dr nakamura nice", None),  # no role after the name
    ],
)
def test_unlisted_titled_name(chem, question, name):
    assert unlisted_titled_name(chem, question) == name


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("is james carter the lab coordinator?", ("James Carter", False)),
        ("is hanne lindberg the ta for 101?", ("Hanne Lindberg", True)),  # near a listed name: maybe hers
        ("is hannah lindqvist the ta for 101", None),  # her own name
        ("is marcus feld the lab coordinator", None),
        ("is there a ta for 101", None),  # no name: English words
        ("is james carter nice", None),  # no role after the name
    ],
)
def test_unlisted_full_name(chem, question, found):
    """A first name and a surname without a title, neither a word of the course's data nor English."""
    assert unlisted_full_name(chem, question) == found
