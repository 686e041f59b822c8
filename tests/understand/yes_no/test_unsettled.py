"""A yes/no question whose answer gives no Yes or No is a hedge: "I can't tell you that for sure; the closest I
found:" first, the answer kept whole, where to ask after; answers that decide, say there is none, already say they
do not know, or give an amount asked for are left as they are."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, Field, text
from bot.understand.yes_no.unsettled import UNSETTLED_LEAD, opens_with_verdict, unsettled

WHERE = "ask on the forum"


def _answer(*lines: str, kind: str = "info", fields: tuple[Field, ...] = ()) -> Answer:
    return Answer(title="Card", lines=tuple(text(line) for line in lines), fields=fields, kind=kind)


@pytest.mark.parametrize(
    ("first", "opens"),
    [
        ("**Yes**: the lab is open.", True),
        ("Yes: Freja Lund is an Instructor.", True),  # a handler's plain Yes
        ("No, not that week.", True),
        ("Nothing is released this week.", True),  # says plainly there is none
        ("None of the exams are on a Monday.", True),
        ("No one holds office hours on Friday.", True),
        ("There is no A+ on this course's scale.", True),
        ("There are no recitations this week.", True),
        ("There are two sittings.", False),
        ("Notes are allowed at the exam.", False),  # a word starting with "No" is no verdict
        ("Late reports lose 10% a day.", False),
        ("", False),  # an empty first line (the answer is all fields)
    ],
)
def test_an_opening_verdict_is_read_however_it_is_written(first, opens):
    assert opens_with_verdict(_answer(first)) is opens


def test_an_answer_without_a_verdict_becomes_a_hedge_that_keeps_everything():
    """ "is the practice midterm graded" answered with the grading breakdown: the lead first, nothing dropped."""
    fields = (Field(name="Midterm", lines=(text("Sat Oct 17"),)),)
    card = _answer("Problem sets 20%, midterm 20%, final 30%.", fields=fields)
    hedged = unsettled(card, "is the practice midterm graded", WHERE)
    assert hedged.kind == "unsure"
    assert hedged.lines[0] == text(UNSETTLED_LEAD)
    assert hedged.lines[1:] == card.lines
    assert hedged.fields == card.fields
    assert hedged.title == card.title
    assert hedged.footer == "If that is not it, ask on the forum."


def test_an_all_fields_answer_gets_the_lead_as_its_first_line():
    """ "midterm is at 9 right? and till when" answered with the exam's card, all fields: the lead opens it."""
    card = _answer(fields=(Field(name="Midterm", lines=(text("9:00 AM - 11:00 AM"),)),))
    assert unsettled(card, "midterm is at 9 right? and till when", WHERE).lines == (text(UNSETTLED_LEAD),)


def test_a_footer_already_there_is_kept_before_where_to_ask():
    card = Answer(title="Card", lines=(text("Rule."),), footer="Times are course time.")
    assert (
        unsettled(card, "is it allowed", WHERE).footer == "Times are course time. If that is not it, ask on the forum."
    )


@pytest.mark.parametrize(
    ("card", "asked", "withheld"),
    [
        (_answer("**Yes**: the lab is open."), "is the lab open", ""),  # decided
        (_answer("Nothing is due this week."), "is anything due this week", ""),  # says there is none
        (_answer("The course page doesn't say.", kind="unknown"), "is there a curve", ""),  # already does not know
        (_answer("Which do you mean?", kind="unsure"), "is it on", ""),  # already a hedge
        (_answer("You asked how many; the rule: 10% penalty."), "if i submit it late will i lose marks", "asks_amount"),
        (_answer("10% per day late."), "if its 2 days late how much do i lose", ""),  # an amount asked, no verdict
    ],
)
def test_answers_that_decide_or_already_hedge_are_left_as_they_are(card, asked, withheld):
    assert unsettled(card, asked, WHERE, withheld=withheld) is card


def test_a_request_only_staff_grant_is_answered_by_how_to_ask():
    """ "can i get an extension on hw3": the answer says whom to ask and by when; no page says Yes or No to it."""
    card = _answer("HW3: ask the instructor at least 5 days before the deadline.")
    assert unsettled(card, "can i get an extension on hw3", WHERE, intent="extension") is card
    assert unsettled(card, "can i get an extension on hw3", WHERE, intent="policy").kind == "unsure"


def test_a_verdict_withheld_with_its_reason_said_only_changes_the_kind():
    """ "is there no lab this week": the answer already says why it gives no plain Yes or No."""
    card = _answer("Asked with a “not”, so no plain Yes or No (it reads both ways). Lab L01 meets Tuesday.")
    hedged = unsettled(card, "is there no lab this week", WHERE, withheld="negated")
    assert hedged.kind == "unsure"
    assert hedged.lines == card.lines
