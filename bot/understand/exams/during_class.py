"""Whether an exam question asks if the exam is held in class time ("is the midterm during class", "is the final in
lecture"), as opposed to naming a room ("is the midterm in the lecture hall": a place, answered by its room)."""

from __future__ import annotations

from collections.abc import Sequence

# Everyday nouns that make "lecture" or "class" part of a room's name ("the lecture hall", "a class room").
PLACE_NOUNS = frozenset(
    {"hall", "halls", "room", "rooms", "theatre", "theater", "building", "auditorium", "centre", "center", "classroom"}
)


def asks_during_class(tokens: Sequence[str]) -> bool:
    """ "during" asks class time; "in" does too, unless a room's noun follows it ("in the lecture hall")."""
    if "during" in tokens:
        return True
    if "in" not in tokens:
        return False
    after = tokens[tokens.index("in") + 1 :]
    return PLACE_NOUNS.isdisjoint(after)
