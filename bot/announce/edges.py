"""Date arithmetic for planning that never blows up at the calendar's edges (year 1 and year 9999).

Python's datetimes stop at 0001-01-01 and 9999-12-31, and an aware datetime late on 9999-12-31 in a zone west
of UTC (or early on 0001-01-01 east of it) cannot even be converted to UTC. A planned instant that falls outside
raises DateOutOfRange (the planner reports that one item and plans the rest); an upper bound ("relevant until")
that falls outside simply becomes END_OF_TIME.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

# "No end": the last instant a UTC datetime holds (shown in a zone east of UTC it would overflow: see in_zone).
END_OF_TIME = dt.datetime.max.replace(tzinfo=dt.UTC)
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


class DateOutOfRange(ValueError):
    """A planned time would fall outside the years 1-9999, which no calendar here can hold."""


def shifted(at: dt.datetime, delta: dt.timedelta, tz: dt.tzinfo | None = None) -> dt.datetime:
    """`at` moved by `delta` of elapsed time (exact across DST), in `tz` (default: at's own zone).
    DateOutOfRange when the result cannot be held (or `at` cannot be converted) at the calendar's edges."""
    try:
        return (at.astimezone(dt.UTC) + delta).astimezone(tz or at.tzinfo)
    except OverflowError:
        raise DateOutOfRange(f"{at.isoformat()} moved by {delta} falls outside the years 1-9999") from None


def bound_after(at: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    """An upper bound `delta` (not negative) of elapsed time after `at`; END_OF_TIME past what datetimes hold."""
    try:
        return min(shifted(at, delta), END_OF_TIME)
    except DateOutOfRange:
        pass
    if at > _EPOCH:
        return END_OF_TIME  # near year 9999 the bound is "no end"
    try:  # near year 1 `at` itself cannot be converted to UTC: wall time is close enough for a bound
        return min(at + delta, END_OF_TIME)
    except OverflowError:
        return END_OF_TIME


def day_shifted(day: dt.date, days: int) -> dt.date:
    """The calendar day `days` after `day` (negative: before). DateOutOfRange at the edges."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        raise DateOutOfRange(f"{day.isoformat()} moved by {days} days falls outside the years 1-9999") from None


def local_day(at: dt.datetime, tz: ZoneInfo) -> dt.date:
    """The calendar day `at` falls on in `tz`; the first or last day there is when `at` sits at an edge."""
    try:
        return at.astimezone(tz).date()
    except OverflowError:
        return dt.date.max if at > _EPOCH else dt.date.min


def in_zone(at: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """`at` shown in `tz`; at the calendar's edges, where that overflows, `at` as it is (the same instant)."""
    try:
        return at.astimezone(tz)
    except OverflowError:
        return at


def order_key(at: dt.datetime) -> dt.timedelta:
    """Sorts aware datetimes by instant across zones without converting them (which can overflow at the edges)."""
    return at - _EPOCH
