"""Whether a kind of work is due on one weekday: "are psets always due on fridays", "are all the essays due on
mondays". The student sees Yes with the day and time when every item of it is due on that weekday, or No with the
items that are not (each with its date), or the weekdays it is really due on when none falls on the day asked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.core.timefmt import human_date, human_time
from bot.course.model import WEEKDAYS, Assignment
from bot.understand.work.stated_times import StatedClock

# Listed one by one up to this many; more are grouped by their weekday.
_LISTED = 4


def weekday_named(words: set[str]) -> int | None:
    """The one weekday a question's words name, bare or plural ("friday", "fridays"), else None."""
    named = {i for i, day in enumerate(WEEKDAYS) if day in words or f"{day}s" in words}
    return named.pop() if len(named) == 1 else None


def weekday_pattern(
    items: Sequence[Assignment],
    weekday: int,
    name: str,
    tz: dt.tzinfo,
    now: dt.datetime | None = None,
    day_of: dt.date | None = None,
    clock: StatedClock | None = None,
) -> tuple[bool, str] | None:
    """(Yes or No, why) for "is every one of these items due on that weekday": the day and time when all share one
    (that none is due on `day_of` itself when none is, and the next one due after `now`), else the items off that
    day with their dates (or the weekdays they are due on when none is). None for fewer than two items (one item's
    own deadline answers). A time of day stated with the weekday (`clock`: "due at midnight on sundays") must be
    their time too."""
    if len(items) < 2:
        return None
    dues = {a.id: a.due.astimezone(tz) for a in items}
    day = WEEKDAYS[weekday].capitalize()
    on = [a for a in items if dues[a.id].weekday() == weekday]
    off = [a for a in items if dues[a.id].weekday() != weekday]
    usual = {d.weekday() for d in dues.values()}
    if len(usual) == 1:
        times = {d.time() for d in dues.values()}
        # "at midnight on sundays" where they are due at 8:00 PM: the day is right, the time is not
        wrong_time = clock is not None and not all(clock_fits(clock, t) for t in times)
        at = f" at {human_time(times.pop())}" if len(times) == 1 else ""
        none = ""
        if not off and day_of is not None and all(d.date() != day_of for d in dues.values()):
            none = f"; none is due {human_date(day_of)}"
        upcoming = [a for a in items if now is not None and a.due > now]
        following = min(upcoming, key=lambda a: a.due) if upcoming else None
        nxt = f" The next is {following.short}, {human_date(dues[following.id].date())}." if following else ""
        return not off and not wrong_time, f"{name} are due on {WEEKDAYS[usual.pop()].capitalize()}s{at}{none}.{nxt}"
    if not on:
        days: dict[int, list[str]] = {}
        for a in items:
            days.setdefault(dues[a.id].weekday(), []).append(a.short)
        said = "; ".join(f"{WEEKDAYS[d].capitalize()}s: {', '.join(shorts)}" for d, shorts in sorted(days.items()))
        return False, f"none of the {name} is due on a {day}. They are due on {said}."
    if len(off) <= _LISTED:
        listed = ", ".join(f"{a.short} ({human_date(dues[a.id].date())})" for a in off)
        verb = "is" if len(off) == 1 else "are"
        return False, f"not all: {listed} {verb} not due on a {day}; the other {len(on)} are."
    return False, f"not all: {len(on)} of the {len(items)} {name} are due on a {day}, the others on other days."


def clock_fits(clock: StatedClock, moment: dt.time) -> bool:
    """Whether a time of day is the one the student states; midnight is 11:59 PM or 12:00 AM, as students mean it."""
    return moment in (dt.time(23, 59), dt.time(0)) if clock.midnight else clock.matches(moment)
