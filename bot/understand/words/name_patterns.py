"""Patterns built from the course's own names (an assignment's id and aliases, a kind of meeting's name), compiled
once per set of names and kept, not built and looked up again for every question: Python's own cache holds 512
patterns, fewer than a course's names times the readers that look for them, so such patterns were compiled anew
(parsed in Python) on many questions. Each is one alternation of the names, so one search looks for all of them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache


def any_name(names: Iterable[str], before: str = "", after: str = "") -> re.Pattern[str]:
    """A pattern matching where any of the names (escaped, as given) matches between `before` and `after` (pattern
    text): `re.search` finds a match exactly when one of `before + name + after` alone would."""
    return _compiled(before, tuple(dict.fromkeys(names)), after)


@lru_cache(maxsize=4096)  # keyed by the course's names, never by a question
def _compiled(before: str, names: tuple[str, ...], after: str) -> re.Pattern[str]:
    if not names:
        return re.compile(r"(?!)")  # no name: nothing matches, as any() of no searches is False
    return re.compile(f"{before}(?:{'|'.join(map(re.escape, names))}){after}")


# A name standing as a word of its own: not inside "hw2b" or "pre-hw2".
ALONE_BEFORE = r"(?<![\w-])"
ALONE_AFTER = r"(?![\w-])"


def alone(names: Iterable[str]) -> re.Pattern[str]:
    """Any of the names standing as a word of its own (the names as given: lowercase them for a lowercased text)."""
    return any_name(names, ALONE_BEFORE, ALONE_AFTER)
