"""Ids typed by people: a Discord id (a 64-bit snowflake) is stored in SQLite's signed 64-bit INTEGER, so a number
names a server, channel, user or row only when it is positive and below 2**63."""

from __future__ import annotations

from collections.abc import Callable

LARGEST_ID = 2**63


def is_id(number: int | None) -> bool:
    return number is not None and 0 < number < LARGEST_ID


def role_id(named: str | None, id_of_name: Callable[[str], int | None]) -> int | None:
    """A role given by id ("1234") or by name ("Course Staff") as its id: a name is looked up with id_of_name. None
    when no role is given, or the name is not a role."""
    if not named:
        return None
    if named.isdigit():
        number = int(named)
        return number if is_id(number) else None
    return id_of_name(named)
