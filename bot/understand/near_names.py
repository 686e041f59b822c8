"""Misspelled parts of a person's name next to the part that was recognised ("katy zang": "zang" read as Zhang,
"katy" close to Katie), so a yes/no question about them is read the way "who is katy zang" is."""

from __future__ import annotations

from rapidfuzz.distance import OSA

from bot.course.model import Course


def near_name_words(course: Course, person_ids: list[str], words: list[str]) -> set[str]:
    """The words that are a near spelling (same first letter, at most two edits) of a name part of a person
    already recognised in the question."""
    parts = {
        part
        for p in course.people
        if p.id in person_ids
        for name in (p.name, *p.aliases)
        for part in name.lower().replace("-", " ").split()
        if len(part) >= 3
    }
    near = set()
    for word in words:
        if len(word) < 3 or not word.isalpha():
            continue
        limit = 1 if len(word) < 4 else 2
        if any(part[0] == word[0] and OSA.distance(word, part) <= limit for part in parts):
            near.add(word)
    return near
