"""What a yes/no question asks OF a scheduled topic, beyond whether and when it is on."""

from __future__ import annotations

import pytest

from bot.understand.schedule.topic_predicate import asked_of_topic
from tests.understand.conftest import course_in

_SHOWN = ["spark", "Recitation 1: Introduction to Pyspark and Databricks slides recording Lab Notebook"]


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("is the spark recitation compulsory", ["compulsory"]),
        ("will the spark recitation be on youtube", ["youtube"]),
        ("is there a recitation on spark", []),
        ("do we cover spark this week", []),
        ("is spark covered in this course", []),
        ("is the spark recitation on friday", []),
        ("is the spark recitation recorded", []),  # the row lists a recording
        ("do we cover spark at all", []),  # "at all", "even": emphasis, nothing asked of it
        ("do we even do spark", []),
        ("is the spark recitation at all compulsory", ["compulsory"]),
        ("is there a recitation on spark this trimester", []),  # the term, by any name, only dates it
        ("do we do spark this quarter", []),
        ("do we ever do spark stuff", []),  # a vague word trailing the topic asks nothing more of it
        ("is the spark recitation and things like that compulsory", ["compulsory"]),
        ("is fridays recitation the spark one", []),  # "one" stands for the session itself
        ("are we gonna see spark at some point", []),  # "see" a topic: it is held
        ("will we see the spark model", []),  # a general noun after the topic's word is part of its name
        ("is the spark model compulsory", ["compulsory"]),
        ("is the model compulsory", ["model", "compulsory"]),  # with no topic word before it, it is asked
    ],
)
def test_what_is_asked_of_a_topic(course, question, asked):
    assert asked_of_topic(course, question, _SHOWN) == asked


def test_the_words_of_the_stretch_asked_against_are_not_asked_of_the_topic(course):
    """ "before test 2": the words naming the stretch (given by the reading) are not something asked of the topic."""
    question = "do we cover spark before test 2"
    assert asked_of_topic(course, question, _SHOWN) == ["before", "test"]
    assert asked_of_topic(course, question, _SHOWN, {"before", "test", "2"}) == []


def test_the_course_short_form_of_the_rows_words_asks_nothing_more():
    """ "is the jl lecture on monday" where the row says "Johnson-Lindenstrauss": the course's own short form of its
    words ("jl") names the topic; a word the rows do not hold is still asked of it."""
    course = course_in("data/10-605-s24")
    shown = ["Johnson-Lindenstrauss lemma"]
    assert asked_of_topic(course, "is the jl lecture on monday", shown) == []
    assert asked_of_topic(course, "is the jl lecture compulsory", shown) == ["compulsory"]
