"""A may-I question nothing in the intent table fits, read as the policy its words plainly name."""

from __future__ import annotations

import pytest

from bot.core.render_text import answer_text
from bot.understand.answering.asked import Asked
from bot.understand.answering.handle_policies import policy
from bot.understand.engine import read_question
from bot.understand.page_evidence.closest_policy import yes_no_inside
from tests.conftest import at


def test_yes_no_inside_a_statement():
    """ "... last year can she help me" asks yes or no; "what can i do" does not."""
    assert yes_no_inside("my roommate took 605 last year can she help me w hw5")
    assert yes_no_inside("found a repo that does the hw, can i use it")
    assert not yes_no_inside("what can i do about my grade")
    assert not yes_no_inside("when is hw5 due")


def test_a_claim_decides_a_question_asked_inside_a_statement(course):
    """ "my roommate took 605 last year can she help me w hw5": the rule on former students, No."""
    now = at("2024-03-13T14:30")
    result = read_question(course, "my roommate took 605 last year can she help me w hw5", now)
    assert [p.slots.get("policy") for p in result.parts] == ["previously-used-assignments"]
    assert answer_text(result.answer, course.tz, now).splitlines()[2].startswith("No")


def test_a_claim_outranks_a_schedule_reading(course):
    """ "took this class last year, can he help": not the last class of the term."""
    now = at("2024-03-13T14:30")
    result = read_question(course, "my cousin took this class last year, can he help me with hw5", now)
    assert [p.intent for p in result.parts] == ["policy"]


def test_the_rule_named_when_nothing_else_fits(course):
    """Found code on github, asked about with words the table cannot place: the found-code rule, not "I don't know";
    without a Yes or No from its words it says the page does not settle it."""
    now = at("2024-03-13T14:30")
    result = read_question(
        course, "found a github repo that does basically the hw4 programming part, can i use it", now
    )
    assert [p.slots.get("policy") for p in result.parts] == ["found-code"]
    assert result.answer.kind in ("info", "unknown")


def test_the_closest_rule_says_it_does_not_settle_the_question(course):
    """Read as the closest rule and undecided by its words: "the course page doesn't say exactly this" first, with
    where to ask, then the rule (kind unknown); a Yes or No from the rule's words stands as it is."""
    now = at("2024-03-13T14:30")
    asked = Asked(course, now, None, None, None, False, "can i do the reading for lsh with a friend over zoom")
    shown = answer_text(policy(asked, {"policy": "collaboration", "_closest": True}), course.tz, now)
    assert shown.splitlines()[2].startswith("The course page doesn't say exactly this; ask on Piazza.")
    answer = policy(asked, {"policy": "collaboration", "_closest": True})
    assert answer.kind == "unknown"
    asked = Asked(course, now, None, None, None, False, "my cousin took the class last year can he help me with hw5")
    decided = policy(asked, {"policy": "previously-used-assignments", "_closest": True})
    assert decided.kind == "info"
    assert answer_text(decided, course.tz, now).splitlines()[2].startswith("No")


def test_told_and_asked_splits_the_story_from_the_question():
    """The story before a may-I (and a purpose after it) is told; the may-I is asked."""
    from bot.understand.page_evidence.closest_policy import told_and_asked

    assert told_and_asked("came across a repo that solves hw3, can i use it if i cite it") == (
        "came across a repo that solves hw3,",
        "can i use it if i cite it",
    )
    story, asked = told_and_asked("i love this course. after it ends can i put my code online so my mom can see it?")
    assert asked == "after it ends can i put my code online"
    assert "my mom" in story
    assert told_and_asked("can i use chatgpt") == ("", "can i use chatgpt")
    # what the student tells after the question's comma is story too; what goes on asking is not
    assert told_and_asked("can i swap placements with my friend, she lives closer") == (
        "she lives closer",
        "can i swap placements with my friend",
    )
    assert told_and_asked("can i use chatgpt, or not") == ("", "can i use chatgpt, or not")
    # whether the case told counts as one the rule names
    assert told_and_asked("i have a visa appointment tuesday, is that an excused absence") == (
        "i have a visa appointment tuesday,",
        "is that an excused absence",
    )
    assert told_and_asked("my flight got cancelled, does that count as a valid reason")[1] == (
        "does that count as a valid reason"
    )
    # a statement asked as a question by its tag
    assert told_and_asked("my friend and i did quiz 6 together, thats fine right") == (
        "my friend and i did quiz 6 together,",
        "thats fine right",
    )


def test_a_claim_asked_inside_a_story_takes_its_words_from_the_story(course):
    """ "came across a github repo that solves hw3, can i use it if i credit it": the found-code claim, No."""
    now = at("2024-03-13T14:30")
    result = read_question(course, "came across a github repo that solves hw3, can i use it if i cite it", now)
    assert [p.slots.get("policy") for p in result.parts] == ["found-code"]
    assert answer_text(result.answer, course.tz, now).splitlines()[2].startswith("No")


def test_what_is_told_after_the_question_mark_is_story():
    """Issue 12, wave 3: "can i take exam 1 early? we fly out thursday" asks before its "?" and tells after it."""
    from bot.understand.page_evidence.closest_policy import told_and_asked

    assert told_and_asked("can i take exam 1 early? we fly out thursday") == (
        "we fly out thursday",
        "can i take exam 1 early?",
    )
    assert told_and_asked("can i take exam 1 early?") == ("", "can i take exam 1 early?")


@pytest.mark.parametrize(
    ("question", "story", "asked"),
    [
        ("can i switch teams my group is not working", "my group is not working", "can i switch teams"),
        (
            "do i have to bring my own helmet my old one is cracked",
            "my old one is cracked",
            "do i have to bring my own helmet",
        ),
        ("can we swap partners our team never meets", "our team never meets", "can we swap partners"),
        # the question's own case, or its own thing, is not a story
        ("can i check if my grade is right", "", "can i check if my grade is right"),
        ("can i use my notes", "", "can i use my notes"),
        # told after the comma of the question, its thing as "mine"
        ("can i use my own laptop, mine is old", "mine is old", "can i use my own laptop"),
    ],
)
def test_a_statement_run_on_after_the_question_is_told(question, story, asked):
    """Table: "my group is not working" run on after "can i switch teams" without a comma is the student's story."""
    from bot.understand.page_evidence.closest_policy import told_and_asked

    assert told_and_asked(question) == (story, asked)
