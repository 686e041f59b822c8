"""Whether a person named runs a kind of class meeting, in everyday words ("kerem's the recitation guy right?"): Yes
or No from the staff of that kind's meetings (bot.understand.people.kind_person)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.people.kind_person import kind_person_verdict
from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"
NOW = "2026-02-10 10:00"


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("hannah's the recitation guy right?", "Yes: Hannah Lindqvist runs the recitations."),
        ("is dana the lab person", "No: the labs are run by"),
        ("is tomas the lab lady", "Yes"),
        # a general word for a teacher after the kind: whether they run it, not whether they hold the lead's title
        ("is hannah my lab teacher", "Yes: Hannah Lindqvist runs the labs."),
        ("is dana okafor my lab instructor", "No: the labs are run by"),
    ],
)
def test_the_person_is_checked_against_the_kinds_staff(question, opening):
    result, said = reply(course_in(CHEM), question, NOW)
    assert result.parts[0].intent == "kind_person", said
    assert first_line(said).startswith(opening), said


def test_no_verdict_where_the_page_names_no_one(stat):
    """A kind whose meetings list no staff (nor sections with people): the page does not say, so no Yes or No."""
    assert kind_person_verdict(stat, "elena-vasquez-marlowe", "lecture") == (
        True,
        "Elena Vasquez-Marlowe runs the lectures.",
    )
    bare = replace(stat, meetings=tuple(replace(m, staff=()) for m in stat.meetings))
    assert kind_person_verdict(bare, "elena-vasquez-marlowe", "lecture") is None


@pytest.mark.parametrize("question", ["who is the recitation guy", "is hannah nice", "is hannah the group 101 lab guy"])
def test_other_questions_are_not_read_here(question):
    result, _ = reply(course_in(CHEM), question, NOW)
    assert all(p.intent != "kind_person" for p in result.parts)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("is hannah teaching the recitations", "Yes: Hannah Lindqvist runs the recitations."),
        ("is tomas in charge of the labs", "Yes"),
        ("is dana running some of the labs", "No: the labs are run by"),
        ("is dana okafor one of the labs", "No: the labs are run by"),  # a person is no meeting: one running them
        ("is hannah lindkvest teaching the recitations", "The course page lists no one spelt exactly so"),
    ],
)
def test_a_word_of_running_before_the_kind(question, opening):
    """A word of running between the person and the kind asks the same; a name typed only near a listed one gets
    no Yes."""
    result, said = reply(course_in(CHEM), question, NOW)
    assert result.parts[0].intent == "kind_person", said
    assert first_line(said).startswith(opening), said


@pytest.mark.parametrize("question", ["is hannah running the lab on friday", "is hannah going to the recitation"])
def test_a_day_or_another_verb_is_not_read_here(question):
    result, _ = reply(course_in(CHEM), question, NOW)
    assert all(p.intent != "kind_person" for p in result.parts)
