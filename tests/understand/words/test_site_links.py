"""A course's site asked for by name (bot.understand.words.lexicon, .evidence): its link, not a piece of work."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.mark.parametrize("question", ["whats the sapling link", "sapling url pls", "link to sapling?"])
def test_a_site_by_its_first_word_gives_its_link(question):
    """ "sapling" of Sapling Learning: the site's link, not "that link is not on the course page"."""
    result, said = reply(course_in(CHEM), question, "2026-03-04 14:00")
    assert result.answer.kind == "info"
    assert "https://sapling.example.com/chem1310-s26" in said


def test_a_numbered_piece_of_work_named_after_the_site_stays_that_work():
    """ "sapling 3" is Problem Set 3, not the site."""
    result, _ = reply(course_in(CHEM), "when is sapling 3 due", "2026-03-04 14:00")
    assert result.parts[0].intent == "assignment_due"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("whats the panopto link", "course_fact"),
        ("panopto url?", "course_fact"),
        ("when is the panopto exercise due", "assignment_due"),
    ],
)
def test_a_word_naming_both_a_site_and_a_piece_of_work_asked_as_a_link_is_the_site(question, intent):
    """A piece of work whose name, joined, is the site's ("Panop To" and Panopto, "Git Lab" and GitLab): "the
    panopto link" asks the site's link; its due date is still asked of the work."""
    chem = course_in(CHEM)
    first = chem.assignments[0]
    work = replace(first, title="Panop To: a recording exercise", short="Panop To", aliases=("panopto exercise",))
    course = replace(chem, assignments=(work, *chem.assignments[1:]))
    result, _ = reply(course, question, "2026-03-04 14:00")
    assert result.parts[0].intent == intent
