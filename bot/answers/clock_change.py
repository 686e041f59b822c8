"""Late work across a clock change. Lateness is counted in real elapsed time, a late day being 24 hours of it (the
course format has no field for a calendar-day reading), so when the clocks change between a due time and a hand-in
the wall clock reads an hour more or less. The student is told the rule used and the other reading, never left to
guess why "3 days late" ends at 10:59 PM."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from bot.core.timefmt import human_date
from bot.grace.engine import days_late
from bot.grace.late_words import lateness_words

_MINUTE = dt.timedelta(minutes=1)


def clock_shift(tz: ZoneInfo, first: dt.datetime, last: dt.datetime) -> tuple[dt.timedelta, dt.date] | None:
    """How far the course's clocks move between two instants (negative when they go back), and the day they move;
    None when they read the same offset at both."""
    shift = last.astimezone(tz).utcoffset() - first.astimezone(tz).utcoffset()
    if not shift:
        return None
    low, high = first.astimezone(dt.UTC), last.astimezone(dt.UTC)
    before = low.astimezone(tz).utcoffset()
    while high - low > _MINUTE:  # the last instant at the first offset: where the clocks move
        middle = low + (high - low) / 2
        if middle.astimezone(tz).utcoffset() == before:
            low = middle
        else:
            high = middle
    return shift, high.astimezone(tz).date()


def _moves(shift: dt.timedelta, day: dt.date) -> str:
    way = "back" if shift < dt.timedelta(0) else "forward"
    size = abs(shift)
    amount = "an hour" if size == dt.timedelta(hours=1) else lateness_words(size / dt.timedelta(hours=1))
    return f"the clocks go {way} {amount} on {human_date(day)}"


def lateness_note(
    tz: ZoneInfo,
    due: dt.datetime,
    handed_in: dt.datetime,
    result: Callable[[dt.datetime], str] | None = None,
) -> str | None:
    """A hand-in late across a clock change: the rule used (real hours, 24 to a day) and what the wall clock reads,
    with the days each gives when they differ, and, given `result` (what a hand-in at an instant costs: "52%
    penalty"), what each reading costs when they differ; None when no clock change falls between the two."""
    if handed_in <= due:
        return None
    moved = clock_shift(tz, due, handed_in)
    if moved is None:
        return None
    shift, day = moved
    elapsed = handed_in.astimezone(dt.UTC) - due.astimezone(dt.UTC)
    wall = handed_in.astimezone(tz).replace(tzinfo=None) - due.astimezone(tz).replace(tzinfo=None)
    counted_cost = wall_cost = ""
    if result is not None:
        # the wall reading as a hand-in: that many real hours after the due time (in UTC: aware arithmetic in the
        # course's zone would read the wall clock again)
        counted_cost, wall_cost = result(handed_in), result(due.astimezone(dt.UTC) + max(wall, dt.timedelta(0)))
        if counted_cost == wall_cost:
            counted_cost = wall_cost = ""
    hours = dt.timedelta(hours=1)
    moves = _moves(shift, day)
    said = (
        f"{moves[:1].upper()}{moves[1:]}, in between: lateness is counted in real hours, 24 to a late day "
        f"({lateness_words(elapsed / hours)}); by the wall clock it reads {lateness_words(wall / hours)}"
    )
    counted, calendar = days_late(elapsed), days_late(max(wall, dt.timedelta(0)))
    if counted != calendar:
        said += f", which would be {_days(calendar)} late instead of {_days(counted)}"
    said += "."
    if counted_cost:
        said += f" In real hours → {counted_cost}; by the wall clock → {wall_cost}."
    return said


def cutoff_note(tz: ZoneInfo, due: dt.datetime, cutoff: dt.datetime) -> str | None:
    """A cutoff a clock change falls before: that it is counted in real hours from the due time, which is why it is
    not at the due time's hour; None without a change."""
    moved = clock_shift(tz, due, cutoff)
    if moved is None:
        return None
    elapsed = (cutoff.astimezone(dt.UTC) - due.astimezone(dt.UTC)) / dt.timedelta(hours=1)
    return f"{lateness_words(elapsed)} after the due time in real hours: {_moves(*moved)}"


def window_note(tz: ZoneInfo, due: dt.datetime, instants: list[dt.datetime]) -> str | None:
    """Times after a due time (when late days run out, each penalty step, the cutoff) of which some fall after a
    clock change: that they are counted in real hours, and which way they read on the clock; None without one."""
    moved = clock_shift(tz, due, max(instants)) if instants else None
    if moved is None:
        return None
    shift, _ = moved
    way = "earlier" if shift < dt.timedelta(0) else "later"
    return (
        f"These times are counted in real hours from the due time, 24 to a day: {_moves(*moved)}, so those after it "
        f"read {lateness_words(abs(shift) / dt.timedelta(hours=1)).replace('1.0 h', 'an hour')} {way} on the clock."
    )


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"
