"""Which Discord account is which student: /link requests, staff review, roster links.

A link hands a student's grace-day record to an account, so nothing links without staff having reviewed exactly
that pairing: an approval names the user and the email staff looked at, and is refused when the request changed
since (a new email needs a new review) or when the email belongs to another account (unless staff confirm a move;
then both accounts get a notice). Every approval, refusal, denial and move is in the audit trail, written in the
same transaction as the change itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from bot.store.encoding import email_key, from_db, server_key, to_db

if TYPE_CHECKING:
    import sqlite_utils

    from bot.store.database import Store


class Requested(StrEnum):
    """What a /link request did."""

    NEW = "new"  # waiting for staff review
    REPLACED = "replaced"  # replaced the user's earlier, different request: that one is no longer reviewable
    UNCHANGED = "unchanged"  # the same request was already waiting
    ALREADY_LINKED = "already_linked"  # the account is linked to that email already: nothing to review


class Review(StrEnum):
    """What staff's approval or denial of a request did."""

    APPROVED = "approved"
    MOVED = "moved"  # approved, and the email was taken from the account it was linked to
    DENIED = "denied"
    NO_REQUEST = "no_request"  # refused: the user has no request waiting
    REQUEST_CHANGED = "request_changed"  # refused: the waiting request is for another email than the one reviewed
    LINKED_ELSEWHERE = "linked_elsewhere"  # refused: the email is another account's; approve with move to move it


@dataclass(frozen=True)
class LinkRequest:
    guild_id: int
    user_id: int
    email: str
    username: str
    at: dt.datetime
    status: str  # pending | approved | denied


@dataclass(frozen=True)
class PendingLink:
    """A waiting request with what staff need to review it."""

    request: LinkRequest
    holder_id: int | None  # another account the email is linked to now (approving it means a move)
    in_records: bool  # the email is in imported grade records (not only in links)
    current_email: str | None  # the email the requester is linked to now, if any


@dataclass(frozen=True)
class ReviewResult:
    outcome: Review
    email: str  # the email staff reviewed
    request: LinkRequest | None  # the user's request as it stood
    other_user_id: int | None = None  # the account the email was moved from, or is linked to (refused)
    previous_email: str | None = None  # the requester's earlier link, replaced by this one


@dataclass(frozen=True)
class RosterResult:
    linked: int
    unchanged: int
    conflicts: tuple[tuple[str, int, int], ...]  # (email, its current account, the account the roster names)
    moved: tuple[tuple[int, str, str], ...] = ()  # (account, the email it was linked to, the email it is now)


class Links:
    def __init__(self, store: Store) -> None:
        self.store = store

    # the student's side
    def request(self, guild_id: int | None, user_id: int, username: str, email: str, now: dt.datetime) -> Requested:
        """A student asks to be linked to `email`; a request for another email replaces their earlier one."""
        guild, email = server_key(guild_id), email_key(email)
        with self.store.immediate() as db:
            if _holder(db, guild, email) == user_id:
                return Requested.ALREADY_LINKED
            earlier = self._request(db, guild, user_id)
            if earlier is not None and earlier.status == "pending" and earlier.email == email:
                return Requested.UNCHANGED
            db["link_requests"].upsert(
                {
                    "guild_id": guild,
                    "user_id": user_id,
                    "email": email,
                    "username": username,
                    "at": to_db(now),
                    "status": "pending",
                },
                pk=("guild_id", "user_id"),
            )
        if earlier is not None and earlier.status == "pending":
            return Requested.REPLACED
        return Requested.NEW

    def request_for(self, guild_id: int | None, user_id: int) -> LinkRequest | None:
        """The user's latest request, whatever became of it."""
        return self._request(self.store.db, server_key(guild_id), user_id)

    def waiting_email(self, guild_id: int | None, user_id: int) -> str | None:
        """The email of the user's request still waiting for staff review; None when none is waiting."""
        request = self.request_for(guild_id, user_id)
        return request.email if request is not None and request.status == "pending" else None

    def pending(self, guild_id: int | None) -> list[PendingLink]:
        """Requests waiting for review, oldest first."""
        guild = server_key(guild_id)
        db = self.store.db
        rows = db.execute(
            "SELECT r.guild_id, r.user_id, r.email, r.username, r.at, r.status, "
            "(SELECT s.user_id FROM students s WHERE s.guild_id = r.guild_id AND s.email = r.email), "
            "EXISTS (SELECT 1 FROM students s WHERE s.guild_id = r.guild_id AND s.email = r.email "
            "AND (COALESCE(s.sid, '') != '' OR COALESCE(s.name, '') != '')), "
            "(SELECT s.email FROM students s WHERE s.guild_id = r.guild_id AND s.user_id = r.user_id) "
            "FROM link_requests r WHERE r.guild_id = ? AND r.status = 'pending' ORDER BY r.at, r.user_id",
            [guild],
        ).fetchall()
        return [
            PendingLink(
                request=self._row(row[:6]),
                holder_id=row[6] if row[6] not in (None, row[1]) else None,
                in_records=bool(row[7]),
                current_email=row[8] if row[8] != row[2] else None,
            )
            for row in rows
        ]

    # staff's side
    def approve(
        self,
        guild_id: int | None,
        user_id: int,
        username: str,
        email: str,
        *,
        by: int,
        now: dt.datetime,
        move: bool = False,
    ) -> ReviewResult:
        """Link `user_id` to `email` if that is exactly what the user's waiting request says. With `move`, an email
        linked to another account is moved (both accounts get a notice); without it, that is refused."""
        guild, email = server_key(guild_id), email_key(email)
        with self.store.immediate() as db:
            refused = self._check_request(db, guild, user_id, email, by=by, now=now)
            if refused is not None:
                return refused
            request = self._request(db, guild, user_id)
            holder = _holder(db, guild, email)
            if holder is not None and holder != user_id and not move:
                self.store.audit.record(
                    guild,
                    by,
                    "gracedays.link.refused",
                    {"user": user_id, "email": email, "reason": Review.LINKED_ELSEWHERE.value, "holder": holder},
                    now,
                )
                return ReviewResult(Review.LINKED_ELSEWHERE, email, request, other_user_id=holder)
            moved_from = holder if holder not in (None, user_id) else None
            if moved_from is not None:
                db.execute("UPDATE students SET user_id = NULL WHERE guild_id = ? AND email = ?", [guild, email])
                self.store.notices.add(guild, moved_from, "link.moved_away", {"email": email}, now)
            previous = _link(db, guild, email, user_id, username)
            db.execute(
                "UPDATE link_requests SET status = 'approved' WHERE guild_id = ? AND user_id = ?", [guild, user_id]
            )
            self.store.notices.add(
                guild, user_id, "link.approved", {"email": email, "moved": moved_from is not None}, now
            )
            details = {"user": user_id, "email": email}
            if previous:
                details["previous"] = previous
            if moved_from is not None:
                self.store.audit.record(guild, by, "gracedays.link.moved", {**details, "from": moved_from}, now)
                return ReviewResult(Review.MOVED, email, request, other_user_id=moved_from, previous_email=previous)
            self.store.audit.record(guild, by, "gracedays.link.approved", details, now)
            return ReviewResult(Review.APPROVED, email, request, previous_email=previous)

    def deny(
        self, guild_id: int | None, user_id: int, email: str, *, by: int, now: dt.datetime, reason: str
    ) -> ReviewResult:
        """Turn down the user's waiting request for `email`; they get a notice with the reason."""
        guild, email = server_key(guild_id), email_key(email)
        with self.store.immediate() as db:
            refused = self._check_request(db, guild, user_id, email, by=by, now=now)
            if refused is not None:
                return refused
            request = self._request(db, guild, user_id)
            db.execute(
                "UPDATE link_requests SET status = 'denied' WHERE guild_id = ? AND user_id = ?", [guild, user_id]
            )
            self.store.notices.add(guild, user_id, "link.denied", {"email": email, "reason": reason}, now)
            self.store.audit.record(
                guild, by, "gracedays.link.denied", {"user": user_id, "email": email, "reason": reason}, now
            )
        return ReviewResult(Review.DENIED, email, request)

    def link_roster(
        self, guild_id: int | None, rows: list[tuple[str, int, str]], *, by: int, now: dt.datetime
    ) -> RosterResult:
        """Link (email, user id, username) rows from a staff roster, all in one transaction. An email linked to
        another account is left alone and reported: moving it needs that student's /link and staff's approval. An
        account linked to another email is moved to the roster's (it sees that student's record from now on) and
        reported in `moved`. Rows that give one account two emails are the roster reader's to hold back
        (bot.grace.roster)."""
        guild = server_key(guild_id)
        linked = unchanged = 0
        conflicts = []
        moved = []
        with self.store.immediate() as db:
            for raw_email, user_id, username in rows:
                email = email_key(raw_email)
                holder = _holder(db, guild, email)
                if holder == user_id:
                    unchanged += 1
                    continue
                if holder is not None:
                    conflicts.append((email, holder, user_id))
                    continue
                previous = _link(db, guild, email, user_id, username)
                db.execute(
                    "UPDATE link_requests SET status = 'approved' "
                    "WHERE guild_id = ? AND user_id = ? AND email = ? AND status = 'pending'",
                    [guild, user_id, email],
                )
                details = {"user": user_id, "email": email, "source": "roster"}
                if previous:
                    details["previous"] = previous
                    moved.append((user_id, previous, email))
                self.store.audit.record(guild, by, "gracedays.link", details, now)
                linked += 1
        return RosterResult(linked, unchanged, tuple(conflicts), tuple(moved))

    def _check_request(
        self, db: sqlite_utils.Database, guild: int, user_id: int, email: str, *, by: int, now: dt.datetime
    ) -> ReviewResult | None:
        """A refusal (audited) unless the user's waiting request is for exactly `email`."""
        request = self._request(db, guild, user_id)
        if request is not None and request.status == "pending" and request.email == email:
            return None
        outcome = Review.NO_REQUEST if request is None or request.status != "pending" else Review.REQUEST_CHANGED
        details = {"user": user_id, "email": email, "reason": outcome.value}
        if outcome is Review.REQUEST_CHANGED:
            details["requested"] = request.email
        self.store.audit.record(guild, by, "gracedays.link.refused", details, now)
        return ReviewResult(outcome, email, request)

    def _request(self, db: sqlite_utils.Database, guild: int, user_id: int) -> LinkRequest | None:
        row = db.execute(
            "SELECT guild_id, user_id, email, username, at, status FROM link_requests "
            "WHERE guild_id = ? AND user_id = ?",
            [guild, user_id],
        ).fetchone()
        return self._row(row) if row else None

    def _row(self, row: tuple) -> LinkRequest:
        guild, user, email, username, at, status = row
        return LinkRequest(guild, user, email, username or "", from_db(at, self.store.zone), status)


def _holder(db: sqlite_utils.Database, guild: int, email: str) -> int | None:
    """The account `email` is linked to now."""
    row = db.execute("SELECT user_id FROM students WHERE guild_id = ? AND email = ?", [guild, email]).fetchone()
    return row[0] if row else None


def _link(db: sqlite_utils.Database, guild: int, email: str, user_id: int, username: str) -> str | None:
    """Point `email` at the account (its earlier link, if any, is released). Returns that earlier email."""
    row = db.execute(
        "SELECT email FROM students WHERE guild_id = ? AND user_id = ? AND email != ?", [guild, user_id, email]
    ).fetchone()
    db.execute("UPDATE students SET user_id = NULL WHERE guild_id = ? AND user_id = ?", [guild, user_id])
    db.execute(
        "INSERT INTO students (guild_id, email, sid, name, sections, user_id, username) "
        "VALUES (?, ?, '', '', '', ?, ?) ON CONFLICT(guild_id, email) DO UPDATE SET "
        "user_id = excluded.user_id, username = excluded.username",
        [guild, email, user_id, username],
    )
    return row[0] if row else None
