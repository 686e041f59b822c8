"""'did i miss the hw1 deadline', 'did the lab report deadline already pass': whether a named item's deadline is behind
the student, which `now` settles. The student sees Yes (it was due, how long ago) or No (it is due, how soon) first,
then the item's card."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from bot.core.answer import Answer, when
from bot.course.model import Assignment
from bot.understand.answering.replies import verdict

# "did i miss it", "have we missed the deadline", "did the deadline already pass", "is it past the due date",
# "is the deadline over": whether the due moment is behind the asker.
_PASSED_ASKED = re.compile(
    r"\b(?:did|have|has|had)\s+(?:i|we|u|you|ya)\s+(?:already\s+|just\s+)?miss(?:ed)?\b"
    r"|\b(?:deadline|due\s+date)\s+(?:already\s+)?(?:pass(?:ed)?|gone|over|been)\b"
    r"|\b(?:is|was)\s+(?:it|the\s+deadline|the\s+due\s+date)\s+(?:already\s+)?(?:past|over|gone)\b"
)


def asks_if_passed(question: str) -> bool:
    """Whether the question asks if a deadline is already behind the asker ("did i miss it", "did the deadline
    already pass"), not when it is."""
    return _PASSED_ASKED.search(" ".join(question.lower().split())) is not None


def passed_verdict(answer: Answer, items: Sequence[Assignment], now: dt.datetime) -> Answer:
    """The answer opening with Yes when every item's deadline is behind `now` ("Yes: HW1 was due Mon Jan 29, 11:59 PM
    (13 days ago)"), else No with when each is due."""
    passed = all(a.due <= now for a in items)
    said: list = []
    for i, a in enumerate(items):
        said += ["; " if i else "", f"{a.short} {'was' if a.due <= now else 'is'} due ", *when(a.due)]
    return verdict(answer, passed, (*said, "."))
