"""The forum's pace limit: at most `limit` posts per person per window, counted under a salted hash only, each
count forgotten once its window has passed (bot.qa.asking_pace)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.qa.asking_pace import FOLLOW_UPS, QUESTIONS, AskingPace
from tests.conftest import at

NOW = at("2024-02-12 10:00")
MINUTE = dt.timedelta(minutes=1)


@pytest.mark.parametrize(
    ("posts", "asked_after", "allowed"),
    [
        (4, 1, True),  # under the limit
        (5, 1, False),  # at the limit, within the window
        (5, 15, True),  # the first post has left the window
        (5, 14, False),
    ],
)
def test_a_person_may_post_up_to_the_limit_per_window(posts, asked_after, allowed):
    """Five questions within fifteen minutes; the sixth waits until the first leaves the window."""
    pace = AskingPace(limit=5, window=15 * MINUTE)
    for n in range(posts):
        pace.count(QUESTIONS, 1, 42, NOW + n * dt.timedelta(seconds=10))
    waited = pace.wait_until(QUESTIONS, 1, 42, NOW + asked_after * MINUTE)
    assert (waited is None) == allowed
    if not allowed:
        assert waited == NOW + 15 * MINUTE


def test_people_servers_and_kinds_are_counted_apart():
    """Another student, another server, or follow-ups rather than questions: a count of its own."""
    pace = AskingPace(limit=1)
    pace.count(QUESTIONS, 1, 42, NOW)
    assert pace.wait_until(QUESTIONS, 1, 42, NOW) is not None
    assert pace.wait_until(QUESTIONS, 1, 43, NOW) is None
    assert pace.wait_until(QUESTIONS, 2, 42, NOW) is None
    assert pace.wait_until(FOLLOW_UPS, 1, 42, NOW) is None


def test_nothing_held_names_the_person_and_old_counts_are_forgotten():
    """The keys held are salted hashes (no id in them; another salt, other keys), and a count outlives its window
    by not one check."""
    pace, other = AskingPace(), AskingPace()
    pace.count(QUESTIONS, 1000, 424242424242, NOW)
    (key,) = pace._times
    assert "424242424242" not in key
    assert "1000" not in key
    other.count(QUESTIONS, 1000, 424242424242, NOW)
    assert set(other._times) != {key}
    assert pace.held() == 1
    pace.wait_until(QUESTIONS, 1, 7, NOW + pace.window)
    assert pace.held() == 0


def test_the_refusal_says_how_many_and_when():
    """The student is told the limit, the window and when they can post again, and that nothing was posted."""
    said = AskingPace(limit=5, window=15 * MINUTE).refusal(QUESTIONS, "Mon Feb 12, 10:15 AM")
    assert "posted 5 questions in the last 15 minutes" in said
    assert "again at Mon Feb 12, 10:15 AM" in said
    assert "nothing was posted" in said


def test_a_reservation_counts_at_once_and_a_failed_post_gives_it_back():
    """Reserving checks and counts in one step (the sixth reservation in the window is refused); releasing a post
    that failed frees its slot, and only one slot."""
    pace = AskingPace(limit=5, window=15 * MINUTE)
    assert [pace.reserve(QUESTIONS, 1, 42, NOW) for _ in range(6)] == [None] * 5 + [NOW + 15 * MINUTE]
    pace.release(QUESTIONS, 1, 42, NOW)
    assert pace.reserve(QUESTIONS, 1, 42, NOW) is None
    assert pace.reserve(QUESTIONS, 1, 42, NOW) is not None
