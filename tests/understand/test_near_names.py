"""Near spellings of a recognised person's other name part."""

from __future__ import annotations

from bot.course.loader import load_course
from bot.understand.engine import read_question
from bot.understand.near_names import near_name_words
from tests.conftest import BUNDLED_COURSES, local


def test_near_spellings_of_the_named_persons_name_only():
    course = load_course(BUNDLED_COURSES["10-605-s24"])
    assert near_name_words(course, ["katie-zhang"], ["katy", "nice", "kite"]) == {"katy", "kite"}
    assert near_name_words(course, [], ["katy"]) == set()  # nobody recognised: nothing is a name


def test_yes_no_about_a_misspelled_person_is_read():
    course = load_course(BUNDLED_COURSES["10-605-s24"])
    now = local(course, "2024-02-12T10:00")
    result = read_question(course, "is katy zang a TA", now)
    assert result.outcome == "answered"
    assert result.parts[0].intent == "staff"
    assert result.parts[0].slots["person"] == "katie-zhang"
    assert result.parts[0].unexplained == 0
