"""A numbered thing the question names ("for exam 2") that the found schedule rows name only by another number
("Practice Exam 1 Solutions"): those rows are about another one and do not answer it."""

from __future__ import annotations

import re
from collections.abc import Sequence

_NUMBERED = re.compile(r"\b([a-z]+)\s*#?\s*(\d{1,2})\b")


def _pairs(text_: str) -> set[tuple[str, str]]:
    return {(w, n.lstrip("0") or "0") for w, n in _NUMBERED.findall(text_.lower())}


def other_numbered(question: str, titles: Sequence[str]) -> str | None:
    """The question's numbered name ("exam 2") that no title holds while some title holds that word with another
    number; None when the titles hold every numbered name asked, or none of their words."""
    found = set().union(*(_pairs(t) for t in titles)) if titles else set()
    for word, number in sorted(_pairs(question)):
        if (word, number) in found:
            continue
        if any(w == word and n != number for w, n in found):
            return f"{word.capitalize()} {number}"
    return None
