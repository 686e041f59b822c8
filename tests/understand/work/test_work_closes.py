"""Work that closes or locks: its deadline is asked."""

from __future__ import annotations

from dataclasses import dataclass

from bot.understand.work.work_closes import closing_words
from tests.understand.conftest import reply


@dataclass(frozen=True)
class _M:
    kind: str
    start: int
    end: int


def test_the_verb_after_the_work_named():
    tokens = ["when", "does", "ww3", "actually", "close"]
    assert closing_words(tokens, [_M("assignment", 2, 3)]) == {4}
    # a verb far from the work, or with no work named, asks nothing of a deadline
    assert closing_words(["is", "the", "hot", "seat", "closed"], [_M("place", 2, 4)]) == frozenset()
    assert closing_words(["hw3", "is", "hard", "and", "the", "lab", "closes"], [_M("assignment", 0, 1)]) == frozenset()


def test_work_not_named_closing_at_a_time_named():
    """ "anything closing over the weekend": a deadline asked when a time is named, never without one."""
    tokens = ["anything", "closing", "over", "the", "weekend"]
    assert closing_words(tokens, [], timed=True) == {1}
    assert closing_words(tokens, [], timed=False) == frozenset()
    assert closing_words(["what", "time", "does", "the", "library", "close"], [], timed=True) == frozenset()


def test_a_closing_item_is_its_due_date(course):
    result, said = reply(course, "when does the homework close tomorrow", "2024-02-12 10:00")
    assert result.parts[0].intent == "due_soon"
    assert "Nothing is due tomorrow" in said
    result, _ = reply(course, "does hw4 lock at midnight", "2024-02-12 10:00")
    assert result.parts[0].intent == "assignment_due"
