"""Reads kept in memory until the database changes, so the reads every command makes (a server's settings, what
staff published, whether anyone is owed a notice) cost nothing instead of a query each.

Any change empties the cache: one made through this connection moves `total_changes`, and a commit by any other
connection, in this process or another (the command line importing grades, a second bot), changes the header of
the database's shared WAL index (bot.store.commit_marker, one system call to read), or, where that cannot be read,
SQLite's `PRAGMA data_version`. While an interaction is handled (`pinned()`) other connections' commits are looked
for once, when it starts: the interaction sees every commit made before it arrived, and its own writes at once.
Anything else (scheduled sweeps, listeners, the command line) looks on every read. Inside a transaction nothing is
kept: what it read may yet be rolled back.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from contextvars import ContextVar
from typing import TYPE_CHECKING, TypeVar

from bot.store.commit_marker import CommitMarker

if TYPE_CHECKING:
    from bot.store.database import Store

T = TypeVar("T")


class _Pin:
    """What one interaction saw of other connections' commits, from entering to leaving (`with cache.pinned():`). Tasks
    started inside the interaction inherit it (a context is copied into a new task), so it is closed when the
    interaction ends rather than only unset."""

    __slots__ = ("_token", "cache", "open", "version")

    def __init__(self, cache: ReadCache) -> None:
        self.cache, self.open = cache, False
        self.version: bytes | int = 0

    def __enter__(self) -> None:
        self.version = self.cache._outside_version()
        self.open = True
        self._token = _PIN.set(self)

    def __exit__(self, *exc: object) -> None:
        self.open = False
        _PIN.reset(self._token)


_PIN: ContextVar[_Pin | None] = ContextVar("read_cache_pin", default=None)


class ReadCache:
    """`get(key, read)`: read()'s value, kept until the database changes. Values must not be changed by callers
    (hand out immutable values, or copies)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._conn = store.db.conn  # the store's one connection, for its life: asked on every read
        self._generation: tuple[bytes | int, int] | None = None
        self._values: dict[Hashable, object] = {}
        self._marker = CommitMarker(store.path, self._conn)

    def _data_version(self) -> int:
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def _outside_version(self) -> bytes | int:
        """Different after any other connection's commit (and after some of this one's)."""
        marker = self._marker.read()
        return marker if marker is not None else self._data_version()

    def generation(self) -> tuple[bytes | int, int] | None:
        """Different after any change to the database; None inside a transaction (nothing may be kept then)."""
        conn = self._conn
        if conn.in_transaction:
            return None
        pin = _PIN.get()
        if pin is not None and pin.open and pin.cache is self:
            return pin.version, conn.total_changes
        # Read before the query it guards: a commit landing in between is seen as a change next time.
        return self._outside_version(), conn.total_changes

    def pinned(self) -> _Pin:
        """While inside (one interaction, in its task): other connections' commits are looked for once, on
        entering."""
        return _Pin(self)

    def get(self, key: Hashable, read: Callable[[], T]) -> T:
        generation = self.generation()
        if generation is None:
            return read()
        if generation != self._generation:
            self._values.clear()
            self._generation = generation
        try:
            return self._values[key]  # type: ignore[return-value]
        except KeyError:
            value = self._values[key] = read()
            return value

    def clear(self) -> None:
        self._values.clear()
        self._generation = None

    def close(self) -> None:
        """The store is closing: nothing more is kept."""
        self.clear()
        self._marker.close()
