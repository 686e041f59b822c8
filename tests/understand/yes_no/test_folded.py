"""A question folded once for every Yes/No check: what it asks, its own "not", its condition, how many."""

from __future__ import annotations

import pytest

from bot.understand.yes_no import fold
from bot.understand.yes_no.folded import must_i_only


@pytest.mark.parametrize(
    ("question", "mode"),
    [
        ("can i bring notes", "permission"),
        ("do i have to attend recitation", "obligation"),
        ("is attendance mandatory", "obligation"),
        ("is a calculator compulsory", "obligation"),
        ("is the exam in person", "fact"),
        ("is there lab on may 6", "fact"),  # the month beside a day of it
        ("any tutorial on the 6th may", "fact"),
        ("may i skip lab on may 6", "permission"),
        ("may we leave early", "permission"),
    ],
)
def test_what_a_question_asks(question, mode):
    assert fold(question).mode == mode


def test_the_condition_and_the_main_clause():
    """The case a question adds is kept apart from what it asks; the main clause alone is read for a "not"."""
    folded = fold("Can I take the exam early if I have no other option?")
    assert folded.condition == "i have no other option"
    assert "if" not in folded.main
    assert folded.main[:2] == ("can", "i")
    assert not folded.negated  # the "no" is in the condition


@pytest.mark.parametrize(
    ("question", "negated"),
    [
        ("is there no textbook", True),
        ("isn't hw3 due friday", False),
        ("is it allowed or not", False),
        ("hw3 is due before spring break isnt it", False),  # a tag asks to confirm the statement
        ("the labs are in person, aren't they", False),
        ("we have lecture monday dont we", False),
        ("can i do the project by myself, i dont really know anyone", False),  # told after the comma
        ("can i not do the project, i did the quiz", True),
        ("can i not do the project since i did the quiz", True),  # no comma: nothing told after
        ("the seminar is on campus right, not online", False),  # what it is not, set aside after the tag
    ],
)
def test_a_question_asked_the_other_way_round(question, negated):
    """A "not" of the question's own turns it; a leading contraction or a tag ("..., isn't it") does not."""
    assert fold(question).negated is negated


def test_how_many_is_not_a_yes_no_question():
    assert fold("if i submit sheet 2 now how many flex hours does it use").amount
    assert not fold("how many grace days are there? can i use two on hw3").amount
    # the case told, then its own yes/no before the amount: "will it still be accepted" asks Yes or No first
    assert not fold("if i hand in cr2 at 12:30 on tuesday will it still be accepted, and how much do i lose").amount
    # the same after a story told first ("we'll be late on p2, if ...")
    assert not fold("late on lab 2, if it goes in sat 10am is it still accepted and how much do we lose").amount
    assert fold("we'll be late on lab 2, if it goes in sat 10am how much do we lose").amount


def test_folding_is_done_once():
    """The same text folds to the very same value (shared by every check)."""
    assert fold("can i bring a calculator") is fold("can i bring a calculator")


def test_the_answer_hoped_for_is_no_negation_of_the_question():
    """ "... pls say no": what the student hopes to hear, not a "no" the question asks."""
    assert not fold("is anything due during spring break?? pls say no").negated
    assert not fold("is the final cumulative, please tell me it's not").negated
    assert fold("is there no final").negated


def test_a_statement_run_on_after_the_question_is_not_what_it_asks():
    """ "can i switch teams my group is not working": the "not" of the story does not turn the question."""
    folded = fold("can i switch teams my group is not working")
    assert folded.main == ("can", "i", "switch", "teams")
    assert not folded.negated
    # "if my grade is ...": the question's own case, kept as its condition
    assert fold("can i check if my grade is right").condition == "my grade is right"


def test_what_is_told_of_mine_after_the_comma_is_not_asked():
    """ "..., mine is old and slow": the student's own thing told after the question adds no second half."""
    assert fold("can i install it on my laptop, mine is old and not fast").main == (
        "can",
        "i",
        "install",
        "it",
        "on",
        "my",
        "laptop",
    )


@pytest.mark.parametrize(
    ("question", "only"),
    [
        ("is an index card mandatory for the final", True),
        ("do i need the 8th edition or is the 7th ok", False),
        ("can i bring notes", False),
    ],
)
def test_a_must_i_question_with_no_may_i_beside_it(question, only):
    """Only a question asking nothing but whether a thing is required is answered No by a sentence that allows it."""
    assert must_i_only(fold(question)) is only


@pytest.mark.parametrize(
    ("question", "negated", "last"),
    [
        ("can i make up a missed quiz or is that not allowed", False, "quiz"),
        ("is there a resit or do i just fail", False, "resit"),
        ("can i submit it late or isnt that allowed", False, "late"),
        # a "not" of the question's own, before the "or", still turns it
        ("is there not a resit or do i just fail", True, "resit"),
    ],
)
def test_a_guess_at_the_no_after_or_is_not_asked(question, negated, last):
    """ "can i make up a quiz or is that not allowed": the words after the "or" guess the No; the first half is asked,
    and the guess's "not" does not turn it."""
    folded = fold(question)
    assert folded.negated is negated
    assert folded.main[-1] == last


@pytest.mark.parametrize(
    ("question", "guess"),
    [
        ("can i use it on the report or is that not allowed", True),
        ("is there a resit or do i just fail", True),
        ("do we get slip days or don't we", True),
        ("is the final in person or is it online", False),
        ("is exam 1 on monday or tuesday", False),
    ],
)
def test_a_guess_at_the_no_is_told_from_another_alternative(question, guess):
    """ "or is that not allowed" guesses the No; "or is it online" names another alternative, a choice."""
    from bot.understand.yes_no.folded import NO_SIDE_ASKED

    assert (NO_SIDE_ASKED.search(question) is not None) is guess


@pytest.mark.parametrize(
    ("question", "negated"),
    [
        ("im flying home on the 22nd and wont have wifi, can i get an extension on quiz 4", False),
        ("i have a clash, can i not come to the lab", True),  # the question's own "not"
        ("if i dont finish, can i get an extension", False),
    ],
)
def test_a_not_in_the_story_before_a_may_i_does_not_turn_it(question, negated):
    """ "... and won't have wifi, can i get an extension": the "not" is told, not asked."""
    assert fold(question).negated is negated


@pytest.mark.parametrize(
    ("question", "yes_no"),
    [
        ("for the final can the notes sheet be double sided?", True),
        ("in lab do we need goggles", True),
        ("for hw2 is it ok to use python", True),
        ("for the final what can i bring", False),
        ("at what time is the exam", False),
        ("for how long can i be late", False),
    ],
)
def test_a_topic_put_first_without_a_comma(question, yes_no):
    """ "for the final can i ...": the short topic before the may-I does not hide the Yes/No question."""
    assert fold(question).yes_no is yes_no
