"""The delivery log: every announcement and DM is claimed before it is sent and confirmed after.

A key is posted by exactly one process: the claim is one immediate transaction. A claim whose lease ran out (its
process died between claim and confirm) can be taken over; the new owner must first check whether the earlier
attempt reached Discord. Items that will never be sent are marked skipped or failed, so nothing retries by accident.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.store.encoding import from_db, server_key, to_db

if TYPE_CHECKING:
    from bot.store.database import Store


TWIN_NOTE = "twin of "  # a legacy-format row written beside a claim, so a previous version sees the item taken
# A channel post Discord refused because the channel is gone or closed to the bot: failed for now, and tried again
# when staff set a channel, when the bot restarts, and every little while (the channel may come back).
UNREACHABLE_NOTE = "channel unreachable, retried when a channel is set or it is back: "


@dataclass(frozen=True)
class LegacyClaim:
    """The key a previous version used for the same item (before keys named their moment), so that two versions
    sharing one database (an overlapping deploy, a rollback) never both post it: a claim under either blocks the
    other. `stem`: the old key ended with a position, so any `<key>:<n>` counts; `twin`: the exact old key written
    beside the claim (None when it cannot be named); `at`: the item's planned time (an older claim was for an
    earlier moment of a moved item, and does not block)."""

    key: str
    at: dt.datetime
    stem: bool = False
    twin: str | None = None


@dataclass(frozen=True)
class Delivery:
    guild_id: int
    key: str
    status: str  # claimed | sent | skipped | failed
    owner: str
    claimed_at: dt.datetime
    lease_until: dt.datetime
    done_at: dt.datetime | None
    message_id: int | None
    channel_id: int | None
    late: bool
    note: str


@dataclass(frozen=True, slots=True)
class LogChange:
    """One key of a server's delivery log as it is after a numbered change (`seq`): finished (`status` sent,
    skipped or failed, first claimed at `claimed_at`), or not finished (None: claimed, a twin, or no row any more)."""

    seq: int
    key: str
    status: str | None
    claimed_at: dt.datetime | None


class DeliveryLog:
    def __init__(self, store: Store) -> None:
        self.store = store

    def claim(
        self,
        guild_id: int | None,
        key: str,
        owner: str,
        now: dt.datetime,
        lease: dt.timedelta,
        *,
        staff_post: int | None = None,
        legacy: LegacyClaim | None = None,
    ) -> bool:
        """Take the right to post (guild, key). True for exactly one caller, across processes sharing the file.
        With `staff_post`, only while that staff announcement is not cancelled: read in this same write
        transaction, so a cancel either lands first (no claim) or finds the claim (and is refused).
        With `legacy`, only while no previous version claimed the item under its old key (read in this transaction),
        and the old key is written too (finished, marked as a twin), so a previous version sees it taken."""
        guild = server_key(guild_id)
        with self.store.immediate() as db:
            if staff_post is not None and not self._live(db, guild, staff_post):
                return False
            if legacy is not None and self._legacy_taken(db, guild, legacy, now):
                return False
            row = db.execute(
                "SELECT status, lease_until <= ? FROM deliveries WHERE guild_id = ? AND key = ?",
                [to_db(now), guild, key],
            ).fetchone()
            if row is None:
                db.execute(
                    "INSERT INTO deliveries (guild_id, key, status, owner, claimed_at, lease_until, late) "
                    "VALUES (?, ?, 'claimed', ?, ?, ?, 0)",
                    [guild, key, owner, to_db(now), to_db(now + lease)],
                )
                if legacy is not None and legacy.twin is not None:
                    db.execute(
                        "INSERT OR IGNORE INTO deliveries "
                        "(guild_id, key, status, owner, claimed_at, lease_until, done_at, late, note) "
                        "VALUES (?, ?, 'sent', ?, ?, ?, ?, 0, ?)",
                        [guild, legacy.twin, owner, to_db(now), to_db(now), to_db(now), TWIN_NOTE + key],
                    )
                return True
            status, expired = row
            if status == "claimed" and expired:
                db.execute(
                    "UPDATE deliveries SET owner = ?, lease_until = ? WHERE guild_id = ? AND key = ?",
                    [owner, to_db(now + lease), guild, key],
                )
                return True
        return False

    @staticmethod
    def _legacy_taken(db, guild: int, legacy: LegacyClaim, now: dt.datetime) -> bool:
        """A previous version claimed (or posted) this item under its old key, at or after its planned time. A claim
        of its whose lease ran out (that process died mid-post) does not block: nobody else would ever post it."""
        columns = "SELECT claimed_at, note, status, lease_until FROM deliveries WHERE guild_id = ? AND "
        if legacy.stem:
            prefix = legacy.key + ":"
            rows = db.execute(columns + "substr(key, 1, ?) = ?", [guild, len(prefix), prefix])
        else:
            rows = db.execute(columns + "key = ?", [guild, legacy.key])
        return any(
            not (note or "").startswith(TWIN_NOTE)
            and claimed >= to_db(legacy.at)
            and (status != "claimed" or lease > to_db(now))
            for claimed, note, status, lease in rows
        )

    @staticmethod
    def _live(db, guild: int, post_id: int) -> bool:
        row = db.execute(
            "SELECT 1 FROM staff_posts WHERE guild_id = ? AND id = ? AND cancelled = 0", [guild, post_id]
        ).fetchone()
        return row is not None

    def get(self, guild_id: int | None, key: str) -> Delivery | None:
        row = self.store.db.execute(
            "SELECT guild_id, key, status, owner, claimed_at, lease_until, done_at, message_id, channel_id, late, note "
            "FROM deliveries WHERE guild_id = ? AND key = ?",
            [server_key(guild_id), key],
        ).fetchone()
        return None if row is None else self._row(row)

    def with_status(self, guild_id: int | None, status: str, limit: int = 10) -> list[Delivery]:
        """The latest rows with this status (failed, skipped, ...), newest first: what /admin status lists."""
        rows = self.store.db.execute(
            "SELECT guild_id, key, status, owner, claimed_at, lease_until, done_at, message_id, channel_id, late, note "
            "FROM deliveries WHERE guild_id = ? AND status = ? ORDER BY done_at DESC, key LIMIT ?",
            [server_key(guild_id), status, limit],
        )
        return [self._row(row) for row in rows]

    def expired_claims(self, guild_id: int | None, now: dt.datetime) -> list[Delivery]:
        """Claims whose lease ran out (their process died mid-send): checked in Discord before they are retried."""
        rows = self.store.db.execute(
            "SELECT guild_id, key, status, owner, claimed_at, lease_until, done_at, message_id, channel_id, late, note "
            "FROM deliveries WHERE guild_id = ? AND status = 'claimed' AND lease_until <= ? ORDER BY claimed_at, key",
            [server_key(guild_id), to_db(now)],
        )
        return [self._row(row) for row in rows]

    def counts(self, guild_id: int | None) -> dict[str, int]:
        """How many rows have each status (a twin left for a previous version is not a post of its own)."""
        rows = self.store.db.execute(
            "SELECT status, COUNT(*) FROM deliveries WHERE guild_id = ? "
            "AND (note IS NULL OR substr(note, 1, ?) != ?) GROUP BY status",
            [server_key(guild_id), len(TWIN_NOTE), TWIN_NOTE],
        )
        return dict(rows)

    def _row(self, row: tuple) -> Delivery:
        zone = self.store.zone
        guild, key, status, owner, claimed_at, lease_until, done_at, message_id, channel_id, late, note = row
        return Delivery(
            guild_id=guild,
            key=key,
            status=status,
            owner=owner or "",
            claimed_at=from_db(claimed_at, zone),
            lease_until=from_db(lease_until, zone),
            done_at=from_db(done_at, zone) if done_at else None,
            message_id=message_id,
            channel_id=channel_id,
            late=bool(late),
            note=note or "",
        )

    def confirm(
        self,
        guild_id: int | None,
        key: str,
        now: dt.datetime,
        *,
        message_id: int | None,
        channel_id: int | None,
        late: bool,
    ) -> None:
        with self.store.immediate() as db:
            db.execute(
                "UPDATE deliveries SET status = 'sent', done_at = ?, message_id = ?, channel_id = ?, late = ? "
                "WHERE guild_id = ? AND key = ?",
                [to_db(now), message_id, channel_id, int(late), server_key(guild_id), key],
            )

    def mark(self, guild_id: int | None, key: str, status: str, now: dt.datetime, note: str = "") -> None:
        """Record an item as skipped (stale) or failed, so it is never retried by accident."""
        moment = to_db(now)
        with self.store.immediate() as db:
            db.execute(
                "INSERT INTO deliveries (guild_id, key, status, owner, claimed_at, lease_until, done_at, late, note) "
                "VALUES (?, ?, ?, '', ?, ?, ?, 0, ?) "
                "ON CONFLICT(guild_id, key) DO UPDATE SET status = excluded.status, "
                "done_at = excluded.done_at, note = excluded.note",
                [server_key(guild_id), key, status, moment, moment, moment, note],
            )

    def reopen_unreachable(self, guild_id: int | None) -> dict[str, str]:
        """Forget the server's channel posts that failed because the channel could not be reached, so the sweep
        plans them again: sent late if they still matter, skipped if not. Returns each key with the reason it
        failed. Discord refused those posts, so none of them went out, and claiming them again keeps them to one
        copy each."""
        guild = server_key(guild_id)
        with self.store.immediate() as db:
            rows = db.execute(
                "DELETE FROM deliveries WHERE guild_id = ? AND status = 'failed' AND substr(note, 1, ?) = ? "
                "RETURNING key, note",
                [guild, len(UNREACHABLE_NOTE), UNREACHABLE_NOTE],
            ).fetchall()
        return {key: note.removeprefix(UNREACHABLE_NOTE) for key, note in rows}

    def unreachable(self, guild_id: int | None) -> list[Delivery]:
        """The server's channel posts waiting for their channel to be reachable again, oldest first."""
        rows = self.store.db.execute(
            "SELECT guild_id, key, status, owner, claimed_at, lease_until, done_at, message_id, channel_id, late, note "
            "FROM deliveries WHERE guild_id = ? AND status = 'failed' AND substr(note, 1, ?) = ? "
            "ORDER BY claimed_at, key",
            [server_key(guild_id), len(UNREACHABLE_NOTE), UNREACHABLE_NOTE],
        )
        return [self._row(row) for row in rows]

    def finished_keys(self, guild_id: int | None, among: Collection[str] | None = None) -> set[str]:
        """Keys that are done one way or another (sent, skipped, failed): never to be claimed again. `among`: only
        these keys are looked up (a command asking about a few keys never reads a whole server's log)."""
        return self._keys(guild_id, among, finished=True)

    def _keys(self, guild_id: int | None, among: Collection[str] | None, *, finished: bool) -> set[str]:
        if among is None:
            rows = self.store.db.execute(
                "SELECT key FROM deliveries WHERE guild_id = ? AND (? = 0 OR status != 'claimed')",
                [server_key(guild_id), finished],
            )
        else:
            rows = self.store.db.execute(
                "SELECT key FROM deliveries WHERE guild_id = ? AND key IN (SELECT value FROM json_each(?)) "
                "AND (? = 0 OR status != 'claimed')",
                [server_key(guild_id), json.dumps(list(among)), finished],
            )
        return {key for (key,) in rows}

    def finished(self, guild_id: int | None) -> dict[str, tuple[dt.datetime, str]]:
        """The finished rows' keys, each with when it was first claimed and its status (sent, skipped, failed)."""
        rows = self.store.db.execute(
            "SELECT key, claimed_at, status FROM deliveries WHERE guild_id = ? AND status != 'claimed' "
            "AND (note IS NULL OR substr(note, 1, ?) != ?)",  # a twin stands for its claim, not for a post of its own
            [server_key(guild_id), len(TWIN_NOTE), TWIN_NOTE],
        )
        return {key: (from_db(claimed, self.store.zone), status) for key, claimed, status in rows}

    def changed_since(self, guild_id: int | None, seq: int) -> list[LogChange]:
        """Every key of the server written, renamed or removed after change number `seq` (-1: every row it has),
        as it is now, in the order of the changes. One statement, so one consistent reading of the file: a change
        numbered after the last one returned was committed after it (the numbers are given in the write lock)."""
        guild = server_key(guild_id)
        rows = self.store.db.execute(
            "SELECT seq, key, CASE WHEN status != 'claimed' AND (note IS NULL OR substr(note, 1, ?) != ?) "
            "THEN status END, claimed_at FROM deliveries WHERE guild_id = ? AND seq > ? "
            "UNION ALL SELECT seq, key, NULL, NULL FROM deliveries_removed WHERE guild_id = ? AND seq > ? ORDER BY 1",
            [len(TWIN_NOTE), TWIN_NOTE, guild, seq, guild, seq],
        )
        zone = self.store.zone
        return [
            LogChange(number, key, status, from_db(claimed, zone) if status is not None else None)
            for number, key, status, claimed in rows
        ]

    @property
    def in_transaction(self) -> bool:
        """A write transaction is open on this connection: what it wrote may yet be rolled back."""
        return self.store.db.conn.in_transaction

    def logged_keys(self, guild_id: int | None, among: Collection[str] | None = None) -> set[str]:
        """Keys with any row: done, or claimed (going out now). `among`: only these keys are looked up."""
        return self._keys(guild_id, among, finished=False)

    def last_sent(self) -> dt.datetime | None:
        """When the most recent post went out, on any server."""
        row = self.store.db.execute("SELECT MAX(done_at) FROM deliveries WHERE status = 'sent'").fetchone()
        return from_db(row[0], self.store.zone) if row[0] else None
