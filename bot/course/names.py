"""A course's names for one kind of thing (assignments, people, exams, policies), made canonical once at load, so a
typed name is looked up instead of every name being made canonical again for each question."""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.matching import canonical, canonical_lookup


class NameIndex:
    """(key, name) pairs in canonical form, with the exact matches of each canonical name at hand."""

    __slots__ = ("_exact", "pairs")

    def __init__(self, candidates: Iterable[tuple[str, str]]) -> None:
        self.pairs = [(key, canonical(name)) for key, name in candidates]
        exact: dict[str, list[str]] = {}
        for key, name in self.pairs:
            keys = exact.setdefault(name, [])
            if key not in keys:
                keys.append(key)
        self._exact = {name: tuple(keys) for name, keys in exact.items()}

    def matches(self, query: str, cutoff: float = 0.75) -> list[str]:
        """What bot.core.matching.best_matches(query, candidates, cutoff) gives: the keys named exactly, else by
        prefix, else by a close (typo) match."""
        return self.lookup(query, cutoff)[1]

    def lookup(self, query: str, cutoff: float = 0.75) -> tuple[str, list[str]]:
        """How the query names its keys ("exact", "prefix", "close" or "none": only an exact name is not a guess)
        and the keys, best first."""
        q = canonical(query)
        if not q:
            return "none", []
        found = self._exact.get(q)
        if found is not None:
            return "exact", list(found)
        return canonical_lookup(q, self.pairs, cutoff)
