"""Ordinary words a student means as themselves are never repaired into course words."""

from __future__ import annotations

import pytest

from bot.understand.engine import engine_for
from bot.understand.words.english import ordinary, ordinary_form
from tests.conftest import local
from tests.understand.conftest import course_in


@pytest.mark.parametrize("word", ["labs", "bread", "lawn", "lesson"])
def test_words_meant_as_themselves(word):
    """ "do labs get recorded" on a course without labs is not about a topic's "laws"."""
    assert ordinary(word)


@pytest.mark.parametrize(
    ("word", "meant"),
    [("teachs", False), ("watchs", False), ("pushs", False), ("teach", True), ("stomachs", True), ("banks", True)],
)
def test_an_s_form_the_english_spells_es_is_a_typo(word, meant):
    """ "who teachs the lectures": a "-s" form of a word whose plural takes "-es" is repaired ("teaches")."""
    assert ordinary(word) is meant


@pytest.mark.parametrize("word", ["easter", "memorial", "thanksgiving", "veterans"])
def test_holiday_words_are_meant_as_themselves(word):
    """ "is there class on easter monday": a holiday's word is never a misspelled course word ("easier")."""
    assert ordinary(word)


@pytest.mark.parametrize(
    ("word", "meant"), [("locked", True), ("blocked", True), ("closing", True), ("lockr", False), ("reding", False)]
)
def test_past_and_ing_forms_of_everyday_words(word, meant):
    """ "dont want to get locked out": "lock" in the past, never a course's "locker"."""
    assert ordinary_form(word) is meant


def test_regarding_is_meant_as_itself():
    """ "can i speak to a ta regarding my visa": "regarding", never a swapped-letter "regrading"."""
    assert ordinary_form("regarding")


@pytest.mark.parametrize(
    "question",
    ["can i get an extension on hw4 im literally drowning", "dying this week, hw3 extension?", "buried in work rn"],
)
def test_how_a_student_says_they_are_swamped_is_kept(question):
    """ "im literally drowning" is never "dropping" (a dropped piece of work), "dying" never "doing"."""
    course = course_in("data/10-605-s24")
    said = engine_for(course).reader.read(question, local(course, "2024-02-12 10:00")).text
    assert not {"dropping", "doing", "burned"} & set(said.split()), said
