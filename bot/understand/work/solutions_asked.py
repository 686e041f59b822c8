"""The solutions of a piece of work asked of, not the work ("are the ps2 solutions out", "is the hw1 answer key
posted"): when the work itself came out does not answer when its solutions do."""

from __future__ import annotations

import re

# "solutions", "the answer key", "model answers", "worked answers", "the answers"
_SOLUTIONS = re.compile(r"\b(?:solutions?|soln?s?|answer\s*keys?|(?:model|worked|sample)\s+answers?|answers)\b")


def asks_of_solutions(question: str) -> bool:
    """Whether the question asks of a work's solutions or answers, not of the work itself."""
    return _SOLUTIONS.search(question.lower()) is not None
