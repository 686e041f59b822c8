"""What an open question asks for: a time of day, a date, a place, a name or a number, read from its question words
wherever they open the question or a clause of it; a question asking none of these (or a question word inside a
statement) asks for no one kind."""

from __future__ import annotations

import pytest

from bot.understand.open_answer.asked_kind import CLOCK, DATE, NUMBER, PERSON, PLACE, asked_kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("what time does the lab start", CLOCK),
        ("what time on friday", CLOCK),  # the time of day before the day
        ("wat time do solutions get posted", CLOCK),  # a chat spelling
        ("whats the time for the study group", CLOCK),  # the kind named, no question word
        ("whats the deadline for the erasmus application", DATE),
        ("what is the room for the final", PLACE),
        ("when is the retake", DATE),
        ("whens the boat trip", DATE),
        ("ok so when do we get essay 1 back", DATE),
        ("hw3, by when do i have to submit it", DATE),
        ("untill when can i deregister", DATE),
        ("which day is the oral", DATE),
        ("where is the tutorial", PLACE),
        ("what room is the final in", PLACE),
        ("who marks the essays", PERSON),
        ("whos giving the guest lecture", PERSON),
        ("how many quizzes are there", NUMBER),
        ("how much is the project worth", NUMBER),
        ("how long is the exam", NUMBER),
        ("how far in advance do i need to ask", NUMBER),
        ("what percentage is the final", NUMBER),
    ],
)
def test_a_question_word_names_the_kind_asked(question, kind):
    assert asked_kind(question) is kind


@pytest.mark.parametrize(
    "question",
    [
        "what happens when i run out of late days",  # "when" inside a statement
        "how do i ask for an extension",
        "what do we do in lab this week",
        "where are we in the course",  # how far the term is, not a place
        "where r we up to",
        "what is the textbook",
        "how much longer is the break",
    ],
)
def test_a_question_asking_no_one_kind_is_left_alone(question):
    assert asked_kind(question) is None
