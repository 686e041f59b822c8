"""The start and end words every reader of a stated time shares."""

from __future__ import annotations

import re

import pytest

from bot.understand.times.edge_words import EDGES, ENDING, STARTING, asks_end


@pytest.mark.parametrize(
    ("question", "end", "end_or_until"),
    [
        ("does the exam finish at 12:30", True, True),
        ("is lab over at 5", True, True),
        ("when does tutorial let out", True, True),
        ("is lecture until 12:20", False, True),
        ("when does it start", False, False),
        ("is the midterm at 7pm", False, False),
    ],
)
def test_which_end_a_question_asks(question, end, end_or_until):
    """An end word or phrase asks the end; "until" only where a bound at the end counts."""
    assert asks_end(question) is end
    assert asks_end(question, until=True) is end_or_until


def test_the_edges_are_one_alternation_of_both_tables():
    """Every start and end word, and the phrases, are read by a reader's own pattern; no word is both."""
    edge = re.compile(rf"^(?:{EDGES})$")
    assert all(edge.match(w) for w in STARTING | ENDING)
    assert edge.match("lets  out")
    assert not STARTING & ENDING
