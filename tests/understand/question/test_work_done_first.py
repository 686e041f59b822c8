"""A piece of work told as done first: what is asked comes after it (bot.understand.question.work_done_first)."""

from __future__ import annotations

import pytest

from bot.understand.question.reading import Mention
from bot.understand.question.work_done_first import work_done_first


def _relation(question: str, work: str, *others: tuple[str, str]) -> str:
    """The relation given to `work` (a word of the question) in the question, beside other mentions (kind, word)."""
    tokens = question.split()
    mentions = [Mention("assignment", ("w",), tokens.index(work), tokens.index(work) + 1, 3.0)]
    mentions += [Mention(kind, (word,), tokens.index(word), tokens.index(word) + 1) for kind, word in others]
    return next(m for m in work_done_first(tokens, mentions) if m.kind == "assignment").relation


@pytest.mark.parametrize(
    "question",
    [
        "once the report is in tonight what is the next thing due after that",
        "after i submit the report what is next",
        "once i hand in report friday what do i work on",
        "what is due after that report is done , whats due after that",
        "once report is in whats next",
        "after report is submitted what is due",
    ],
)
def test_work_told_done_first(question):
    assert _relation(question, "report") == "after"


@pytest.mark.parametrize(
    ("question", "others"),
    [
        ("when do we submit the report", ()),
        ("is the report due before reading week or after it", (("period", "reading"),)),
        ("the walk is sat and report is due the friday after that right", ()),
        ("when is the report due", ()),
        ("when report is due where do i submit it", ()),
    ],
)
def test_work_asked_about_itself(question, others):
    """ "when do we submit" asks; "after it" of another thing named later is that thing's."""
    assert _relation(question, "report", *others) == ""
