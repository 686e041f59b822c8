"""Whether every one of the students must do a thing, from the page's sentence said of every member
(bot.understand.yes_no.everyone_must)."""

from __future__ import annotations

import pytest

from bot.understand.yes_no.everyone_must import Said, everyone_must_answer
from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.mark.parametrize(
    "question",
    [
        "do all of us have to enter our own answers on sapling or can one person do it",
        "does everyone need to enter their own answers",
        "does every student have to enter their own sapling answers",
    ],
)
def test_every_member_must_is_answered_from_the_sentence_said_of_every_one(question) -> None:
    """Yes, with the sentence saying each student does it, under its rule's heading; never the course's language."""
    result, said = reply(course_in(CHEM), question, "2026-03-04 14:00")
    assert result.parts[0].intent == "everyone_must", said
    assert first_line(said).startswith("Yes"), said
    assert "each student must enter their own answers" in said, said
    assert said.startswith("Collaboration"), said


@pytest.mark.parametrize(
    "question",
    ["does everyone have to go to the review session", "do we all need to bring a calculator to the midterm"],
)
def test_no_sentence_said_of_every_one_leaves_the_question_to_other_readers(question) -> None:
    """A thing no sentence says every member does is not this reader's (no Yes from a sentence about teams)."""
    result, said = reply(course_in(CHEM), question, "2026-03-04 14:00")
    assert all(p.intent != "everyone_must" for p in result.parts), said


def test_a_sentence_saying_it_with_only_or_may_is_quoted_without_a_verdict() -> None:
    """ "Each student may bring one page": quoted, no Yes (it is allowed, not required)."""
    answer = everyone_must_answer((Said("Exams", "Each student may bring one page of notes.", frozenset()),))
    said = "".join(str(part) for line in answer.lines for part in line)
    assert not said.startswith("**Yes"), said
    assert "Each student may bring" in said, said


@pytest.mark.parametrize(
    ("question", "mine"),
    [
        ("do all of us have to enter our own answers on sapling or can one person do it", True),
        # the sentence is about problem-set answers: another piece of work asked of is not answered by it
        ("does everyone have to enter the titration data", False),
        ("do all of us have to enter the lab data", False),
    ],
)
def test_the_sentence_must_name_the_thing_every_one_must_do(question, mine) -> None:
    """The verb alone is not enough: "each student must enter their own answers" answers only of those answers."""
    result, said = reply(course_in(CHEM), question, "2026-03-04 14:00")
    assert any(p.intent == "everyone_must" for p in result.parts) == mine, said
    if not mine:
        assert "each student must enter their own answers" not in first_line(said), said
