"""A piece of work whose own notes say it must be passed: Yes to "do i need to pass it", from those words, though the
grade scale lists no hurdle for it (bot.understand.work.own_pass_rule)."""

from __future__ import annotations

import dataclasses

import pytest

from bot.understand.work.own_pass_rule import own_pass_rule
from tests.understand.conftest import course_in, first_line, reply

STAT = "data/stat-187-f24"
RULE = "Ungraded, but you must pass it before you may start the project."


@pytest.fixture(scope="module")
def stat_gated():
    """STAT 187 whose project proposal must be passed before the project starts (a copy)."""
    stat = course_in(STAT)
    work = tuple(dataclasses.replace(a, notes=RULE) if a.id == "proposal" else a for a in stat.assignments)
    return dataclasses.replace(stat, assignments=work)


def test_the_notes_sentence_that_says_it_must_be_passed(stat_gated):
    assert own_pass_rule(stat_gated, ["proposal"]) == ("Project proposal", RULE)
    assert own_pass_rule(stat_gated, ["ps1"]) is None
    assert own_pass_rule(course_in(STAT), ["proposal"]) is None


@pytest.mark.parametrize(
    "question", ["do i need to pass the project proposal", "do i have to pass the proposal before starting the project"]
)
def test_yes_from_the_works_own_words_not_the_scales_no(stat_gated, question):
    """The scale has no hurdle ("No single exam has a minimum score"), yet the proposal's notes decide: Yes."""
    _, said = reply(stat_gated, question, "2024-10-01 10:00")
    assert first_line(said).startswith("Yes"), said
    assert "must pass it" in said, said


@pytest.mark.parametrize(
    "notes",
    [
        "Practice only: you do not have to pass it to start the project.",
        "You don't need to pass it; it is feedback only.",
        "No need to pass it before the project starts.",
    ],
)
def test_notes_that_deny_the_condition_are_no_rule(notes):
    """Notes that say the work need not be passed never open a Yes that it must be."""
    stat = course_in(STAT)
    work = tuple(dataclasses.replace(a, notes=notes) if a.id == "proposal" else a for a in stat.assignments)
    assert own_pass_rule(dataclasses.replace(stat, assignments=work), ["proposal"]) is None
