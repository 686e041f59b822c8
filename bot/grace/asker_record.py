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
    """What the front end found for the asker: their tally, or None when no record is linked to them; the email of
    their link request still waiting for staff (None: none waiting); and whether they are course staff (who look a
    student's tally up with /gracedays student, never /link)."""

    __slots__ = ("_found", "_look_up", "staff")

    def __init__(self, tally: Tally | None, waiting: str | None = None, *, staff: bool = False) -> None:
        self._found: tuple[Tally | None, str | None] = (tally, waiting)
        self._look_up: Callable[[], AskerRecord] | None = None
        self.staff = staff

    @classmethod
    def on_demand(cls, look_up: Callable[[], AskerRecord], *, staff: bool = False) -> AskerRecord:
        """The record look_up() finds, read only if an answer needs it."""
        record = cls(None, staff=staff)
        record._look_up = look_up
        return record

    def _read(self) -> tuple[Tally | None, str | None]:
        if self._look_up is not None:
            found, self._look_up = self._look_up(), None
            self._found = (found.tally, found.waiting)
        return self._found

    @property
    def tally(self) -> Tally | None:
        return self._read()[0]

    @property
    def waiting(self) -> str | None:
        """The email of the asker's /link request still waiting for staff, when no record is linked to them."""
        return self._read()[1]

    def __repr__(self) -> str:
        return "AskerRecord(<not read yet>)" if self._look_up is not None else f"AskerRecord{self._found!r}"
