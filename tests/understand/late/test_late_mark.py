"""Marks and penalties a student states in a late what-if (bot.understand.late.late_mark)."""

from __future__ import annotations

import pytest

from bot.understand.late.late_mark import StatedMark, stated_mark, stated_penalty
from tests.understand.conftest import course_in, first_line, reply


@pytest.mark.parametrize(
    ("question", "mark"),
    [
        ("if milestone 2 is 2 days late and we'd have got 80/100, what do we get", StatedMark(80, 100)),
        ("would get 17 out of 20 on time", StatedMark(17, 20)),
        ("i think i'd score 85% on it", StatedMark(85, 100)),
        ("if hw2 is 2 days late what happens", None),
        ("got 120/100 lol", None),  # above its maximum: not a mark
        ("if ps4 is due 3/4 and i submit it 3/5 what happens", None),  # days, not marks
        ("i think i got 7/10 on it", StatedMark(7, 10)),
    ],
)
def test_a_mark_is_read_out_of_its_maximum(question, mark):
    """ "80/100", "17 out of 20", "score 85%": the on-time mark; a number above its maximum is none."""
    assert stated_mark(question) == mark


@pytest.mark.parametrize(
    ("question", "penalty"),
    [
        ("report is gonna be 20 min late is it really a full 2%", 0.02),
        ("if it's 3 hours late do i lose 10%", 0.10),
        ("is that a 5% penalty", 0.05),
        ("3 hours late, is that the full 10 percent gone", 0.10),  # the percent in words
        ("2 days late, is it only 10 per cent off", 0.10),
        ("would get 85% on it", None),  # a mark, not a penalty
        ("if the report is 3 hours late what happens", None),
    ],
)
def test_a_stated_penalty_is_read_as_a_share(question, penalty):
    """The penalty the student states, as a share of the mark; a mark in percent is not a penalty."""
    assert stated_penalty(question) == penalty


def test_the_mark_after_a_multiplying_penalty(stat):
    """STAT 187 takes 2% per started hour off the score: 90/100, 5 hours late, is 81/100."""
    _, said = reply(stat, "report would get 90/100 but itll be 5 hrs late, what do i end up with", "2024-12-03 13:30")
    assert first_line(said) == "90/100 before the penalty would be 81/100 after it."


def test_the_mark_after_a_penalty_taken_off_the_maximum(hist):
    """HIST 210 takes 10 marks of 100 off per day: 68/100 two days late with no token is 48/100."""
    _, said = reply(
        hist, "essay 2 was gonna get 68/100, if its 2 days late with no token what do i end up with", "2024-11-22 09:15"
    )
    assert "68/100 before the penalty would be 48/100 after it." in said


@pytest.mark.parametrize(("question", "verdict"), [("do i lose 6%", "Yes"), ("do i lose a full 10%", "No")])
def test_a_stated_penalty_gets_yes_or_no(stat, question, verdict):
    """3 hours late on STAT 187 costs 6%: a stated 6% is Yes, a stated 10% is No with the real figure."""
    _, said = reply(stat, f"if the report is 3 hours late {question}", "2024-12-03 13:30")
    assert first_line(said).startswith(verdict)
    assert "6%" in first_line(said)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("if prelab 5 is an hour late do I get zero", "Yes"),  # pre-labs are never taken late
        ("if prelab 5 is an hour late is it accepted", "No"),
        ("if lab report 5 is a day late do i get zero", "No"),  # slip days cover it
    ],
)
def test_asked_whether_it_scores_zero_the_verdict_says_so(question, verdict):
    """ "do i get zero": Yes when the work is not taken, the opposite of "is it accepted"."""
    _, answer = reply(course_in("tests/fixtures/courses/chem-1310-s26"), question, "2026-03-04 14:00")
    assert first_line(answer).startswith(verdict)
