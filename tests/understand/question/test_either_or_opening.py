"""An either-or question opens with the alternative that holds, or "Neither", each alternative asked on its own."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, Field, text
from bot.understand.answering.replies import verdict
from bot.understand.question.either_or_opening import alternatives_asked, either_or_opening


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("is hw1 due friday or saturday", ("is hw1 due friday", "is hw1 due saturday", "friday", "saturday")),
        (
            "is the midterm online or in person?",
            ("is the midterm online", "is the midterm in person", "online", "in person"),
        ),
        (
            "is the midterm in person or online",
            ("is the midterm in person", "is the midterm in online", "in person", "online"),
        ),
        (
            "is the final open book or closed book",
            ("is the final open book", "is the final closed book", "open book", "closed book"),
        ),
        ("is it due at 5 or at 6", ("is it due at 5", "is it due at 6", "at 5", "at 6")),
        # no second alternative, a clause of its own, or no yes/no question
        ("is the midterm online or not", None),
        ("is the final in person or can we take it on zoom from home", None),
        ("when is hw1 due friday or saturday", None),
    ],
)
def test_the_two_alternatives_asked(question, asked):
    """The first as typed; the second the first with its last words swapped for the other's."""
    assert alternatives_asked(question) == asked


CARD = Answer(title="Problem Set 1", fields=(Field("Problem Set 1", (text("due Fri Sep 13"),)),))


def _asker(verdicts: dict[str, tuple[bool, str]]):
    def ask(question: str) -> Answer:
        return verdict(Answer(title="Problem Set 1"), *verdicts[question])

    return ask


def test_the_one_that_holds_opens_the_answer():
    ask = _asker({"is hw1 due friday": (True, "due Fri Sep 13."), "is hw1 due saturday": (False, "due Fri Sep 13.")})
    opened = either_or_opening("is hw1 due friday or saturday", CARD, ask)
    assert opened.lines == (("Friday: due Fri Sep 13.",),)
    assert opened.fields == CARD.fields


def test_neither_only_for_one_and_the_same_reason():
    same = {"is hw1 due monday": (False, "due Fri Sep 13."), "is hw1 due tuesday": (False, "due Fri Sep 13.")}
    assert either_or_opening("is hw1 due monday or tuesday", CARD, _asker(same)).lines == (
        ("Neither: due Fri Sep 13.",),
    )
    other = {"is hw1 due monday": (False, "due Fri Sep 13."), "is hw1 due tuesday": (False, "it is another thing.")}
    assert either_or_opening("is hw1 due monday or tuesday", CARD, _asker(other)) is CARD


def test_an_answer_with_its_own_opening_or_two_yeses_is_kept():
    both = {"is hw1 due friday": (True, "a."), "is hw1 due saturday": (True, "b.")}
    assert either_or_opening("is hw1 due friday or saturday", CARD, _asker(both)) is CARD
    opened = Answer(title="Problem Set 1", lines=(text("It is due Friday."),))
    assert either_or_opening("is hw1 due friday or saturday", opened, _asker(both)) is opened
