"""A weekday typed alone beside a span ("monday office hours after spring break", "on thursdays before the
midterm"): the first such weekday in the span, not the next one from today."""

from __future__ import annotations

import datetime as dt

from bot.understand.times.time_phrases import TimePhrase


def weekday_in_span(day: TimePhrase, span: tuple[dt.date, dt.date, str] | None) -> dt.date | None:
    """The span's first day on the bare weekday typed, or None when the weekday is not bare, there is no span, or the
    day read already falls in it (or the span holds no such weekday)."""
    if span is None or not day.bare or day.first is None or span[0] <= day.first <= span[1]:
        return None
    first = span[0] + dt.timedelta(days=(day.first.weekday() - span[0].weekday()) % 7)
    return first if first <= span[1] else None
