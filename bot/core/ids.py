"""Ids typed by people: a Discord id (a 64-bit snowflake) is stored in SQLite's signed 64-bit INTEGER, so a number
names a server, channel, user or row only when it is positive and below 2**63."""

from __future__ import annotations

LARGEST_ID = 2**63


def is_id(number: int | None) -> bool:
    return number is not None and 0 < number < LARGEST_ID
