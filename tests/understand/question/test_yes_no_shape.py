"""The shapes of a yes/no question that does not open with its "is" or "can" (bot.understand.question.yes_no_shape):
a statement asked back, a story or condition before the ask, a wh-question followed by the student's own guess."""

from __future__ import annotations

import pytest

from bot.understand.question.yes_no_shape import (
    asked_after_statement,
    ends_with_tag,
    guess_after_wh,
    role_stated_and_asked,
)
from bot.understand.times.time_phrases import TimePhrase
from bot.understand.words.normalize import words
from bot.understand.words.vocabulary import FILLERS


def lead(text: str) -> list[str]:
    """The first words without fillers, as the reader passes them."""
    return [w for w in words(text) if w not in FILLERS][:3]


def day_at(text: str, said: str) -> TimePhrase:
    """A day read where `said` stands in the text."""
    start = text.index(said)
    return TimePhrase("day", start, start + len(said))


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("lab 4 is due friday right?", True),  # a tag
        ("the essay is not due over reading week is it", True),  # a statement denied, then its tag
        ("totally lost lol, is the quiz tomorrow", True),  # a clause that opens with "is"
        ("if my essay is 2 days late will i lose marks", True),  # a condition, then the ask
        ("if my essay is 2 days late what do i lose", False),  # a condition, then a wh-question
        ("handed the report in an hour late, is that still accepted", True),
        ("im in lab group 3 do we meet this week", True),
        ("my bike broke can i get an extension", True),  # the student's own story, then a may-I
        ("calculators allowed in the final?", True),
        ("the seminar is online this week?", True),
        ("the quiz closed yesterday and i missed it can i still take it", True),
        ("the seminar starts at noon", False),  # a plain statement asks nothing
        ("dr smith's office hours next week still at 1?", True),  # a longer name, "still" and the time checked
        ("dr smith's office hours next week still at 1", False),  # no question mark: told, not asked
        ("dr smith office hours next week still at which time?", False),  # a wh-word asks which
        ("the quiz is online right, not in the lab", True),  # the tag, then what the student believes it is not
        ("the quiz is online, not in the lab", False),  # no tag: told, not asked
        ("tutorial 2 on oct 3 is it still in room 104", True),  # the thing named first, then asked of with "it"
        ("the monday lecture does it get recorded", True),
        ("the lab on friday is it where we go for the safety talk", False),  # a wh-word asks where
    ],
)
def test_a_yes_no_asked_after_a_statement(text, asks):
    """Each shape reads as yes/no; a plain statement or a wh-ask after a condition does not."""
    assert asked_after_statement(text, lead(text), []) is asks


def test_a_due_day_asked_back_needs_the_day_typed():
    """ "lab 4 due on monday?" asks yes or no only when a day is read after "due"."""
    text = "lab 4 due on monday?"
    assert asked_after_statement(text, lead(text), [day_at(text, "monday")])
    assert not asked_after_statement(text, lead(text), [])


@pytest.mark.parametrize(
    ("text", "said", "asks"),
    [
        ("so my next tutorial is oct 9?", "oct 9", True),
        ("the quiz's on friday?", "friday", True),
        ("so my next tutorial is oct 9", "oct 9", False),  # no question mark: a statement
        ("my next tutorial is oct 9 or 10?", "oct 9", False),  # which one, not yes or no
        ("i have a trip on oct 9?", "oct 9", False),  # no "is" before the day: nothing stated of when
    ],
)
def test_when_a_thing_is_asked_by_its_question_mark(text, said, asks):
    """ "so my next tutorial is oct 9?": a day stated after "is", asked by its question mark alone."""
    assert asked_after_statement(text, lead(text), [day_at(text, said)]) is asks


def test_a_wh_question_then_a_guessed_day():
    """ "when is lab 4 due, is it monday": the day the student guesses is answered Yes or No first."""
    text = "when is lab 4 due, is it monday"
    assert guess_after_wh(text, set(), [day_at(text, "monday")], [])
    assert not guess_after_wh(text, set(), [], [])  # no day typed: nothing to check


def test_a_wh_question_then_a_guessed_role():
    """ "who is sam, is he a tutor": only a role the course names is a guess to check."""
    text = "who is sam, is he a tutor"
    assert guess_after_wh(text, set(), [], ["tutor"])
    assert not guess_after_wh(text, set(), [], ["ta"])


def test_a_wh_question_then_a_guess_at_the_pool():
    """ "how do grace days work, are they automatic": a guess at how the late pool is used."""
    text = "how do grace days work, are they automatic"
    assert guess_after_wh(text, {"applied", "pool"}, [], [])
    assert not guess_after_wh(text, {"pool"}, [], [])


@pytest.mark.parametrize(("text", "tagged"), [("quiz is friday innit", True), ("quiz is friday", False)])
def test_a_tag_at_the_end(text, tagged):
    """A tag that asks to have the statement confirmed."""
    assert ends_with_tag(text) is tagged


@pytest.mark.parametrize(
    ("text", "people", "roles", "asked"),
    [
        ("aisha is my tutor for t3?", [0], [3], True),
        ("my ta is sam?", [3], [1], True),
        ("aisha is my tutor for t3", [0], [3], False),  # no question mark: a statement
        ("who is my tutor, aisha?", [4], [3], False),  # a question word asks something else
        ("aisha and my tutor?", [0], [3], False),  # no "is" between them
        ("my tutor is?", [], [1], False),  # no one named
    ],
)
def test_who_someone_is_asked_by_its_question_mark(text, people, roles, asked):
    assert role_stated_and_asked(text, text.rstrip("?").replace(",", "").split(), people, roles) is asked
