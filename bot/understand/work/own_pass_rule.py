"""'do i need to pass the induction quiz before doing labs': a piece of work whose own notes say it must be passed
(before entering the lab, before the exam) has a minimum of its own, though the grade scale lists no hurdle for it: Yes,
with the page's words on it, never the scale's "no minimum of its own"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.sentences import split_clauses
from bot.course.model import Course

# "you must pass it with 100%", "it has to be passed before", "passing it is required": passing it is a condition
_MUST_PASS = re.compile(
    r"\b(?:must|have\s+to|has\s+to|need\s+to|needs\s+to|required\s+to)\s+(?:be\s+)?pass(?:ed)?\b"
    r"|\bpass(?:ing)?\s+(?:it|this|the\s+\w+)\s+(?:is\s+)?(?:required|compulsory|mandatory)\b"
)
# "you do not have to pass it", "you don't need to pass it", "no need to pass it": the condition denied
_DENIED_BEFORE = re.compile(r"(?:\b(?:not|never|no)|n't)\s*$")


def _says_must_pass(clause: str) -> bool:
    """Whether the clause makes passing the work a condition, not denies it ("practice only: you do not have to pass
    it" is no minimum of its own)."""
    lowered = clause.lower()
    return any(not _DENIED_BEFORE.search(lowered[: m.start()]) for m in _MUST_PASS.finditer(lowered))


def own_pass_rule(course: Course, ids: Iterable[str]) -> tuple[str, str] | None:
    """(The work's title, its notes' sentence saying it must be passed) for the one piece of work named whose own notes
    say so; None when none does, or several are named."""
    found = []
    for work_id in dict.fromkeys(ids):
        work = course.assignment(work_id)
        if work is None or not work.notes:
            continue
        said = next((s for s in split_clauses(work.notes) if _says_must_pass(s)), None)
        if said is not None:
            found.append((work.title, said.strip()))
    return found[0] if len(found) == 1 else None
