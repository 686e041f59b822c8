"""The asker's own grace record, as a front end found it: what a what-if asked in plain words is computed from.

The answer engine is pure: the front ends that know who asks (/ask in Discord and the console) look the record up
and pass it in as this plain value; those that cannot (`coursebot ask`, the course forum's suggestions) pass none,
and the answer then says what it assumed rather than claiming the asker has no record.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.grace.engine import Tally


@dataclass(frozen=True)
class AskerRecord:
    """What the front end found for the asker: their tally, or None when no record is linked to them."""

    tally: Tally | None
