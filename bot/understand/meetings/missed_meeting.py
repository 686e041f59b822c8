"""An absence from class meetings, with an exam only in what is asked ("i missed two tutorials, can i still sit the
exam"): the course's rule on attendance decides, not what happens when the exam itself is missed."""

from __future__ import annotations

from typing import Any

_MISSED = frozenset({"miss", "missed", "missing", "skip", "skipped", "skipping", "absent", "bunked", "bunk"})


def missed_meetings(tokens: list[str], mentions: list[Any]) -> bool:
    """Whether what was missed is a kind of class meeting ("missed two tutorials", "skipped the labs"), named
    within three words after the word for missing it, with no exam named before it."""
    kinds = sorted(m.start for m in mentions if m.kind == "kind")
    exams = [m.start for m in mentions if m.kind == "exam"]
    for i, token in enumerate(tokens):
        if token not in _MISSED:
            continue
        after = next((k for k in kinds if i < k <= i + 3), None)
        if after is not None and not any(i < e < after for e in exams):
            return True
    return False
