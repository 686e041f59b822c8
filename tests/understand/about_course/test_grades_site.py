"""Where grades are posted: the course's gradebook site (its role "grades"), never a site that only mentions grades."""

from __future__ import annotations

import dataclasses

import pytest

from bot.course.model import Platform
from bot.understand.about_course.grades_site import GRADES_SITE_ASKED, grades_site
from tests.understand.conftest import course_in

CHEM = "tests/fixtures/courses/chem-1310-s26"  # Gradescope has the role "grades"
STAT = "data/stat-187-f24"  # no gradebook site

WHERE_ASKED = {
    "where r grades posted": True,
    "where can i check my marks": True,
    "where do i find our quiz scores": True,
    "where are results published": True,
    "when are grades posted": False,  # when, not where
    "where is the final": False,
    "where do we submit hw": False,
}


@pytest.mark.parametrize("question", sorted(WHERE_ASKED))
def test_where_grades_are_asked(question):
    """Where grades are posted or seen is asked by "where" and a word for grades; when they come out is not."""
    assert bool(GRADES_SITE_ASKED.search(question)) is WHERE_ASKED[question]


def test_the_gradebook_site_by_its_role():
    """The site whose role is grades answers, by the course's own name and link."""
    answer = grades_site(course_in(CHEM), "where can i see my grades")
    assert answer is not None
    assert answer.title == "Where: Gradescope"


def test_a_course_without_a_gradebook_leaves_it_to_the_rest():
    """No site has the role grades: nothing is said here (no site is guessed)."""
    assert grades_site(course_in(STAT), "where can i see my grades") is None
    renamed = dataclasses.replace(
        course_in(STAT), platforms=(*course_in(STAT).platforms, Platform("gb", "grades", "Canvas Grades"))
    )
    assert grades_site(renamed, "where r grades posted").lines[0][0] == "Grades are posted on **Canvas Grades**."
