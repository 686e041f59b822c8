"""Whether a question holds each key word of a claim's phrasing in a word of its own: "teammate from a different group"
needs a word for the teammate and another for the group, so "can i switch to group 2 instead" (one "group", the one to
switch to) does not ask it, even where the thesaurus counts a group as a kind of teammate. The same word said twice
("i'm in group 1 ... switch to group 2") is still one word."""

from __future__ import annotations

from collections.abc import Sequence


def held_by_distinct_words(keys: Sequence[frozenset[str]], sources: Sequence[frozenset[str]]) -> bool:
    """Whether every key (the stems that count as one key word) can be given its own source (the stems one word of
    the question counts as), no source serving two keys. Only keys that share a stem with another compete: a key word
    said twice in the phrasing ("lab data with my lab partner") is one key, and one word holding two keys that share
    nothing ("prelab" for "pre" and "lab") is left as it was read."""
    unique = list(dict.fromkeys(keys))
    competing = [a for a in unique if any(a is not b and a & b for b in unique)]
    return not competing or _pairs(competing, list(sources))


def _pairs(keys: list[frozenset[str]], sources: list[frozenset[str]]) -> bool:
    """Whether the keys can each take a distinct source (a search over a handful of keys and words)."""
    if not keys:
        return True
    first, rest = keys[0], keys[1:]
    return any(first & source and _pairs(rest, sources[:i] + sources[i + 1 :]) for i, source in enumerate(sources))
