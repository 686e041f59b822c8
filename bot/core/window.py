"""A stretch of time from now, as a student means it ("due this week"): where it ends, and how to say it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Window:
    """From now until `end`; `label` completes "Due ..." ("this week (through Sunday)", "in the next 7 days")."""

    end: dt.datetime
    label: str


def days_from(now: dt.datetime, days: int) -> Window:
    """The next `days` days of elapsed time: what "due soon" means when nothing else is said."""
    return Window(now + dt.timedelta(days=days), f"in the next {days} day{'s' if days != 1 else ''}")
