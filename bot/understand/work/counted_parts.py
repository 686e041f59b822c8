"""A count of a named piece of work's own parts ("how many questions are on quiz 2", "how many pages is the essay"):
the work is asked about (its notes give the count when the page does), not a schedule topic that shares the
counted word ("Tutorial 1: problem question")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

# Words for the parts a piece of work is made of, as students count them (in both numbers).
_PART_WORDS = frozenset(
    {"question", "questions", "problem", "problems", "page", "pages", "word", "words", "task", "tasks", "exercise"}
    | {"exercises", "part", "parts", "mcq", "mcqs"}
)


def counted_part(tokens: Sequence[str]) -> int | None:
    """Where the part counted by "how many" is ("how many questions" -> the index of "questions"), or None."""
    for i in range(len(tokens) - 2):
        if tokens[i] == "how" and tokens[i + 1] == "many" and tokens[i + 2] in _PART_WORDS:
            return i + 2
    return None


def counts_work_parts(tokens: Sequence[str], mentions: Iterable[Any]) -> bool:
    """Whether "how many" counts the parts of a piece of work or an exam the question names."""
    return counted_part(tokens) is not None and any(m.kind in ("assignment", "series", "exam") for m in mentions)


def work_named_alone(tokens: Sequence[str], mentions: Iterable[Any]) -> bool:
    """A piece of work is named, and no exam, and no policy but by the counted word ("questions" of a forum's
    policy) or by the work's own name ("quiz" of a quizzes policy): the work's card holds what is counted, if the
    page says."""
    mentions = list(mentions)
    at = counted_part(tokens)
    work = {i for m in mentions if m.kind in ("assignment", "series") for i in range(m.start, m.end)}
    others = {
        m.kind
        for m in mentions
        if m.kind in ("exam", "policy")
        and not (m.kind == "policy" and (m.start <= (at or -1) < m.end or set(range(m.start, m.end)) <= work))
    }
    return bool(work) and not others
