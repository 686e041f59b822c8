"""'does the essay have a word limit': Yes from a shown sentence that bounds the words by a number, else nothing."""

from __future__ import annotations

import pytest

from bot.understand.yes_no.stated_limit import asked_limit, limit_verdict

SHOWN = ["Essays must not exceed 2,500 words. Markers will stop reading at the word limit."]


@pytest.mark.parametrize(
    "question",
    ["does the essay have a word limit", "is there a word limit on essays?", "any word cap for the essay"],
)
def test_a_number_of_words_bounded_is_yes(question):
    assert limit_verdict(question, SHOWN) == (True, "Essays must not exceed 2,500 words.")


def test_another_measure_or_no_number_decides_nothing():
    """A page limit is not a word limit; a sentence without a number gives no Yes."""
    assert limit_verdict("is there a page limit on the essay", SHOWN) is None
    assert limit_verdict("is there a word limit", ["Keep essays concise."]) is None


def test_a_page_saying_there_is_none_gives_no_yes():
    assert limit_verdict("is there a word limit", ["There is no word limit, but 2,000 words is typical."]) is None


def test_a_question_asking_of_no_limit_is_left():
    assert asked_limit("how long should the essay be") is None
    assert asked_limit("is there a time limit on the quiz") == "time"
