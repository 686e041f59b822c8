"""The one source of "now": real in production, settable in the console (--now) and in tests."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime: ...


class SystemClock:
    """The real time, always timezone-aware (UTC)."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


class FixedClock:
    """A clock that stands still until moved: the console's `--now` and the tests' fake time."""

    def __init__(self, start: dt.datetime) -> None:
        self._now = _aware(start)

    def now(self) -> dt.datetime:
        return self._now

    def set(self, moment: dt.datetime) -> None:
        self._now = _aware(moment)

    def advance(self, delta: dt.timedelta) -> dt.datetime:
        self._now = self._now + delta
        return self._now


def _aware(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        raise ValueError("the clock needs a timezone-aware datetime")
    return moment


def on_the_minute(moment: dt.datetime) -> dt.datetime:
    """The moment rounded down to its whole minute: how times staff record are kept, so every answer built from
    them is the same for the whole of a minute (and a public answer kept for that minute stays true)."""
    return moment.replace(second=0, microsecond=0)
