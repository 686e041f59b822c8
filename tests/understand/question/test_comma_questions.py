"""Two questions typed with only a comma between them split into both; a story, a list, a case or a thing's
existence before its comma stays one question."""

import pytest

from bot.understand.engine import _pieces
from bot.understand.question.comma_questions import comma_questions, told_by_someone


@pytest.mark.parametrize(
    ("piece", "parts"),
    [
        ("are the labs graded, where do i see my marks", ["are the labs graded", "where do i see my marks"]),
        ("how long is the quiz, can we use notes", ["how long is the quiz", "can we use notes"]),
        ("so when is essay 2 due, do i need a cover sheet", ["so when is essay 2 due", "do i need a cover sheet"]),
        ("are there tutorials this week, who runs t3", ["are there tutorials this week", "who runs t3"]),
        (
            "when is hw1 due, where do i submit it, how late can it be",
            ["when is hw1 due", "where do i submit it", "how late can it be"],
        ),
    ],
)
def test_two_asking_clauses_split_at_their_comma(piece, parts):
    """Each clause on either side of the comma asks (a question word, or an auxiliary before a subject of its own)."""
    assert comma_questions(piece) == parts


@pytest.mark.parametrize(
    "piece",
    [
        "i'm in lab b, when is the next one",  # a story told, then the question
        "will not have wifi, can i get an extension",  # a told "won't", not an ask
        "can't finish hw3, what should i do",  # a told "can't"
        "was in the hospital all weekend, is there anything i can do",  # the subject left out of a story
        "would like a quiet room for the exam, who do i email",
        "hw1, hw2, when are they due",  # a list of works
        "is the quiz online, when and where is it",  # "when and where" asks the first clause again
        "when is the quiz, is it online",  # "is it" checks the clause before it
        "who is dana, is she a ta",
        "what if i hand in hw2 at 1am, will i lose points",  # the case, then what is asked of it
        "is there a review session, when is it",  # whether there is one, then when it is
        "when is hw3 due",
    ],
)
def test_one_question_stays_whole(piece):
    """No split where the words before the comma do not ask, or the clause after it asks of them."""
    assert comma_questions(piece) == [piece]


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("i used 2 late days on hw1 + hw2, how many are left", ["i used 2 late days on hw1 + hw2, how many are left"]),
        ("when is hw1 due + when is hw2 due", ["when is hw1 due", "when is hw2 due"]),
        ("is the midterm open book, where is it", ["is the midterm open book", "where is it"]),
    ],
)
def test_a_plus_splits_only_before_a_question(question, parts):
    """A "+" joining two works is a list inside one question; before a question word it joins two questions."""
    assert _pieces(question) == parts


@pytest.mark.parametrize(
    ("piece", "parts"),
    [
        (
            "what should i wear, someone in the group chat said sandals are fine",
            ["what should i wear", "someone in the group chat said sandals are fine"],
        ),
        ("is the quiz open book, my friend said it is", ["is the quiz open book", "my friend said it is"]),
        ("when is the exam, people are saying its moved", ["when is the exam", "people are saying its moved"]),
    ],
)
def test_what_someone_said_after_a_question_is_its_own_part(piece, parts):
    """Hearsay told after the question is the story around it, cut off so it reads as no words of the question."""
    assert comma_questions(piece) == parts
    assert told_by_someone(parts[1])
    assert not told_by_someone(parts[0])


def test_a_relayed_claim_told_first_stays_with_its_check():
    """ "my friend said X, is that true": the words before the comma do not ask, so nothing splits there."""
    piece = "my friend said the quiz moved to friday, is that true"
    assert comma_questions(piece) == [piece]
