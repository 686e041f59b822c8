"""A count asked of a rule that gives none (bot.understand.policies.count_unstated): said to be not on the page."""

from __future__ import annotations

import pytest

from bot.understand.policies.count_unstated import count_unstated, counted_words

RULE = "Every project needs informed consent from the people you interview. Record interviews only with consent."


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("how many interviews do we need", ["interviews"]),
        ("how many late days can i use", ["late", "days"]),
        ("so how many sources should the paper have", ["sources"]),
        ("when is the paper due", []),
    ],
)
def test_the_thing_counted(question, words):
    """The words after "how many", up to the verb or pronoun that follows them."""
    assert counted_words(question) == words


@pytest.mark.parametrize(
    ("page", "unstated"),
    [
        (RULE, "interviews"),  # named, never counted
        ("Conduct at least three recorded interviews.", ""),  # counted past amount words and a describing word
        ("Interviews: 3, each 30 minutes.", ""),  # counted after it, as a list gives it
        ("Instalment 3: reflect on one interview.", "interviews"),  # a numbering and "one" are no count of them
        ("Do at least one interview a week.", ""),  # "at least one" is
        ("Interviews are 5% of the grade.", "interviews"),  # a share, no count
        ("Bring your student card.", ""),  # not named at all: not this reader's matter
    ],
)
def test_a_count_the_page_does_not_give(page, unstated):
    assert count_unstated("how many interviews do we need to do", page) == unstated
