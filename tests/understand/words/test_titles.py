"""A course's titles are the honorifics and the head word of each of its own role titles, read from its staff data."""

import pytest

from bot.understand.people.see_staff import staff_words
from bot.understand.words.titles import HONORIFICS, course_titles, titles_before
from tests.understand.conftest import course_in


@pytest.mark.parametrize(
    ("path", "theirs", "not_titles"),
    [
        ("data/stat-187-f24", {"professor", "coordinator", "gsi", "reader", "gsis", "readers"}, {"course"}),
        ("tests/fixtures/courses/chem-1310-s26", {"instructor", "coordinator", "assistant"}, {"lab", "teaching"}),
        ("tests/fixtures/courses/hist-210-a24", {"convenor", "tutor", "tutors"}, {"module", "seminar"}),
    ],
)
def test_a_courses_titles_are_the_honorifics_and_its_roles_head_words(path, theirs, not_titles):
    """ "GSI", "Seminar Tutor" -> "tutor", "Lab Coordinator" -> "coordinator": never "lab" or "course" alone."""
    titles = course_titles(course_in(path))
    assert titles >= HONORIFICS | theirs
    assert not titles & not_titles


def test_a_title_before_a_surname_names_a_member_of_staff():
    """A role's head word ("tutor", "gsi") or an honorific before a surname is a two-word name of that person."""
    assert "tutor reyes" in staff_words(course_in("tests/fixtures/courses/hist-210-a24"))  # Tomas Reyes, Seminar Tutor
    assert {"gsi raman", "miss okafor"} <= staff_words(course_in("data/stat-187-f24"))  # Priya Raman, Hana Okafor


def test_an_honorific_right_before_a_name_is_part_of_naming_them():
    """ "is mr okoro the coordinator": "mr" (place 1) goes with the name at place 2; a title elsewhere does not."""
    assert titles_before(["is", "mr", "okoro", "the", "coordinator"], [2]) == {1}
    assert titles_before(["is", "okoro", "the", "coordinator"], [1]) == set()
    assert titles_before(["mr", "okoro", "and", "dr", "lund"], [1, 4]) == {0, 3}
    assert titles_before(["dr", "said", "okoro", "is", "in"], [2]) == set()  # not right before the name
    assert titles_before(["okoro"], [0]) == set()
