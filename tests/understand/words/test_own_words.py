"""Other courses' words for a course's late pool, assistants and forum are read as the course's own thing, and the
answer says what the course calls it (never showing the generic word as the course's term)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.course.model import Person, Role
from bot.understand.engine import read_question
from bot.understand.words.lexicon import Lexicon
from bot.understand.words.own_words import assistant_role, notes_for, pool_head_nouns
from tests.conftest import FIXTURES, local

HIST = FIXTURES / "courses" / "hist-210-a24"


def ask(course, question, now="2025-03-26T10:00"):
    clock = local(course, now)
    return answer_text(read_question(course, question, clock).answer, course.tz, clock)


def test_the_assistants_are_the_role_most_staff_hold_after_the_lead(geo, course, second_course):
    assert assistant_role(geo).id == "tutor"
    assert assistant_role(course).id == "ta"
    assert assistant_role(second_course).id == "gsi"
    assert assistant_role(load_course(HIST)).id == "tutor"


def test_a_role_titled_teaching_assistant_is_the_tas_though_fewer_hold_it(geo):
    """One "Graduate Teaching Assistant" beside several demonstrators: a student's "TA" is the role titled so."""
    roles = (*geo.roles, Role("gta", "Graduate Teaching Assistant", "Graduate Teaching Assistants"))
    people = (*geo.people, Person("gta-one", "Rangi Moana", "gta", role_title="Graduate Teaching Assistant"))
    titled = replace(geo, roles=roles, people=people)
    assert assistant_role(titled).id == "gta"
    said = ask(titled, "is there a ta i could ask about the readings")
    assert said.splitlines()[2].startswith("Yes: Graduate Teaching Assistant: Rangi Moana")


@pytest.mark.parametrize("word", ["grace days", "slip days", "late days", "late tokens"])
def test_another_courses_pool_word_is_the_courses_pool(geo, word):
    said = ask(geo, f"how many {word} do we get")
    assert "This course's late pool is called flex hours." in said
    assert "72 flex hours" in said


def test_the_courses_own_pool_word_gets_no_note(geo):
    said = ask(geo, "how many flex hours do we get")
    assert "late pool is called" not in said
    assert "72 flex hours" in said


@pytest.mark.parametrize("word", ["TA", "GSI", "teaching assistant", "tutor"])
def test_another_courses_staff_word_is_the_courses_assistants(geo, word):
    said = ask(geo, f"who is the {word}")
    assert "Field Tutors" in said
    assert "Amara Nwosu" in said
    assert "Ingrid Solberg" not in said


def test_a_head_ta_the_course_lacks_is_said_not_invented(geo, course):
    said = ask(geo, "who is the head TA")
    assert "This course lists no “head ta”" in said
    assert "Field Tutors" in said
    own = ask(course, "who is the head TA", "2024-02-12T10:00")
    assert "lists no" not in own  # 10-605 has Head TAs of its own


def test_a_forum_named_otherwise_is_the_courses_forum(geo):
    said = ask(geo, "is there a piazza")
    assert said.splitlines()[2].startswith("No")
    assert "The course forum is Zulip" in said
    said = ask(geo, "do we have a forum")
    assert said.splitlines()[2].startswith("Yes")
    assert "https://zulip.example/geo2210" in said


def test_a_note_follows_the_yes_or_no(geo):
    lines = ask(geo, "can i use slip days on the quiz").splitlines()
    assert lines[2].startswith("No")
    assert lines[3] == "This course's late pool is called flex hours."


def test_notes_are_given_once_and_longest_phrase_first(geo):
    words = Lexicon(geo).own_words
    assert notes_for(words, ("grace", "days", "and", "slip", "days")) == [
        "This course's late pool is called flex hours."
    ]
    assert notes_for(words, ("head", "ta")) == [
        "This course lists no “head ta”; its teaching assistants are the Field Tutors."
    ]
    assert notes_for(words, ("flex", "hours")) == []


@pytest.mark.parametrize(
    ("fixture", "heads"),
    [("hist-210-a24", (("token",), ("tokens",))), ("geo-2210-s25", ()), ("chem-1310-s26", ())],
)
def test_the_pools_own_noun_names_it_unless_it_is_a_unit_of_time(fixture, heads):
    """ "tokens" of "late tokens" names the pool; "hours" of "flex hours" and "days" of "slip days" are any hours."""
    assert pool_head_nouns(load_course(FIXTURES / "courses" / fixture)) == heads


@pytest.mark.parametrize(
    "question",
    ["can i use both my tokens on essay 2", "could i spend 2 tokens on essay 1", "can i put both tokens on essay 1"],
)
def test_spending_more_tokens_than_the_cap_on_one_essay_is_no(question):
    """Several of the pool's units on one essay, named by the pool's noun alone, are held to its cap: No."""
    said = ask(load_course(HIST), question, "2024-10-01T10:00")
    assert said.splitlines()[2].startswith("No: at most 1 late token on one assignment"), said
