"""Lateness said with a fraction ("a day and a half late", "1.5 days", "half an hour", "2 and a half hours"), which
the date reader takes for a span or a number beside an assignment's."""

from __future__ import annotations

import datetime as dt

from bot.understand.times.fraction_spans import fraction_span


def fractional_lateness(question: str) -> dt.timedelta | None:
    """The lateness a question says with a half or a decimal, as a span; None when it says none that way."""
    return fraction_span(question)
