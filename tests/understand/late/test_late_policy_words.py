"""The course's own words for one work's late rule (bot.understand.late.late_policy_words): the late policy's sentences
naming that work, quoted beside the rules the bot reads ("The project report loses one point out of 20 per day")."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.course.late_policy import UNSTATED, LateRule
from bot.understand.late.late_policy_words import late_policy_line, naming_sentences, warm_tables
from tests.understand.conftest import reply

_NAMED = "The project report loses one point (out of 20) per day or part of a day late."


def _naming_the_report(stat):
    """STAT 187 whose late policy has a sentence of its own on the project report."""
    policies = tuple(replace(p, quote=f"{p.quote} {_NAMED}") if p.id == "late-work" else p for p in stat.policies)
    return replace(stat, policies=policies)


def test_the_sentence_naming_the_work_is_found(stat):
    course = _naming_the_report(stat)
    assert naming_sentences(course, course.assignment("report")) == (_NAMED,)


def test_the_sentences_cut_at_load_are_those_of_that_course(stat):
    """The late policy's sentences are cut once per course (at load): a course built again with another policy is
    read in its own sentences, never the first one's."""
    warm_tables(stat)
    assert naming_sentences(stat, stat.assignment("report")) == ()
    course = _naming_the_report(stat)
    warm_tables(course)
    assert naming_sentences(course, course.assignment("report")) == (_NAMED,)
    assert naming_sentences(stat, stat.assignment("report")) == ()


@pytest.mark.parametrize("item", ["ps3", "proposal"])
def test_work_no_sentence_names_has_none(stat, item):
    """ "Late submissions lose 2% per hour" names no work: nothing is quoted for a problem set, nor for the proposal
    (a project too, but not the one named)."""
    course = _naming_the_report(stat)
    assert naming_sentences(course, course.assignment(item)) == ()


def test_the_line_quotes_the_named_sentence_else_the_summary(stat):
    course = _naming_the_report(stat)
    assert late_policy_line(course, course.assignment("report")) == f"The course page: “{_NAMED}”"
    summary = next(p.summary for p in course.policies if p.id == "late-work")
    assert late_policy_line(course, course.assignment("ps3")) == f"The course page: {summary}"
    assert late_policy_line(course) == f"The course page: {summary}"


def test_a_sentence_its_own_rule_quotes_is_not_said_twice(stat):
    """Work with a late rule of its own already quotes the page's words for it: the same sentence is left out."""
    course = _naming_the_report(stat)
    own = LateRule(kinds=(), ids=("report",), policy=replace(UNSTATED, status="none", quote=_NAMED))
    course = replace(course, late=replace(course.late, rules=(own,)))
    assert naming_sentences(course, course.assignment("report")) == ()


@pytest.mark.parametrize(
    "question", ["whats the late penalty for the project report", "how many points do i lose if the report is late"]
)
def test_the_late_rules_of_the_work_quote_the_page(stat, question):
    """Asked of the work's late rules, the page's own amount for it is said too."""
    _, said = reply(_naming_the_report(stat), question, "2024-12-01 10:00")
    assert "one point (out of 20)" in said


def test_other_work_keeps_its_answer(stat):
    _, said = reply(_naming_the_report(stat), "whats the late penalty for ps3", "2024-10-01 10:00")
    assert "one point" not in said
