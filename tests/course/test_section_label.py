"""The label a student sees for a section: its id when the name says the id as a word, else its name."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.course.loader import load_course
from bot.course.model import Section
from tests.conftest import BUNDLED_COURSES, FIXTURES


@pytest.mark.parametrize(
    ("section_id", "name", "label"),
    [
        ("1A", "Discussion 1A", "1A"),  # the name says the id: the short form students type
        ("10-605", "10-605", "10-605"),  # the name is the id
        ("T1", "Tutorial group T1", "T1"),
        ("Nord", "Practical group Nord", "Nord"),
        ("t1", "Tutorial group T1", "t1"),  # the word in another case is still the word
        ("Sued", "Practical group Süd", "Practical group Süd"),  # a data key the page never writes
        ("1A", "Discussion 1AB", "Discussion 1AB"),  # part of a longer word is not the word
        ("A", "Lab section Alpha", "Lab section Alpha"),
        ("1", "Section 10", "Section 10"),  # a digit of a longer number is not the number
        ("sec-2", "Evening section", "Evening section"),
        ("a.b", "Group axb", "Group axb"),  # the id is matched literally, not as a pattern
    ],
)
def test_a_section_is_labelled_by_its_id_only_where_its_name_says_it(section_id, name, label):
    """'1A' of 'Discussion 1A' stays short; 'Sued' of 'Practical group Süd' shows the name."""
    assert Section(id=section_id, name=name).label == label


def test_the_course_labels_its_sections_by_id_and_keeps_an_unknown_id_as_written(course):
    """Course.section_label looks a section up by id; section_labels keeps the order given."""
    two = replace(course, sections=(Section("Sued", "Practical group Süd"), Section("Nord", "Practical group Nord")))
    assert two.section_label("Sued") == "Practical group Süd"
    assert two.section_label("Nord") == "Nord"
    assert two.section_label("West") == "West"
    assert two.section_labels(("Sued", "Nord")) == ["Practical group Süd", "Nord"]
    assert two.section_labels(()) == []


@pytest.mark.parametrize(
    "folder",
    [*BUNDLED_COURSES.values(), FIXTURES / "courses" / "hist-210-a24"],
    ids=[*BUNDLED_COURSES, "hist-210-a24"],
)
def test_courses_whose_names_say_their_ids_keep_the_short_ids(folder):
    """10-605, STAT 187 and HIST show their sections as before ('10-605', '1A', 'T1')."""
    course = load_course(folder)
    assert [s.label for s in course.sections] == list(course.section_ids())


def test_the_geo_course_shows_sued_by_its_name():
    """GEO: 'Nord' is in its name, 'Sued' is not ('Süd' is)."""
    geo = load_course(FIXTURES / "courses" / "geo-2210-s25")
    assert {s.id: s.label for s in geo.sections} == {"Nord": "Nord", "Sued": "Practical group Süd"}
