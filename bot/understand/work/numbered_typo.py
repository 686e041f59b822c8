"""A misspelled series word before its number ("shet 10 due date", "quzi 4", "labb 3"): the course's own word
that numbers its items, not the nearest everyday word ("set"). The word before a number is read against the words
the course puts before its items' numbers, which a plain typo fix, not knowing the number follows, cannot prefer."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable

from rapidfuzz.distance import OSA

# A word of letters just before a number: the only place this reader looks.
_BEFORE_NUMBER = re.compile(r"\b([^\W\d_]{3,})\s*(?=\d{1,3}\b)")
_DIGIT = re.compile(r"\d")  # what every match of _BEFORE_NUMBER holds, looked for first


def series_heads(names: Iterable[str]) -> frozenset[str]:
    """The words the course puts right before its items' numbers ("sheet" of "exercise sheet 4")."""
    return frozenset(name.split()[-1] for name in names if name.split() and name.split()[-1].isalpha())


def numbered_respelled(text: str, heads: frozenset[str], known: Container[str]) -> str:
    """The text with each unknown word before a number that is one typo from exactly one of the course's series
    words (two, for a long word) replaced by that word; the text as it is when none is."""
    if not heads or _DIGIT.search(text) is None:
        return text

    def one(match: re.Match[str]) -> str:
        word = match.group(1)
        low = word.lower()
        if low in heads or low in known:
            return match.group(0)
        limit = 1 if len(low) < 8 else 2
        near = {h for h in heads if h[:1] == low[:1] and OSA.distance(low, h, score_cutoff=limit) <= limit}
        if len(near) != 1:
            return match.group(0)
        return match.group(0).replace(word, near.pop(), 1)

    return _BEFORE_NUMBER.sub(one, text)
