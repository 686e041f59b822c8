"""A bare weekday beside a span (bot.understand.times.weekday_in_span): the span's first such weekday."""

from __future__ import annotations

import datetime as dt

from bot.understand.times.time_phrases import TimePhrase
from bot.understand.times.weekday_in_span import weekday_in_span

AFTER_BREAK = (dt.date(2026, 3, 21), dt.date(2026, 5, 8), "after Spring break")


def _monday(bare: bool) -> TimePhrase:
    day = dt.date(2026, 3, 9)  # the next Monday from Wed Mar 4
    return TimePhrase("day", 0, 6, first=day, last=day, label="Mon Mar 9", bare=bare)


def test_a_bare_weekday_outside_the_span_is_the_spans_first_such_day():
    assert weekday_in_span(_monday(bare=True), AFTER_BREAK) == dt.date(2026, 3, 23)


def test_a_weekday_already_in_the_span_or_not_bare_is_left_as_read():
    assert weekday_in_span(_monday(bare=True), (dt.date(2026, 3, 5), dt.date(2026, 3, 13), "")) is None
    assert weekday_in_span(_monday(bare=False), AFTER_BREAK) is None
    assert weekday_in_span(_monday(bare=True), None) is None


def test_a_span_without_that_weekday_gives_none():
    assert weekday_in_span(_monday(bare=True), (dt.date(2026, 3, 24), dt.date(2026, 3, 26), "")) is None
