"""A rule shown without a Yes or No, decided by the course's own claim (bot.understand.yes_no.claim_verdict)."""

from __future__ import annotations

from dataclasses import replace

from bot.core.answer import Answer, text
from bot.course.model import Claim, Course, Policy
from bot.understand.answering.replies import opening_verdict
from bot.understand.yes_no.claim_verdict import asks_a_day_unsaid, claim_verdict
from bot.understand.yes_no.page_claims import ClaimIndex

REMARK = Claim(True, ("remark go down", "mark go down after a remark"), "your mark may go up or down")
EARLY = Claim(False, ("take the exam early",), "we will not offer the exam early")
RULE = Answer(title="Remarks", lines=(text("Request a remark within 7 days; the whole test is remarked."),))


def _index(course: Course) -> ClaimIndex:
    policies = (
        Policy("remarks", "Remarks", "", "", claims=(REMARK,)),
        Policy("exams", "Exams", "", "", claims=(EARLY,)),
    )
    return ClaimIndex(replace(course, policies=policies))


def test_a_rule_shown_undecided_opens_with_the_claims_yes_or_no(course):
    answer = claim_verdict("if i ask for a remark can my mark go down??", RULE, _index(course), yes_no=True)
    assert opening_verdict(answer) is True
    assert "your mark may go up or down" in answer.lines[0][0]
    assert answer.lines[1:] == RULE.lines


def test_a_story_told_after_the_question_is_set_apart(course):
    answer = claim_verdict("can i take the exam early? we fly home that morning", RULE, _index(course), yes_no=True)
    assert opening_verdict(answer) is False


def test_no_claim_no_verdict_and_a_decided_answer_is_kept(course):
    index = _index(course)
    assert claim_verdict("can i ask for a remark by email", RULE, index, yes_no=True) is RULE  # no claim asks it
    assert claim_verdict("can my mark go down after a remark", RULE, index, yes_no=False) is RULE  # not yes/no
    decided = Answer(title="Remarks", lines=(text("**No**: “never”"),))
    assert claim_verdict("can my mark go down after a remark", decided, index, yes_no=True) is decided
    elsewhere = Answer(title="?", lines=(text("I can't answer that."),), kind="out_of_scope")
    assert claim_verdict("can my mark go down after a remark", elsewhere, index, yes_no=True) is elsewhere


def test_a_price_is_not_decided_by_a_claim_that_names_no_money(course):
    """ "is the lab manual free" of the claim "lab attendance required": a rule of the lab, no price."""
    lab = Claim(True, ("lab free", "lab attendance required"), "Lab attendance is required.")
    priced = Claim(True, ("manual free", "lab manual free"), "The lab manual is free of charge.")
    card = Answer(title="Labs", lines=(text("Lab attendance is required."),))
    for claim, decided in ((lab, None), (priced, True)):
        index = ClaimIndex(replace(course, policies=(Policy("labs", "Labs", "", "", claims=(claim,)),)))
        answer = claim_verdict("is the lab manual free?", card, index, yes_no=True)
        assert opening_verdict(answer) is decided


def test_an_outcome_the_claim_never_names_gets_no_verdict(course):
    """ "if i ask for a remark do i lose marks" is not decided by "your mark may go up or down": the rule is shown."""
    index = _index(course)
    assert claim_verdict("if i ask for a remark can my mark go down and do i fail", RULE, index, yes_no=True) is RULE


def test_a_day_asked_is_not_decided_by_a_claim_naming_no_day():
    """ "is group c's cruise on sat may 15" is not "join another group's cruise day": a claim with no day or number in
    its words decides no day; a may-I or a claim naming the day still may."""
    no_day = "You may not join another group's cruise day."
    assert asks_a_day_unsaid("is group c cruise on saturday may 15", no_day)
    assert asks_a_day_unsaid("are labs on fridays", "Labs are compulsory.")
    assert not asks_a_day_unsaid("can i go on the cruise with group a on may 8", no_day)
    assert not asks_a_day_unsaid("is the cruise on may 15", "Group C sails on Sat May 15.")
    assert not asks_a_day_unsaid("is the cruise compulsory", no_day)


SHEET = Claim(True, ("bring a cheat sheet to the midterm",), "You may bring one cheat sheet to the midterm.")
PRINTED = Claim(False, ("printed cheat sheet",), "Printed sheets are not allowed.")
SHEETS = Answer(title="Exams", lines=(text("One cheat sheet, handwritten."),))


def test_two_rules_each_way_are_both_shown_and_hedged(second_course):
    """A rule each way, neither narrower: both quoted, no verdict, hedged; one rule alone still decides."""
    quote = "You may bring one cheat sheet to the midterm. Printed sheets are not allowed."
    sheets = (Policy("sheets", "Sheets", "", quote, claims=(SHEET, PRINTED)),)
    index = ClaimIndex(replace(second_course, policies=sheets))
    answer = claim_verdict("can i bring a printed cheat sheet to the midterm", SHEETS, index, yes_no=True)
    assert opening_verdict(answer) is None
    assert answer.kind == "unsure"
    assert "one cheat sheet to the midterm" in answer.lines[0][0]
    assert "Printed sheets are not allowed" in answer.lines[0][0]
    assert answer.lines[1:] == SHEETS.lines
    alone = claim_verdict("is a printed cheat sheet ok", SHEETS, index, yes_no=True)
    assert opening_verdict(alone) is False
    menu = replace(SHEETS, kind="unsure", options=("a", "b"))
    assert claim_verdict("can i bring a printed cheat sheet to the midterm", menu, index, yes_no=True) is menu
