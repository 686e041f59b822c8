"""Values built from an immutable object (a course, an answer) kept for as long as that very object is in use, so
work that depends on nothing else is done once: every student running /staff gets the same answer.

An entry holds its object weakly and is found only for the same object (not an equal one): a course reloaded
from its files, or an answer built again, is a new object and gets a new value. At most `size` entries are kept,
the least recently used dropped first (what students type can differ every time).
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")


class Kept(Generic[T]):
    """`get(owner, key, build)`: build()'s value for this owner and key, built once while both are in use."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[tuple[int, Hashable], tuple[weakref.ref, T]] = OrderedDict()

    def get(self, owner: object, key: Hashable, build: Callable[[], T]) -> T:
        slot = (id(owner), key)
        entry = self._entries.get(slot)
        if entry is not None and entry[0]() is owner:
            self._entries.move_to_end(slot)
            return entry[1]
        value = build()  # an exception is raised to the caller and nothing is kept
        self._entries[slot] = (weakref.ref(owner), value)
        self._entries.move_to_end(slot)
        if len(self._entries) > self.size:
            self._entries.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        self._entries.clear()
