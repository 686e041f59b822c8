"""Which announcements are done, per server, kept between sweeps: what a sweep reads before it posts anything.

A server's delivery log grows all term (a reminder per deadline and offset, per subscriber) and over years of reuse.
Reading and indexing all of it on every sweep cost up to a second at 50,000 rows, on the event loop, where every
slash command waited behind it. Instead each server's finished rows are indexed once (bot.announce.identity
Delivered) and, before each use, brought up to date with the log's changes numbered since the last reading
(bot.store.deliveries changed_since): nothing changed costs one indexed look-up; a change costs its own rows.

The numbers are given by the database itself on every write, by any process on the file (a second bot in an
overlapping deploy, a previous version, the command line), so nothing another process finished is missed. The
index only decides what to try: claiming in the store still decides who posts.
"""

from __future__ import annotations

from bot.announce.identity import Delivered, Row
from bot.store.deliveries import DeliveryLog

_EVERY_ROW = -1  # read from before the first change: every row the log has


class FinishedLog:
    """`of(guild_id)`: that server's finished deliveries, indexed and up to date with the store as of the call."""

    def __init__(self, deliveries: DeliveryLog) -> None:
        self.deliveries = deliveries
        self._kept: dict[int | None, tuple[Delivered, int]] = {}

    def of(self, guild_id: int | None) -> Delivered:
        if self.deliveries.in_transaction:
            # Rows read inside an open transaction may yet be rolled back: read them all, and keep nothing.
            return self._caught_up(Delivered(), _EVERY_ROW, guild_id)[0]
        delivered, seen = self._kept.get(guild_id) or (Delivered(), _EVERY_ROW)
        self._kept[guild_id] = self._caught_up(delivered, seen, guild_id)
        return delivered

    def _caught_up(self, delivered: Delivered, seen: int, guild_id: int | None) -> tuple[Delivered, int]:
        for change in self.deliveries.changed_since(guild_id, seen):
            if change.status is None or change.claimed_at is None:
                delivered.drop(change.key)
            else:
                delivered.put(change.key, Row(claimed_at=change.claimed_at, sent=change.status == "sent"))
            seen = change.seq
        return delivered, seen
