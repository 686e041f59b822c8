"""A yes/no question asked with its own negation is told apart from a plain one and from a confirming contraction."""

from __future__ import annotations

import pytest

from bot.understand.yes_no.negation import negated


@pytest.mark.parametrize(
    "question",
    [
        "is there no required textbook",
        "do i not need boots",
        "can i NOT take the exam early",
        "are helmets not provided",
        "do 405 students not do the mini project",
        "is pass fail not allowed",
        "are there never quizzes on fridays",
        "is the workshop not in the archive reading room",
        "i'm confused. is there no lab this week?",  # the asked sentence is the second one
        "quiz 4 closed, can i still not take it",  # the negation is in the may-I itself
        "i am sick this week, can i not come to lab",  # told before a comma, the may-I holds its own "not"
    ],
)
def test_a_negation_in_the_asked_clause_turns_the_question(question):
    assert negated(question)


@pytest.mark.parametrize(
    "question",
    [
        "is there a required textbook",
        "isn't hw3 due friday?",  # a contraction asks to confirm the plain question
        "ps3 was due on the thursday not the friday right",  # the day claimed, another set aside
        "hw2 is due monday, not on tuesday?",
        "can't i use ai",
        "is it allowed or not",
        "can i submit late if i have no internet",  # the "no" is in the condition, not in what is asked
        "when is hw3 due",
        "what if i don't submit anything",
        "can i do the essay alone? i don't know anyone in the class yet",  # told in a sentence of its own
        "may i answer the final in french. english is not my first language",
        "i never got a partner. can i do the project by myself?",
        "quiz 4 is over and i never took it, can i still do it",  # the story before a may-I
        "the lab closed, i did not finish, could we still hand it in",
        "im away at a tournament and wont have my laptop, can i get more time on hw2",  # a story before a comma
        "i am moving house that weekend and will not have internet, may we hand in on paper",
        "i was ill and never opened the site, is there any way i can still do quiz 2",
    ],
)
def test_plain_and_confirming_questions_are_not_turned(question):
    assert not negated(question)


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("if i submit sheet 2 now how many flex hours does it use", True),
        ("how much is the late penalty", True),
        ("can i use 3 grace days on hw3", False),
        ("how many grace days do i have, can i use 2 on hw3", False),  # a yes/no clause of its own
    ],
)
def test_a_how_many_question_is_told_from_a_yes_no_one(question, amount):
    from bot.understand.yes_no.negation import asks_amount

    assert asks_amount(question) is amount
