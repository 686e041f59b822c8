"""Closing a question as a duplicate: refusals that say what to do, and a note worded by the original's state."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.qa.duplicates import duplicate_note, duplicate_refusal
from bot.store.qa_posts import Post

NOW = dt.datetime(2024, 2, 12, 15, tzinfo=dt.UTC)


def post(number: int, **changes) -> Post:
    values = dict.fromkeys(Post.__dataclass_fields__)
    values.update(
        id=number,
        guild_id=1,
        thread_id=100 + number,
        title="t",
        body="",
        topic="other",
        visibility="public",
        via="question",
        status="unanswered",
        created_at=NOW,
        updated_at=NOW,
        starter_ours=True,
        answer_by_staff=False,
        endorsed=False,
        archived=False,
    )
    values.update(changes)
    return Post(**values)


@pytest.mark.parametrize(
    ("closed", "original", "says"),
    [
        (post(1), post(1), "cannot be a duplicate of itself"),
        (post(2), post(1, status="duplicate", duplicate_of=2), "#2 is already the original of #1"),
        (post(2), post(1, status="duplicate", duplicate_of=3), "give #3"),
        (post(2), post(1, visibility="private"), "#1 is private to staff"),
    ],
)
def test_refused_originals_say_what_to_do(closed, original, says):
    """Findings 9 and 17: no public link to a private thread; a circular duplicate is named as such."""
    assert says in duplicate_refusal(closed, original)


def test_accepted_originals():
    assert duplicate_refusal(post(2), post(1)) is None
    assert duplicate_refusal(post(2, visibility="private"), post(1, visibility="private")) is None


def test_the_note_says_answered_only_when_the_original_is():
    assert "is answered in" in "".join(map(str, duplicate_note(post(1, status="answered", answer_id=5)).lines[0]))
    assert "is asked in" in "".join(map(str, duplicate_note(post(1)).lines[0]))
