"""Every plain value a course's data holds, however deep in its records (each text, time, date and number, and every
mapping's keys): walked once per course object and kept while that object is in use, for the questions asked of the
whole course at once ("does any text of the course say this word", "is every time on a whole minute").

Generic over frozen records: dataclasses, mappings, tuples, lists and sets are walked into; anything else is a value.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping

from bot.core.kept import Kept

_LEAVES: Kept[tuple[object, ...]] = Kept(size=32)
_WORDS: Kept[frozenset[str]] = Kept(size=32)


def leaves(root: object) -> tuple[object, ...]:
    """Every plain value under `root` (each object walked once, however often it is shared), in no set order."""
    return _LEAVES.get(root, "leaves", lambda: _walk(root))


def texts(root: object) -> tuple[str, ...]:
    """Every text under `root`: names, titles, notes, rooms, a mapping's keys."""
    return tuple(value for value in leaves(root) if isinstance(value, str))


def every_word(root: object, split: Callable[[str], Iterable[str]]) -> frozenset[str]:
    """Every word of every text under `root`, as `split` reads a text's words (kept per root and `split`: pass the
    same function each time)."""
    return _WORDS.get(root, split, lambda: frozenset(w for t in texts(root) for w in split(t)))


def _walk(root: object) -> tuple[object, ...]:
    found: list[object] = []
    stack: list[object] = [root]
    seen: set[int] = set()
    while stack:
        value = stack.pop()
        if isinstance(value, Mapping | tuple | list | set | frozenset) or (
            dataclasses.is_dataclass(value) and not isinstance(value, type)
        ):
            if id(value) in seen:
                continue
            seen.add(id(value))
            if isinstance(value, Mapping):
                stack.extend(value.keys())
                stack.extend(value.values())
            elif isinstance(value, tuple | list | set | frozenset):
                stack.extend(value)
            else:
                stack.extend(getattr(value, f.name) for f in dataclasses.fields(value))
            continue
        found.append(value)
    return tuple(found)
