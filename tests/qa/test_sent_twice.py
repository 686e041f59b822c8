"""A question sent twice by the same person within the window is posted once; anyone else, other words, a failed
post or a later time may post it again."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.qa.sent_twice import POSTED, POSTING, SentTwice
from tests.conftest import at

NOW = at("2024-02-12 10:00")


def test_a_question_claimed_is_posting_then_posted_then_forgotten():
    """Claimed: POSTING (a second claim is refused); marked posted: POSTED; after the window: free again."""
    seen = SentTwice()
    key = seen.key(1, 5, "HW2: spark hangs", "at reduce")
    assert seen.claim(key, NOW) is None
    assert seen.claim(key, NOW) == POSTING
    seen.posted(key, NOW)
    assert seen.claim(key, NOW + dt.timedelta(minutes=9)) == POSTED
    assert seen.claim(key, NOW + dt.timedelta(minutes=11)) is None


def test_a_failed_post_may_be_sent_again():
    """Released (posting failed): the same question may be sent again at once."""
    seen = SentTwice()
    key = seen.key(1, 5, "t", "b")
    seen.claim(key, NOW)
    seen.release(key)
    assert seen.claim(key, NOW) is None


@pytest.mark.parametrize(
    ("other", "same"),
    [
        ((1, 5, "HW2:  SPARK hangs", "at  reduce"), True),  # case and spacing
        ((1, 6, "HW2: spark hangs", "at reduce"), False),  # another person
        ((2, 5, "HW2: spark hangs", "at reduce"), False),  # another server
        ((1, 5, "HW2: spark hangs", "at map"), False),  # other details
    ],
)
def test_the_same_question_is_the_same_person_and_words(other, same):
    """Only the same person in the same server with the same words (case and spacing aside) is a repeat."""
    seen = SentTwice()
    assert (seen.key(1, 5, "HW2: spark hangs", "at reduce") == seen.key(*other)) is same


def test_nothing_readable_is_held():
    """What is held is a salted hash: neither the user id nor the words appear in it."""
    seen = SentTwice()
    key = seen.key(1, 5017, "secret words", "")
    seen.claim(key, NOW)
    assert seen.held() == 1
    assert "5017" not in key
    assert "secret" not in key
