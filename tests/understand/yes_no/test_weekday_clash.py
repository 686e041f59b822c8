"""A weekday typed with a date it does not fall on (bot.understand.yes_no.weekday_clash): found in the time phrases
read, never for a weekday alone or one that chose its date's month; the student is told the date's own day."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.times.time_phrases import TimePhrase
from bot.understand.yes_no.weekday_clash import clash_said, weekday_clash

MAY_5 = dt.date(2027, 5, 5)  # a Wednesday


def _day(text: str, typed: str, day: dt.date, *, bare: bool = False) -> tuple[str, list[TimePhrase]]:
    start = text.index(typed)
    return text, [TimePhrase("day", start, start + len(typed), first=day, last=day, bare=bare)]


@pytest.mark.parametrize(
    ("text", "typed", "day", "bare", "clash"),
    [
        ("is ps4 due on thursday may 5", "on thursday may 5", MAY_5, False, (MAY_5, 3)),
        ("is it due thu, 5/5", "thu, 5/5", MAY_5, False, (MAY_5, 3)),
        ("is ps4 due wednesday may 5", "wednesday may 5", MAY_5, False, None),  # its own day
        ("is ps4 due may 5", "may 5", MAY_5, False, None),  # no weekday typed
        ("is ps4 due thursday", "thursday", dt.date(2027, 4, 1), True, None),  # a weekday alone
    ],
)
def test_a_weekday_against_its_date(text, typed, day, bare, clash):
    """Only a date typed with another weekday than its own clashes."""
    assert weekday_clash(*_day(text, typed, day, bare=bare)) == clash


def test_a_range_never_clashes():
    """ "from monday may 3 to friday may 7" is a span, not a day asked of."""
    text = "anything due from monday may 3 to friday may 7"
    start = text.index("from")
    span = TimePhrase("range", start, len(text), first=dt.date(2027, 5, 3), last=dt.date(2027, 5, 7))
    assert weekday_clash(text, [span]) is None


def test_the_student_is_told_the_dates_own_day():
    assert clash_said(MAY_5, 3) == "Wed May 5 is a Wednesday, not a Thursday."
