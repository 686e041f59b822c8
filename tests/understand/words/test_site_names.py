"""A course's site is named by its full name, its name without the bracket, the bracket's name, its id and each
distinctive word of its name no other site shares; never by a plain word like "course" or "portal"."""

from __future__ import annotations

from bot.course.model import Platform
from bot.understand.words.site_names import site_names


def _site(id_: str, name: str) -> Platform:
    return Platform(id=id_, role="submission", name=name, url="")


def test_the_names_of_a_site():
    """The short forms a student types for a site the page names in full."""
    names = site_names([_site("lms", "Northfield LMS (Moodle)"), _site("portal", "Northfield Student Portal")])
    assert set(names["lms"]) == {"northfield lms moodle", "northfield lms", "moodle", "lms"}
    assert set(names["portal"]) == {"northfield student portal"}  # "northfield" is both sites'; "portal" plain
    assert names["lms"][0] == "northfield lms moodle"  # longest first


def test_a_plain_word_names_no_site():
    """'course', 'team' and everyday words are no names of a site alone."""
    names = site_names([_site("teams", "Course Team (Teams)")])
    assert "course" not in names["teams"]
    assert "team" not in names["teams"]
    assert "teams" in names["teams"]


def test_an_everyday_word_in_its_ing_form_names_no_site():
    """ "learning" of "Quillbook Learning" is an everyday word ("on the learning platform" may be any site); the
    name's own word still names it."""
    names = site_names([_site("quill", "Quillbook Learning"), _site("lms", "Canvas")])
    assert "learning" not in names["quill"]
    assert "quillbook" in names["quill"]
