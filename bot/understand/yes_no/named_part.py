"""Yes on whether a piece of work has a part of some kind ("does hw3 have a programming part", "is there a written
component in hw2") when the work's own parts in the course data name it: the student sees Yes and the work's parts.
A part the data does not list decides nothing here (the data may name it otherwise: "coding" for "programming"), so
there is never a No from this; a question naming no work is left as it was."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.course.model import Assignment
from bot.understand.words.normalize import phrase_key

# "does hw3 have a programming part", "is there a written component": the kind of part asked
_ASKS_PART = re.compile(
    r"\b(?:is\s+there|are\s+there|does|do|will|has|have)\b.*?\b(?P<kind>[a-z][a-z-]+)\s+"
    r"(?:part|component|section|portion|half)s?\b",
)


def part_verdict(question: str, works: Sequence[Assignment]) -> tuple[bool, str] | None:
    """(Yes, each work's parts) when the question asks whether the work named (or each deadline of it: "hw4" is
    Part A and Part B) has a part of a kind every one's parts in the data name; None otherwise."""
    if not works or not all(w.parts for w in works):
        return None
    asked = _ASKS_PART.search(" ".join(question.lower().replace("’", "'").split()))
    if asked is None:
        return None
    kind = phrase_key(asked.group("kind"))
    if not kind or not all(any(kind == phrase_key(p)[: len(kind)] for p in w.parts) for w in works):
        return None
    return True, "; ".join(f"{w.title} has these parts: {', '.join(w.parts)}" for w in works) + "."
