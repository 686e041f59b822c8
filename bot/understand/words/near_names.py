"""Misspelled parts of a person's name next to the part that was recognised ("katy zang": "zang" read as Zhang,
"katy" close to Katie), so a yes/no question about them is read the way "who is katy zang" is."""

from __future__ import annotations

from rapidfuzz.distance import OSA

from bot.core.kept import Kept
from bot.course.model import Course

# Per course, built once: each person's name parts (three letters or more), by the person's id.
_PARTS: Kept[dict[str, frozenset[str]]] = Kept(size=32)


def _name_parts(course: Course) -> dict[str, frozenset[str]]:
    """Each person's name parts by id (a later person of the same id adds to the earlier's)."""
    parts: dict[str, set[str]] = {}
    for p in course.people:
        mine = parts.setdefault(p.id, set())
        for name in (p.name, *p.aliases):
            mine.update(part for part in name.lower().replace("-", " ").split() if len(part) >= 3)
    return {ident: frozenset(found) for ident, found in parts.items()}


def near_name_words(course: Course, person_ids: list[str], words: list[str]) -> set[str]:
    """The words that are a near spelling (same first letter, at most two edits) of a name part of a person
    already recognised in the question."""
    by_person = _PARTS.get(course, "parts", lambda: _name_parts(course))
    parts = set().union(*(by_person.get(ident, ()) for ident in person_ids))
    if not parts:
        return set()
    near = set()
    for word in words:
        if len(word) < 3 or not word.isalpha():
            continue
        limit = 1 if len(word) < 4 else 2
        if any(part[0] == word[0] and OSA.distance(word, part) <= limit for part in parts):
            near.add(word)
    return near
