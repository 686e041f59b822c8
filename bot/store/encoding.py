"""How values are written to the database: instants as UTC text that sorts and compares in SQL, server ids as one key.

Every instant is stored as `YYYY-MM-DDTHH:MM:SS.ffffffZ` (UTC, fixed width), so `ORDER BY`, `MAX()` and `<=` in
SQL agree with time itself; text with mixed offsets does not (10:00-05:00 sorts before 14:00+00:00 although it
is later). Rows that belong to no server (a command used in a direct message) are kept under server key 0, and
emails in lower case (Gradescope, rosters and students spell them each their own way).
"""

from __future__ import annotations

import datetime as dt

NO_SERVER = 0


def server_key(guild_id: int | None) -> int:
    """The key a server's rows are stored under: its id, or NO_SERVER outside a server."""
    return NO_SERVER if guild_id is None else int(guild_id)


def email_key(email: str) -> str:
    """The form an email is stored and looked up in."""
    return email.strip().lower()


def to_db(moment: dt.datetime) -> str:
    """An aware instant as stored: UTC, fixed width. A naive datetime is a bug (its instant is unknown)."""
    if moment.utcoffset() is None:
        raise ValueError(f"{moment!r} has no time zone; the store keeps instants only")
    try:
        utc = moment.astimezone(dt.UTC)
    except OverflowError:
        raise ValueError(f"{moment.isoformat()} is outside the range of times the bot can store") from None
    return utc.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def from_db(value: str, zone: dt.tzinfo = dt.UTC) -> dt.datetime:
    """A stored instant, as an aware datetime in `zone`."""
    moment = dt.datetime.fromisoformat(value)
    if moment.utcoffset() is None:
        raise ValueError(f"stored time {value!r} has no UTC offset")
    return moment.astimezone(zone)
