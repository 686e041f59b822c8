"""Either-or questions (bot.understand.question.either_or): one thing answered once, opening with the alternative
that holds, or "Neither", each alternative asked on its own."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, Field, text
from bot.understand.answering.replies import verdict
from bot.understand.question.either_or import alternatives_asked, either_or_opening
from tests.understand.conftest import first_line, reply


def test_in_person_or_on_zoom_is_answered_once(course):
    result, said = reply(course, "is the final in person or can we take it on zoom", "2024-04-03 10:00")
    assert len(result.parts) == 1
    assert result.parts[0].slots["in_person"] is False
    assert first_line(said).startswith("No")
    assert "in person" in first_line(said)


def test_an_or_that_asks_the_first_half_the_other_way_is_dropped():
    from bot.understand.question.either_or import without_moved_alternative

    assert without_moved_alternative("yo is hw5 due tonight or did they push it") == "yo is hw5 due tonight"
    assert without_moved_alternative("is exam 2 still on apr 24, or has it been moved?") == "is exam 2 still on apr 24?"
    assert without_moved_alternative("is hw5 due tonight or tomorrow") == "is hw5 due tonight or tomorrow"
    # capitals and other letters as the case-blind pattern reads them; a question with none of its verbs as typed
    assert without_moved_alternative("Is HW5 due tonight Or Did They POSTPONE it") == "Is HW5 due tonight"
    assert without_moved_alternative("is hw5 due tonight — or did they cancel it") == "is hw5 due tonight —"
    assert without_moved_alternative("is hw5 due tonight or did they change the room") == "is hw5 due tonight"
    assert without_moved_alternative("when is hw5 due or is it late") == "when is hw5 due or is it late"


def test_an_or_of_each_on_their_own_is_dropped():
    """ "... one per team or does everyone hand in their own": the second half is the first's No."""
    from bot.understand.question.either_or import without_moved_alternative

    said = "do we submit one report per team or does everyone hand in their own"
    assert without_moved_alternative(said) == "do we submit one report per team"
    said = "can we do one writeup as a group, or do we each write our own?"
    assert without_moved_alternative(said) == "can we do one writeup as a group?"
    said = "do we hand in one report or two"
    assert without_moved_alternative(said) == said


def test_due_tonight_or_pushed_gets_the_plain_yes(course):
    _, said = reply(course, "is hw5 actually due tonight or did they push it", "2024-04-03 16:00")
    assert first_line(said).startswith("Yes")


def test_an_or_that_asks_whether_it_is_automatic_is_dropped():
    """ "do i have to register or does that happen automatically": nothing to do is the first half's No."""
    from bot.understand.question.either_or import without_moved_alternative

    said = "do i have to register for the resit myself or does that happen automatically"
    assert without_moved_alternative(said) == "do i have to register for the resit myself"
    assert without_moved_alternative("do we sign up or is it automatic?") == "do we sign up?"
    assert without_moved_alternative("is the final automatic or optional") == "is the final automatic or optional"


def test_or_is_that_the_other_thing_only_guesses_what_the_day_holds_instead():
    """ "is there lecture on nov 10 or is that the design review thing" asks whether lecture meets that day."""
    from bot.understand.question.either_or import without_moved_alternative

    assert without_moved_alternative("is there lecture on nov 10 or is that the review thing?") == (
        "is there lecture on nov 10?"
    )
    assert without_moved_alternative("do we have lab friday, or is that when the midterm is") == "do we have lab friday"
    # an alternative the first half does not ask the other way round stays
    assert without_moved_alternative("is the final open book or is it closed book") == (
        "is the final open book or is it closed book"
    )


def test_an_alternative_with_a_verdict_settles_the_other():
    """'is the exam in the lecture hall or is it just online': the No on 'just online' settles the first half."""
    from bot.understand.question.either_or import settled_by_alternative

    question = "is the exam in the lecture hall or is it just online"
    asked = [("is the exam in the lecture hall", "course_fact", None), ("is it just online", "exam", False)]
    assert settled_by_alternative(question, asked) == {0}
    asked_back = [("is the exam in the lecture hall", "exam", True), ("is it just online", "course_fact", None)]
    assert settled_by_alternative(question, asked_back) == {1}


def test_parts_not_joined_by_or_or_both_open_are_left():
    from bot.understand.question.either_or import settled_by_alternative

    asked = [("is hw3 due friday", "assignment_due", True), ("is the lab open", "meeting", None)]
    assert settled_by_alternative("is hw3 due friday and is the lab open", asked) == set()
    assert settled_by_alternative("is hw3 due friday or is the lab open", asked) == set()  # other intent, no "it"
    both = [("is the exam in the hall", "exam", None), ("is it online", "exam", None)]
    assert settled_by_alternative("is the exam in the hall or is it online", both) == set()


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("is hw1 due friday or saturday", ("is hw1 due on a friday", "is hw1 due on a saturday", "friday", "saturday")),
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
        # a weekday or another: which weekday it falls on, not whether it is the coming one
        ("is exam 1 on monday or tuesday", ("is exam 1 on a monday", "is exam 1 on a tuesday", "monday", "tuesday")),
        (
            "wait is hw1 due friday or saturday",
            ("is hw1 due on a friday", "is hw1 due on a saturday", "friday", "saturday"),
        ),
        (
            "is the essay due before the break or after",
            ("is the essay due before the break", "is the essay due after the break", "before", "after"),
        ),
        (
            "is quiz 2 after reading week or before it",
            ("is quiz 2 after reading week", "is quiz 2 before reading week", "after", "before"),
        ),
        # both sides named before the one day they turn on
        (
            "is the midterm before or after thanksgiving",
            ("is the midterm before thanksgiving", "is the midterm after thanksgiving", "before", "after"),
        ),
        (
            "does essay 2 fall after or before the break",
            ("does essay 2 fall after the break", "does essay 2 fall before the break", "after", "before"),
        ),
        ("is it before or later than the break", None),  # not the two sides of one word
        # no second alternative, a clause of its own, or no yes/no question
        ("is the midterm online or not", None),
        ("is section 3 an early morning thing or later", None),  # "later" than nothing the first half says
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
    ask = _asker(
        {"is hw1 due on a friday": (True, "due Fri Sep 13."), "is hw1 due on a saturday": (False, "due Fri Sep 13.")}
    )
    opened = either_or_opening("is hw1 due friday or saturday", CARD, ask)
    assert opened.lines == (("Friday: due Fri Sep 13.",),)
    assert opened.fields == CARD.fields


def test_neither_only_for_one_and_the_same_reason():
    same = {"is hw1 due on a monday": (False, "due Fri Sep 13."), "is hw1 due on a tuesday": (False, "due Fri Sep 13.")}
    assert either_or_opening("is hw1 due monday or tuesday", CARD, _asker(same)).lines == (
        ("Neither: due Fri Sep 13.",),
    )
    other = {
        "is hw1 due on a monday": (False, "due Fri Sep 13."),
        "is hw1 due on a tuesday": (False, "it is another thing."),
    }
    assert either_or_opening("is hw1 due monday or tuesday", CARD, _asker(other)) is CARD


def test_an_answer_with_its_own_opening_or_two_yeses_is_kept():
    both = {"is hw1 due on a friday": (True, "a."), "is hw1 due on a saturday": (True, "b.")}
    assert either_or_opening("is hw1 due friday or saturday", CARD, _asker(both)) is CARD
    opened = Answer(title="Problem Set 1", lines=(text("It is due Friday."),))
    assert either_or_opening("is hw1 due friday or saturday", opened, _asker(both)) is opened


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        (
            "do i still have to hand in the essay if i have an A, or can i just skip it",
            "do i still have to hand in the essay if i have an A",
        ),
        ("do we have to do the reading or can we skip it", "do we have to do the reading"),
        ("is it ok if i skip the reading", "is it ok if i skip the reading"),  # no alternative: nothing dropped
        ("should i hand in the essay or the poster", "should i hand in the essay or the poster"),
    ],
)
def test_an_or_that_asks_to_skip_the_first_is_dropped(question, kept):
    """ "... or can i just skip it" is the first half's No: the first half is what is asked."""
    from bot.understand.question.either_or import without_moved_alternative

    assert without_moved_alternative(question) == kept
