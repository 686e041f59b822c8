"""Why a post goes out after its time, so its note says what truly happened: the bot was offline, the course data
moved the date (staff reloaded it and a reminder's time was already past), or the post could not go out at its time.

A student reading "(Posted late: I was offline …)" under a deadline that just moved 39 hours earlier would miss the
one thing that matters; and the bot must never claim downtime it did not have.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.announce.identity import Identity
from bot.core.answer import Stamp, Text, text

OFFLINE = "offline"  # the bot was not running at the item's time
MOVED = "moved"  # the course data moved the thing's date after the item's time (`was`: its moment before)
DATA = "data"  # the item comes from course data loaded after its time (a new or changed thing, no earlier date)
UNSENT = "unsent"  # the bot was running, and the item could not go out at its time (Discord refused, a retry)


@dataclass(frozen=True)
class LateReason:
    """Why an item is posted after its time; `was`: the moment the data gave the thing before it moved."""

    kind: str
    was: str = ""


@dataclass(frozen=True)
class DataChange:
    """The course data a server followed before its last reload, and when the bot first used the new data."""

    places: dict[tuple, str]  # each planned post's place (Identity.place) -> the moment the old data gave it
    at: dt.datetime


def late_reason(
    identity: Identity | None,
    at: dt.datetime,
    *,
    started: dt.datetime,
    change: DataChange | None,
) -> LateReason:
    """Why an item due at `at` goes out late: `started` is when this process started, `change` the server's last
    data reload (None when there was none since the start)."""
    if change is not None and change.at > at:
        was = change.places.get(identity.place) if identity is not None else None
        if was is not None and was != identity.moment:
            return LateReason(MOVED, was)
        if identity is not None and (was is None or was != identity.moment):
            return LateReason(DATA)
    if at < started:
        return LateReason(OFFLINE)
    return LateReason(UNSENT)


def moment_text(moment: str, zone: dt.tzinfo) -> Text:
    """An identity's moment as a student reads it: an instant as a Discord timestamp, a day as its date."""
    first = moment.partition("-")[0]
    try:
        if first.endswith("Z"):
            instant = dt.datetime.strptime(first, "%Y%m%dT%H%MZ").replace(tzinfo=dt.UTC)
            return text(Stamp(instant, "f"))
        if "T" in first:
            day = dt.datetime.strptime(first, "%Y%m%dT%H%M").replace(tzinfo=zone)
            return text(Stamp(day, "f"))
        day = dt.date.fromisoformat(f"{first[:4]}-{first[4:6]}-{first[6:8]}")
    except ValueError:
        return text("an earlier date")
    return text(f"{day:%a %b} {day.day}, {day.year}")
