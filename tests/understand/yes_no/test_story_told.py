"""A story told before a yes/no question's own clause is the student's case: its words need no reading of their own."""

from __future__ import annotations

import pytest

from bot.understand.yes_no.folded import fold
from bot.understand.yes_no.story_told import asked_clause, clause_after_story, only_the_story_unread


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("my router died and i will not have internet, can i do the quiz late", "can i do the quiz late"),
        ("i am visiting family over the break, is there anything due while i am away", "is there anything due"),
        ("im at a swim meet that week, do we have a lab on thursday", "do we have a lab on thursday"),
        ("my bike broke, can i hand in on paper, is that ok", "can i hand in on paper, is that ok"),
        ("is the prof nice, i heard mixed things", ""),  # it opens with its own question
        ("when is the essay due", ""),  # no story, no yes/no clause
    ],
)
def test_the_clause_asked_after_a_story(text, clause):
    assert asked_clause(text) == clause


@pytest.mark.parametrize(
    ("text", "unread", "only_story"),
    [
        ("my router died and i will not have internet, can i do the quiz late", ["router", "died"], True),
        ("i am visiting family over the break, is there anything due while i am away", ["visiting", "away"], True),
        ("im at a swim meet that week, is the prof nice", ["swim", "nice"], False),  # "nice" is asked
        ("can i do the quiz late my router died", ["router", "died"], False),  # no story before a comma
    ],
)
def test_only_the_story_unread(text, unread, only_story):
    assert only_the_story_unread(text, unread) is only_story


def test_the_clause_after_a_story_keeps_its_time_told():
    """The clause from its own question on keeps its whole tail ("while i am away"); the asked clause drops it."""
    text = "my flight got moved, can i sit the quiz online while i am away"
    assert clause_after_story(text) == "can i sit the quiz online while i am away"
    assert asked_clause(text) == "can i sit the quiz online"
    assert clause_after_story("can i sit the quiz online, my flight got moved") == ""


@pytest.mark.parametrize(
    ("question", "negated"),
    [
        ("the shuttle won't run that day, can i join online", False),  # the story's "won't" is told, not asked
        ("the shuttle won't run that day, has anyone asked, can i join online", False),
        ("i'm sick, can i not come to the lab", True),  # the asked clause's own "not"
    ],
)
def test_a_story_before_a_may_i_does_not_turn_it(question, negated):
    assert fold(question).negated is negated
