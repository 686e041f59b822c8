"""A Yes or No never contradicts the line it opens (bot.understand.yes_no.verdict_agrees): a refusal, "no penalty"
or a count past "at most" turns the word where it names what is asked, and takes it off where it cannot decide."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, text
from bot.understand.yes_no.verdict_agrees import agreeing, disagreement


@pytest.mark.parametrize(
    ("question", "yes", "reason", "turned"),
    [
        # a Yes on a plain refusal of what is asked
        ("can i use R and ggplot for the assignments instead of python", True,
         "“R, Excel or other tools are not accepted for assignments.”", False),
        ("can we write the essay in french", True, "“Essays written in French are not accepted.”", False),
        # a Yes that there is a thing, on "no" such thing
        ("is there a penalty if we submit the proposal a day late", True, "late, no penalty.", False),
        ("will i get a penalty if the memo is a day late", True, "no late penalty: it is ungraded.", False),
        # a count past a cap on the same thing
        ("can i burn both grace days on map 1", True, "at most 1 grace day on one assignment.", False),
        ("can i use three tokens on lab 2", True, "at most 2 tokens on one lab.", False),
    ],
)  # fmt: skip
def test_a_reason_saying_the_other_word_turns_it(question, yes, reason, turned):
    found = disagreement(question, yes, reason)
    assert found is not None
    assert found.yes is turned


@pytest.mark.parametrize(
    ("question", "yes", "reason"),
    [
        # the refusal is of what the question sets aside
        ("can i use python instead of R", True, "“R, Excel or other tools are not accepted for assignments.”"),
        # a refusal with a way around it: the Yes may be that way
        ("can i submit the lab late", True, "“Late labs are not accepted after 3 days.”"),
        # the clause naming the thing asked allows it; another refuses a kind of it
        ("can i bring a calculator to midterm 1", True,
         "“Bring a non-graphing scientific calculator; graphing calculators are not allowed.”"),
        # a Yes to whether a day has no class agrees with "no class"
        ("is class cancelled on the holiday", True, "no class on the holiday."),
        ("any days in december where we dont have class", True, "no classes on Dec 24."),
        # counts within the cap, or a bound asked that the cap does not count
        ("can i use 40 flex hours on sheet 3", True, "at most 48 flex hours on one assignment."),
        ("do we have more than 3 grace days", False, "4 grace days in all, at most 2 on one assignment."),
        # agreeing words
        ("is there a penalty for late work", True, "10% per day late."),
        ("can i use R", False, "“R is not accepted.”"),
    ],
)  # fmt: skip
def test_a_reason_that_agrees_or_cannot_tell_is_left(question, yes, reason):
    assert disagreement(question, yes, reason) is None


def test_a_refusal_of_other_words_takes_the_verdict_off():
    """ "can i bring my laptop" answered Yes by a refusal of phones: no Yes or No, the words and where to ask."""
    found = disagreement("can i bring my laptop", True, "“Phones are not allowed.”")
    assert found is not None
    assert found.yes is None
    answer = Answer(title="Exams", lines=(text("**Yes**: “Phones are not allowed.”"), text("More.")))
    shown = agreeing("can i bring my laptop", answer, "ask on the forum")
    assert shown is not None
    assert shown.kind == "unknown"
    assert shown.lines[0][0].startswith("No plain Yes or No: ")
    assert "ask on the forum" in shown.lines[0][0]
    assert shown.lines[1] == text("More.")


def test_the_answer_takes_the_word_its_line_gives():
    answer = Answer(title="Late", lines=(text("**Yes**: at most 1 grace day on one assignment."),))
    turned = agreeing("can i burn both grace days on map 1", answer, "ask")
    assert turned is not None
    assert turned.lines[0] == text("**No**: at most 1 grace day on one assignment.")
    assert agreeing("can i use 1 grace day on map 1", answer, "ask") is None
    assert agreeing("when is map 1 due", Answer(title="Map 1", lines=(text("Fri Oct 23."),)), "ask") is None
