"""What a question asks of its subject, read from how its sentences start; two asked things clash or not."""

from __future__ import annotations

import pytest

from bot.qa.asked import asked_of, disagree


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("When is the proposal due?", "askwhen"),
        ("hey, what time does the review start", "askwhen"),
        ("what's the deadline for the report", "askwhen"),
        ("Where do we hand in the proposal?", "askwhere"),
        ("who do I email about my grade", "askwho"),
        ("how long should the report be", "asklength"),
        ("How do I install R?", "askhow"),
        ("I lost my notes. When are they posted?", "askwhen"),
        ("Can I bring a calculator?", None),
        ("My code crashes when I load the data", None),  # "when" inside a sentence asks nothing
    ],
)
def test_the_asked_thing_is_read_from_how_a_sentence_starts(question, asked):
    assert asked_of(question) == asked


@pytest.mark.parametrize(
    ("mine", "theirs", "clash"),
    [
        ("askwhen", "askwhere", True),
        ("askwhen", "asklength", True),
        ("askwhere", "askhow", False),  # where it goes in and how: one procedure
        ("askwho", "askhow", False),
        ("askwhen", "askwhen", False),
        ("askwhen", None, False),  # only one side names one: nothing to compare
    ],
)
def test_two_asked_things_clash_unless_one_answer_serves_both(mine, theirs, clash):
    assert disagree(mine, theirs) is clash
