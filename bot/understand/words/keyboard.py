"""Which letters sit next to each other on a keyboard: a short word typed with one key's neighbour ("dowm" for "down",
"lste" for "late") is a slip of the finger, where a letter far from it is more likely another word."""

from __future__ import annotations

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbours() -> dict[str, frozenset[str]]:
    """Each letter's neighbours on a QWERTY keyboard: beside it in its row, and touching it in the rows above and
    below (a row is offset half a key to the right of the one above it)."""
    found: dict[str, set[str]] = {c: set() for row in _ROWS for c in row}
    for r, row in enumerate(_ROWS):
        for i, c in enumerate(row):
            found[c] |= {row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)}
            if r + 1 < len(_ROWS):
                below = _ROWS[r + 1]
                for j in (i - 1, i):
                    if 0 <= j < len(below):
                        found[c].add(below[j])
                        found[below[j]].add(c)
    return {c: frozenset(n) for c, n in found.items()}


NEIGHBOURS = _neighbours()


def next_key_slip(typed: str, meant: str) -> bool:
    """Whether `typed` is `meant` with one letter, not the first, replaced by a key next to it ("dowm", "down")."""
    if len(typed) != len(meant) or typed[:1] != meant[:1]:
        return False
    differ = [(a, b) for a, b in zip(typed, meant, strict=True) if a != b]
    return len(differ) == 1 and differ[0][0] in NEIGHBOURS.get(differ[0][1], frozenset())
