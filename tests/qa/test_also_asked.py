"""Questions that ask whether something holds of another thing too, and the thing they compare with."""

from __future__ import annotations

import pytest

from bot.qa.also_asked import asks_of_another, known_of


@pytest.mark.parametrize(
    ("question", "also"),
    [
        ("is the resit also open book or is that one closed book", True),
        ("are the recitations recorded too or only lecture", True),
        ("does my extra time apply to the thursday quizzes too", True),
        ("does the late token work for the proposal as well or just essays", True),
        ("does my support plan cover essays, not just exams?", True),
        ("labs recorded too?", True),
        ("is the make-up midterm the same format as the real one", True),
        # "too" of degree, and "also" opening a clause of its own.
        ("is it too late to change our topic", False),
        ("my laptop is too slow for the homework, is there a loaner", False),
        ("there's four of us, is that too many", False),
        ("gradescope doesnt have me in the class, also hw1 is already due", False),
        ("are the lectures recorded", False),
        ("do you want the notebook only or also an html version", False),
    ],
)
def test_a_question_on_another_thing_too_is_told_apart(question, also):
    assert asks_of_another(question) is also


@pytest.mark.parametrize(
    ("question", "known"),
    [
        ("are the recitations recorded too or only lecture", "lecture"),
        ("can i bring my index card to the midterms too or is that only for the final", "for the final"),
        ("does my support plan give me extra time on the essays too, not just in exams", "in exams"),
        ("are the labs recorded too like lectures", "lectures"),
        ("is the resit also open book", ""),
    ],
)
def test_the_thing_compared_with_is_read(question, known):
    assert known_of(question) == known
