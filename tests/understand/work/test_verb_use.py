"""A series' name used as a verb ("we have to hand in") asks about all of the course's work; used as a noun ("the
hand ins", "do labs count") or naming one item ("hand in 3") it is the series."""

from __future__ import annotations

import pytest

from bot.understand.words.normalize import words
from bot.understand.work.verb_use import used_as_verb
from tests.understand.conftest import course_in, reply


@pytest.mark.parametrize(
    ("question", "name", "verb"),
    [
        ("whats the last thing we have to hand in", "hand in", True),
        ("what do we hand in next", "hand in", True),
        ("what do i need to submit this week", "submit", True),
        ("when are the hand ins due", "hand ins", False),
        ("do we have to hand in 3 on paper", "hand in", False),
        ("can quizzes be dropped", "quizzes", False),
        ("do labs count", "labs", False),
        ("what happened to quizzes", "quizzes", False),
    ],
)
def test_a_series_name_is_a_verb_only_after_a_subject_or_have_to(question, name, verb):
    """Only a subject ("we") or "have to" right before the name makes it a verb; a number after it names an item."""
    tokens = words(question)
    key = words(name)
    start = next(i for i in range(len(tokens)) if tokens[i : i + len(key)] == key)
    assert used_as_verb(tokens, start, start + len(key)) is verb


def test_a_series_named_as_a_noun_still_narrows_the_deadlines():
    """ "when's the last problem set due": the problem sets, not the course's last deadline of any kind."""
    result, _ = reply(course_in("data/stat-187-f24"), "when's the last problem set due", "2024-10-01 10:00")
    assert result.parts[0].slots.get("series")
