"""A roster CSV staff upload to link students' emails to their Discord accounts.

A roster that gives one Discord account to two students (a slip in a pasted id), or one student two accounts,
cannot be linked as it says: those rows are held back together, with their row numbers, and the rest is linked.
Linking the last of them would show that account another student's grace days.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from bot.core.errors import UserError


@dataclass(frozen=True)
class RosterClash:
    """Rows that cannot all be right: `shared` (a Discord id, or an email) is given to each of `others`."""

    rows: tuple[int, ...]
    shared: int | str
    others: tuple[int | str, ...]


@dataclass(frozen=True)
class Roster:
    """The rows to link as (email, Discord id, username), rows skipped as unreadable, and rows held back."""

    rows: tuple[tuple[str, int, str], ...]
    skipped: tuple[int, ...]
    clashes: tuple[RosterClash, ...] = ()


def parse_roster(csv_text: str) -> Roster:
    """A roster CSV (columns email, discord = a user id, optional username) -> the rows to link.

    Rows are numbered as a spreadsheet shows them (header = row 1). A row without an email or a numeric id is
    skipped. Rows giving one Discord id to several emails, or one email (in any case) several ids, are held back,
    all of them; a row repeated exactly is linked once. UserError if the columns are missing.
    """
    reader = csv.DictReader(io.StringIO(csv_text))
    header = {h.strip().lower() for h in reader.fieldnames or []}
    if not {"email", "discord"} <= header:
        raise UserError("The roster needs the columns 'email' and 'discord' (a Discord user id).")
    read: list[tuple[int, str, int, str]] = []
    bad = []
    for number, raw in enumerate(reader, start=2):
        row = {k.strip().lower(): (v or "").strip() for k, v in raw.items() if k}
        if not row.get("discord", "").isdigit() or "@" not in row.get("email", ""):
            bad.append(number)
            continue
        read.append((number, row["email"], int(row["discord"]), row.get("username", "")))
    clashes = _clashes(read)
    held = {number for clash in clashes for number in clash.rows}
    rows: dict[tuple[str, int], tuple[str, int, str]] = {}
    for number, email, user_id, username in read:
        if number not in held:
            rows.setdefault((email.lower(), user_id), (email, user_id, username))
    return Roster(tuple(rows.values()), tuple(bad), clashes)


def _clashes(read: list[tuple[int, str, int, str]]) -> tuple[RosterClash, ...]:
    by_id: dict[int, dict[str, list[int]]] = {}
    by_email: dict[str, dict[int, list[int]]] = {}
    for number, email, user_id, _ in read:
        by_id.setdefault(user_id, {}).setdefault(email.lower(), []).append(number)
        by_email.setdefault(email.lower(), {}).setdefault(user_id, []).append(number)
    clashes = [
        RosterClash(tuple(sorted(n for rows in emails.values() for n in rows)), user_id, tuple(emails))
        for user_id, emails in by_id.items()
        if len(emails) > 1
    ]
    clashes += [
        RosterClash(tuple(sorted(n for rows in ids.values() for n in rows)), email, tuple(ids))
        for email, ids in by_email.items()
        if len(ids) > 1
    ]
    return tuple(sorted(clashes, key=lambda c: c.rows))
