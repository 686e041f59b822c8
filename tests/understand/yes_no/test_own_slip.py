"""A case of the student's own doing (forgetting, oversleeping, being busy) is told from one a rule may excuse."""

from __future__ import annotations

import pytest

from bot.understand.yes_no.own_slip import own_slip, slip_asked_late


@pytest.mark.parametrize(
    ("question", "slip"),
    [
        ("can i do quiz 6 late if i forget on sunday", True),
        ("can i take the quiz late if i oversleep", True),
        ("can i submit the lab late if i'm too busy this week", True),
        ("can i submit late if i run out of time", True),
        ("can i do quiz 6 late if i'm sick", False),  # a rule may excuse illness: not the student's own slip
        ("can i submit late if my flight is cancelled", False),
        ("i forgot my password, can i submit late", False),  # told, not the case asked about
        ("i totally forgot ps4 last night, can i still hand it in", True),  # the slip told first, then asked
        ("ive forgotten about the reading quiz, can i still do it", True),
        ("i think i forgot hw2, can i submit it late", False),  # not told as done
        ("quiz 4 closed and i forgot to take it can i still do it", True),  # told after what happened to the work
        ("the survey is over, i completely forgot it, may i still fill it in", True),
        ("the lab closed and i forgot my laptop, can i submit late", False),  # a thing of one's own forgotten
        ("can i still hand in hw3 i totally forgot", True),  # told last, with no stop before it
        ("can i still hand in hw3 i forgot", True),
        ("can i still hand in hw3 i forgot my password", False),  # a thing of one's own, not the last word
        ("can i still hand in hw3 i think", False),
        ("can i still turn in ps6 i completely forgot", True),  # the slip told last, after the question
        ("can i still hand it in, i forgot my password", False),  # a thing of one's own, told last
        # the slip in other words than "forgot": slept through, missed, blanked on, didn't see
        ("i slept through the reading quiz, can you open it again", True),
        ("i totally missed lab 4, could i still hand it in", True),
        ("i blanked on the survey, may i still fill it in", True),
        ("i didnt see hw2 was due, can i still submit it", True),
        ("i missed quiz 5 because i was sick, can it be reopened", False),  # a reason a rule may excuse
        ("i missed the lab, i was in the hospital, can i make it up", False),
    ],
)
def test_a_slip_of_ones_own(question, slip):
    assert own_slip(question) == slip


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("can i do quiz 3 late if i forget on sunday night", True),
        ("if i oversleep friday morning can i hand in the lab late", True),
        ("can i do quiz 3 late if im sick on sunday", False),  # a reason a rule may excuse
        ("can i submit hw2 late on friday at 5pm", False),  # no slip: the time is the hand-in
        ("can i still do quiz 2 if i forgot", False),  # lateness itself not asked in words
    ],
)
def test_lateness_asked_after_a_slip(question, asked):
    assert slip_asked_late(question) is asked
