"""Where a kind of work is done online: the site the course's own text names beside that work, or nothing."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.course.model import Platform
from bot.understand.work.site_for_work import site_for_work
from tests.conftest import FIXTURES, local
from tests.understand.conftest import reply

CHEM = FIXTURES / "courses" / "chem-1310-s26"  # problem sets "On Sapling Learning.", Canvas for submission


@pytest.fixture(scope="module")
def chem():
    return load_course(CHEM)


def shown(course, answer) -> str:
    return answer_text(answer, course.tz, local(course, "2026-03-04 10:00")) if answer is not None else ""


@pytest.mark.parametrize(
    "question",
    [
        "where do we complete the psets",
        "which website are the problem sets on",
        "what site do i use for the problem sets",
        "where are the problem sets done",
        "what platform are the psets hosted on",
    ],
)
def test_the_site_named_in_the_works_own_notes(chem, question):
    """Problem sets whose notes say "On Sapling Learning." are done on Sapling Learning, with those words quoted."""
    said = shown(chem, site_for_work(chem, question))
    assert "Sapling Learning" in said.splitlines()[2]
    assert "Problem Set" in said


@pytest.mark.parametrize(
    "question",
    [
        "where do we do the lab",  # a meeting: its room answers
        "where do we take the final",  # an exam: its room answers
        "where do we post questions about the psets",  # the forum answers
        "when are the problem sets due",  # not asked where
        "what site do we use for the field trip",  # nothing of the course named beside a site
        "where is the make-up titration lab",  # a make-up session, hyphenated: no site where work is made
    ],
)
def test_no_site_where_the_question_is_not_of_work_done_online(chem, question):
    """Rooms, exams, the forum, other questions and work no site is named beside are left to the rest."""
    assert site_for_work(chem, question) is None


def test_two_sites_named_alike_are_no_answer(chem):
    """When a second site is named beside the same work as well, neither is guessed."""
    twin = dataclasses.replace(chem, platforms=(*chem.platforms, Platform("sapling2", "other", "Sapling Learning")))
    assert site_for_work(twin, "where do we complete the psets") is None


def _renamed(course, old: str, new: str):
    return tuple(dataclasses.replace(p, name=new) if p.name == old else p for p in course.platforms)


def test_the_bare_site_of_a_family_of_sites_is_the_one_named(chem):
    """ "Sapling", "Sapling forum", "Sapling gradebook": text naming "Sapling" names the site listed by that name
    alone (the course's other pages on it are named with more words)."""
    family = (
        *_renamed(chem, "Sapling Learning", "Sapling"),
        Platform("sapling-forum", "forum", "Sapling forum"),
        Platform("sapling-grades", "grades", "Sapling gradebook"),
    )
    said = shown(chem, site_for_work(dataclasses.replace(chem, platforms=family), "where do we complete the psets"))
    assert said.splitlines()[2].startswith("On **Sapling**") or said.splitlines()[2].startswith("On Sapling")
    assert "forum" not in said.splitlines()[2]


def test_a_family_without_its_bare_site_is_no_answer(chem):
    """Without a site listed by the shared name alone, a family of sites named alike is no guess."""
    family = (*chem.platforms, Platform("sapling-forum", "forum", "Sapling Learning forum"))
    assert site_for_work(dataclasses.replace(chem, platforms=family), "where do we complete the psets") is None


def test_an_item_of_a_kind_whose_others_name_no_site_is_not_the_kinds_site(chem):
    """One problem set's notes naming a site do not make it the site of every problem set."""
    first, *rest = chem.assignments
    unnamed = [dataclasses.replace(a, notes="", aliases=()) if a.kind == first.kind else a for a in rest]
    one = dataclasses.replace(chem, assignments=(first, *unnamed), policies=(), description="", components="")
    assert "Sapling" in first.notes
    assert site_for_work(one, "where do we complete the problem sets") is None


@pytest.mark.parametrize("question", ["where are grades posted", "where r the grades published"])
def test_grades_asked_are_on_the_courses_gradebook(chem, question):
    """Where grades are posted is the course's gradebook site (bot.understand.about_course.grades_site answers it;
    no site's passages are searched for the word "grades")."""
    assert site_for_work(chem, question) is None
    _, said = reply(chem, question, "2026-02-10 10:00")
    assert "Gradescope" in said


def test_a_site_named_with_an_article_and_the_course_number_is_called_by_its_own_name(chem):
    """ "the CHEM 1310 Slack" is "Slack" in the course's text: never "the", which every sentence holds."""
    slack = Platform("slack", "forum", f"the {chem.numbers[0]} Slack")
    course = dataclasses.replace(chem, platforms=(*chem.platforms, slack))
    said = shown(course, site_for_work(course, "where do we complete the psets"))
    assert "Sapling Learning" in said.splitlines()[2]
