"""The asker's own grace record, as a front end found it: what a what-if asked in plain words is computed from.

The answer engine is pure: the front ends that know who asks (/ask in Discord and the console) look the record up
and pass it in as this plain value; those that cannot (`coursebot ask`, the course forum's suggestions) pass none,
and the answer then says what it assumed rather than claiming the asker has no record.

Most questions are not what-ifs and never read the record, so a front end may pass the look-up instead of its result
(`AskerRecord.on_demand`): the store is then read once, when an answer first reads `tally`, within the same request.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.grace.engine import Tally


class AskerRecord:
    """What the front end found for the asker: their tally, or None when no record is linked to them."""

    __slots__ = ("_look_up", "_tally")

    def __init__(self, tally: Tally | None) -> None:
        self._tally, self._look_up = tally, None

    @classmethod
    def on_demand(cls, look_up: Callable[[], Tally | None]) -> AskerRecord:
        """The record look_up() finds (the tally, or None when none is linked), read only if an answer needs it."""
        record = cls(None)
        record._look_up = look_up
        return record

    @property
    def tally(self) -> Tally | None:
        if self._look_up is not None:
            self._tally, self._look_up = self._look_up(), None
        return self._tally

    def __repr__(self) -> str:
        return "AskerRecord(<not read yet>)" if self._look_up is not None else f"AskerRecord({self._tally!r})"
