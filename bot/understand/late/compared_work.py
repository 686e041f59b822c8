"""Work a question names only to compare with ("is the late penalty for the final paper 10% a day like the journal"):
the journal is what the student already knows, the final paper what is asked, so the answer is the final paper's
rule alone, never one mixing both (whose Yes for the journal and No for the paper settle nothing)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.course.model import Assignment, Course
from bot.understand.late.late_kind import work_of_kinds_listed
from bot.understand.words.normalize import holds_phrase, phrase_key

# "like the journal", "same as for lab reports", "as with hw2", "similar to the proposal"
_COMPARED = re.compile(r"\b(?:(?:just\s+)?like|(?:the\s+)?same\s+as|as\s+(?:with|for)|similar\s+to)\b")


def _names(course: Course, said: str, item: Assignment) -> bool:
    """Whether the text names the work, by one of its names or by its kind ("the journal")."""
    key = phrase_key(said)
    own = any(holds_phrase(key, phrase_key(n)) for n in (item.short, item.title, *item.aliases) if phrase_key(n))
    return own or item in work_of_kinds_listed(course, said)


def before_compared(question: str) -> str:
    """The question up to the work it compares with ("is the penalty for pre-labs 10% a day" of "... like lab
    reports"); the whole question when it compares with nothing."""
    found = _COMPARED.search(question.lower())
    return question if found is None else question[: found.start()]


def without_compared(course: Course, question: str, items: Sequence[Assignment]) -> list[Assignment]:
    """The work asked of: those named after "like" / "same as" and not before it are dropped, when some work is left
    (else every piece, as named)."""
    found = _COMPARED.search(question.lower())
    if found is None:
        return list(items)
    head, tail = question[: found.start()], question[found.end() :]
    asked = [a for a in items if _names(course, head, a) or not _names(course, tail, a)]
    return asked if asked else list(items)
