"""A page sentence's No decides a may-I question only when its "not" is on the action asked (or on a permission)."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer
from bot.understand.answering.replies import verdict
from bot.understand.yes_no import decide, fold
from bot.understand.yes_no.claim_predicate import asked_action, negated_predicates, negation_on_other_word
from bot.understand.yes_no.decision import candidate, predicate_not_asked
from bot.understand.yes_no.page_claims import claims_for


@pytest.mark.parametrize(
    ("question", "action"),
    [
        ("can i attend the lecture on friday", "attend"),
        ("could we still submit the report", "submit"),
        ("may students be allowed to record the seminar", "record"),
        ("is attendance taken", ""),
    ],
)
def test_the_action_a_may_i_question_asks(question, action):
    """The first word past "can i" and its fillers is the action asked; a question of fact has none."""
    assert asked_action(question) == action


def test_the_words_a_negation_turns():
    """ "is not taken", "cannot be retaken", "are never always ...": the word each "not" is on."""
    assert negated_predicates("Lecture attendance is not taken") == ["taken"]
    assert negated_predicates("Quizzes cannot be retaken; phones are never allowed") == ["retaken", "allowed"]


@pytest.mark.parametrize(
    ("question", "reason", "other"),
    [
        # the action asked is the sentence's subject, its "not" on another verb: no verdict from it
        ("can i attend the lecture on friday", "Lecture attendance is not taken", True),
        ("can we record the tutorials", "Recordings of tutorials are not posted", True),
        # the "not" on the action asked, or on a permission: it decides
        ("can i attend another group's lab", "You may not attend another group's lab without approval", False),
        ("can i use my phone in the exam", "Phone use is not allowed in the exam", False),
        ("can i submit late", "Late submissions are not accepted", False),
        # the "not" on the thing the action makes ("take photos": photograph)
        ("can i take photos of people at my site", "You may take notes, but not photograph identifiable people", False),
        # the action asked is not in the sentence at all: another check's business, not this one's
        ("can i redo the quiz", "Quizzes cannot be retaken", False),
    ],
)
def test_a_no_on_another_word_than_the_action_asked(question, reason, other):
    """Table: whether the page's negation turns another word than the action the question asks to do."""
    assert negation_on_other_word(question, reason) is other


def test_decide_withholds_a_no_whose_negation_is_on_another_word(course):
    """ "can i attend the lecture" of "Lecture attendance is not taken": the sentence is shown without a No; a
    question of whether attendance is taken keeps it."""
    claims = claims_for(course)
    said = verdict(Answer(title="Attendance"), False, "“Lecture attendance is not taken”")
    assert predicate_not_asked(fold("can i attend the lecture on friday"), candidate(said, claims))
    out, given = decide(
        "can i attend the lecture on friday", said, claims, intent="policy", yes_no=True, unexplained=(), where="ask"
    )
    assert given.yes is None
    assert given.withheld == "predicate_not_asked"
    assert "Lecture attendance is not taken" in str(out.lines)
    _, kept = decide(
        "do they take attendance in lecture", said, claims, intent="policy", yes_no=True, unexplained=(), where="ask"
    )
    assert kept.yes is False
