"""'can the notes sheet be double sided', 'can i write on both sides of my formula sheet': how many sides of a sheet
a student asks to use, held against the sides an exam's rule allows ("one A4 sheet of notes (one side only)").
The student sees No when they ask for both sides and the rule allows one, Yes when the rule allows as many, and no
Yes or No when the rule says nothing of sides."""

from __future__ import annotations

import re

_BOTH = re.compile(
    r"\b(?:double|two|2|both)[\s-]*sided\b|\bboth\s+sides\b|\btwo\s+sides\b|\bfront\s+and\s+back\b"
    r"|\bback\s+and\s+front\b|\bdouble[\s-]*side\b"
)
_ONE = re.compile(r"\b(?:single|one|1)[\s-]*sided\b|\bone\s+side\b|\bsingle\s+side\b")


def sides_of(text: str) -> int | None:
    """The sides a text speaks of: 2 ("double sided", "both sides"), 1 ("one side only"), None when neither."""
    low = " ".join(text.lower().split())
    if _BOTH.search(low):
        return 2
    if _ONE.search(low):
        return 1
    return None


def sides_verdict(question: str, allowing_rule: str) -> bool | None:
    """Yes when the sides asked are within the sides the rule allows, No when they are more, None when the question
    asks of no sides or the rule gives none."""
    asked = sides_of(question)
    if asked is None:
        return None
    allowed = sides_of(allowing_rule)
    return None if allowed is None else asked <= allowed
