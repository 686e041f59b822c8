"""Name matching: canonical forms ("Homework 4, Part B" == "hw4b") and close matches for typos."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable

_WORDS = {"homework": "hw", "assignment": "hw", "hws": "hw", "homeworks": "hw", "number": "", "no": "", "part": ""}
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7"}


def fold(value: str) -> str:
    """Lowercase, accents removed, punctuation to spaces, single spaces: 'Nyström!' -> 'nystrom'."""
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    value = re.sub(r"[^a-z0-9+/]+", " ", value)
    return " ".join(value.split())


def canonical(value: str) -> str:
    """The form names are compared in: 'Homework 4 Part B' -> 'hw4b', 'mini-project' -> 'miniproject'."""
    words = [_WORDS.get(w, _NUMBER_WORDS.get(w, w)) for w in fold(value).replace("/", " ").split()]
    return "".join(w for w in words if w)


def best_matches(query: str, candidates: Iterable[tuple[str, str]], cutoff: float = 0.75) -> list[str]:
    """Keys whose names match the query: exact canonical first, then prefix, then close (typo) matches.

    candidates are (key, name) pairs; a key may appear with several names.
    """
    q = canonical(query)
    if not q:
        return []
    return canonical_matches(q, [(key, canonical(name)) for key, name in candidates], cutoff)


def canonical_matches(q: str, pairs: list[tuple[str, str]], cutoff: float = 0.75) -> list[str]:
    """best_matches for a query and names already in canonical form (a course's names, made canonical once)."""
    return canonical_lookup(q, pairs, cutoff)[1]


def canonical_lookup(q: str, pairs: list[tuple[str, str]], cutoff: float = 0.75) -> tuple[str, list[str]]:
    """How the query names its keys ("exact", "prefix", "close" or "none") and the keys, best first."""
    exact = _unique(key for key, name in pairs if name == q)
    if exact:
        return "exact", exact
    prefix = _unique(key for key, name in pairs if len(q) >= 3 and name.startswith(q))
    if prefix:
        return "prefix", prefix
    # every distinct name is scored: a name listed under several spellings must not crowd the others out of the
    # best few (a generic "hw" then seemed to name only the last homework)
    names = list(dict.fromkeys(name for _, name in pairs))
    close = difflib.get_close_matches(q, names, n=max(1, len(names)), cutoff=cutoff)
    close = [name for name in close if _same_numbers(q, name)]
    keys = _unique(key for name in close for key, cand in pairs if cand == name)
    return ("close" if keys else "none"), keys


def _same_numbers(query: str, name: str) -> bool:
    """Whether a typo match keeps the query's numbers: 'hw1o' may be HW1, but 'hw10' is never HW1 and 'lab 30' never
    Lab 3 (a number is what tells one assignment, exam or lab from the next). A query with no number names none."""
    said = _NUMBERS.findall(query)
    return not said or said == _NUMBERS.findall(name)


_NUMBERS = re.compile(r"\d+")


def _unique(keys: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(keys))
