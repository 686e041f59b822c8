"""Answers about work with a late rule of its own (CHEM 1310: pre-labs and quizzes are not accepted late): the
card's late lines, /late, the what-if, the way out, and "are quizzes accepted late" say that rule, quoting it."""

from __future__ import annotations

import dataclasses

import pytest

from bot.answers.deadlines import deadline_detail, deadline_record
from bot.answers.grace import late_answer_for
from bot.answers.late_terms import accepted_late_verdict, rules_named, status_words, way_out
from bot.answers.late_windows import late_answer
from bot.core.render_text import answer_text
from bot.course.late_policy import LateRule
from bot.course.loader import load_course
from bot.course.windows import latest_accepted, not_accepted_late
from bot.grace.engine import what_if
from tests.conftest import FIXTURES

CHEM = load_course(FIXTURES / "courses" / "chem-1310-s26")
NOW = CHEM.at(CHEM.term_first.replace(month=3, day=4), CHEM.default_due_time.replace(hour=14))
QUOTE = "“Pre-labs and quizzes are not accepted late.”"


def shown(answer) -> str:
    return answer_text(answer, CHEM.tz, NOW)


@pytest.mark.parametrize("query", ["quiz6", "prelab6"])
def test_the_card_says_it_is_not_accepted_late(query):
    """The assignment card: the rule, quoted; no slip days, no cutoff days after the due time."""
    text = shown(deadline_detail(CHEM, query, NOW))
    assert f"It is not accepted late: {QUOTE}" in text
    assert "slip days apply" not in text.lower()
    assert "Nothing is accepted after" not in text


def test_the_card_of_other_work_is_unchanged():
    """A problem set's card still gives slip days and the 3-day cutoff, and no rule of its own."""
    text = shown(deadline_detail(CHEM, "ps6", NOW))
    assert "Slip days apply (at most 2 slip days on this one)." in text
    assert "Nothing is accepted after" in text
    assert "own late rule" not in text
    assert QUOTE not in text


def test_late_answer_gives_the_deadline_as_the_latest():
    """/late on a quiz: the latest it is accepted is its due time; no pool or penalty timeline."""
    text = shown(late_answer(CHEM, "quiz6", NOW))
    assert "• The latest it is accepted: Fri Mar 6, 5:00 PM CST." in text
    assert "With 2 slip days left" not in text
    assert "10% per day" not in text
    assert "Slip days do not apply" not in text
    assert "• With 2 slip days left" in shown(late_answer(CHEM, "lab5", NOW))


def test_latest_accepted_and_the_json_record():
    """The cutoff of work not accepted late is its due time (deadlines --json too); other work keeps 3 days."""
    quiz, ps = CHEM.assignment("quiz6"), CHEM.assignment("ps6")
    assert latest_accepted(CHEM, quiz) == quiz.due
    assert deadline_record(CHEM, quiz)["latest_accepted"] == deadline_record(CHEM, quiz)["due"]
    assert (latest_accepted(CHEM, ps) - ps.due).days == 3
    assert (not_accepted_late(CHEM, quiz), not_accepted_late(CHEM, ps)) == (True, False)


def test_the_what_if_quotes_the_rule_and_gives_the_real_way_out():
    """An hour late on a pre-lab: not accepted, the rule quoted, and the way out is an extension, never the
    general cutoff's "with permission" (which is about work that is accepted late)."""
    prelab = CHEM.assignment("prelab6")
    at = prelab.due.replace(hour=prelab.due.hour + 1)
    text = shown(late_answer_for(CHEM, "prelab6", at, 3, known=False))
    assert f"not accepted late ({QUOTE})" in text
    assert "The way out is an extension: ask Dr. Okafor" in text
    assert "permission from" not in text
    assert "would use" not in text
    outcome = what_if(CHEM, "prelab6", at, 3)
    assert status_words(CHEM, outcome) == f"not accepted late ({QUOTE})"
    assert "permission from Dr. Okafor" in way_out(CHEM, "not-accepted")  # the general rule's way out
    assert "permission" not in way_out(CHEM, "not-accepted", prelab)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("are quizzes accepted late", 1),
        ("can i turn in a quiz late", 1),
        ("do you accept late pre-labs", 1),
        ("late prelabs ok?", 1),
        ("are lab reports accepted late", 0),
        ("is late work accepted", 0),
        ("is the lab late policy strict", 0),  # "lab" is the kind of pre-labs and lab reports alike: not named
    ],
)
def test_which_rule_a_question_names(question, named):
    """A kind ("quizzes") or the name a rule's assignments share ("pre-labs") names the rule; nothing else does."""
    assert len(rules_named(CHEM, question)) == named


@pytest.mark.parametrize(
    ("question", "yes", "said"),
    [
        ("are quizzes accepted late", False, QUOTE),
        ("do you accept late pre-labs", False, QUOTE),
        ("are lab reports accepted late", True, f"Except: {QUOTE}"),
    ],
)
def test_accepted_late_verdict(question, yes, said):
    """Yes or No from the rule of the work asked about; the general Yes says its exceptions."""
    got_yes, got_said = accepted_late_verdict(CHEM, question)
    assert got_yes is yes
    assert said in got_said


def _with_rule_on(ids: tuple[str, ...]):
    """CHEM with one more rule: the given assignments not accepted late either."""
    extra = LateRule(kinds=(), ids=ids, policy=dataclasses.replace(CHEM.late.rules[0].policy))
    return dataclasses.replace(CHEM, late=dataclasses.replace(CHEM.late, rules=(*CHEM.late.rules, extra)))


def test_a_rule_on_one_problem_set_does_not_answer_for_its_siblings():
    """A rule naming PS3 alone: "can I submit ps 5 late" is not decided by it (the name "ps" is shared)."""
    course = _with_rule_on(("ps3",))
    assert all("ps3" not in rule.ids for rule in rules_named(course, "can i submit ps 5 late"))


def test_work_under_two_rules_gets_no_single_verdict():
    """ "Are pre-labs and lab reports accepted late": one is, one is not, so neither Yes nor No."""
    assert accepted_late_verdict(CHEM, "are pre-labs and lab reports accepted late")[0] is None
    assert accepted_late_verdict(CHEM, "are pre-labs accepted late")[0] is False
    assert accepted_late_verdict(CHEM, "are quizzes accepted late")[0] is False
