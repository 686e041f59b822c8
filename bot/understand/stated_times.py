"""Yes or No on a due time a student states ("is ps6 still due at 5 pm pacific after the clocks change"): compared
in the zone they name (the course's own when they name none), with the zone's name for that date, since times on
the course page are local and a change of clocks does not move them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from bot.core.answer import Stamp
from bot.core.timefmt import human_time
from bot.course.model import Assignment, Course
from bot.course.occurrences import occurrences_between
from bot.understand.zones import asks_clock_change, zone_stated


def stated_time_verdict(
    course: Course, question: str, items: Sequence[Assignment], stated: dt.time
) -> tuple[bool, str]:
    """Whether every item is due at the stated time, and the sentence saying when each is due."""
    zone = zone_stated(question) or course.tz
    dues = {a.short: a.due.astimezone(zone) for a in items}
    yes = all(d.time() == stated for d in dues.values())
    said = "; ".join(f"{short} is due at {human_time(d.time())} {d.tzname()}" for short, d in dues.items())
    if zone.key != course.tz.key:
        said += f" ({zone.key} time)"
    if asks_clock_change(question):
        said += "; times on the course page are local, so the change of clocks does not move them"
    return yes, f"{said}."


_STATED_CLOCK = re.compile(r"\b(?:at|@)\s*(\d{1,2})(?::(\d\d))?\s*(a\.?m\.?|p\.?m\.?)?(?![\d:])")
_SCAN_DAYS = 370


def _next_clock_change(course: Course, now: dt.datetime) -> dt.date | None:
    """The first day whose offset from UTC differs from today's, in the course's zone (None if none within a year)."""
    today = now.astimezone(course.tz).date()
    offset = course.at(today, dt.time(12, 0)).utcoffset()
    for ahead in range(1, _SCAN_DAYS):
        day = today + dt.timedelta(days=ahead)
        if course.at(day, dt.time(12, 0)).utcoffset() != offset:
            return day
    return None


def stated_meeting_verdict(
    course: Course, question: str, now: dt.datetime, kind: str | None, section: str | None
) -> tuple[bool, tuple] | None:
    """ "lectures still at 11 after daylight saving ends?": whether the meetings after the coming change of clocks
    start at the stated time (local time, as the page gives it); None when no time is stated, none meet then, or only
    some start at it (a section's own time decides that)."""
    found = _STATED_CLOCK.search(question.lower())
    if found is None or not 0 <= int(found.group(1)) <= 23:
        return None
    hour, minute, meridiem = int(found.group(1)), int(found.group(2) or 0), (found.group(3) or "").replace(".", "")
    change = _next_clock_change(course, now) or now.astimezone(course.tz).date()
    group = None if kind in (None, "class") else kind
    after = occurrences_between(course, change, change + dt.timedelta(days=14), kind=group, section=section)
    if not after:
        return None
    first = after[0].start.astimezone(course.tz)
    starts = {o.start.astimezone(course.tz).time() for o in after}

    def same(t: dt.time) -> bool:
        if meridiem:
            return t.hour == (hour % 12) + (12 if meridiem == "pm" else 0) and t.minute == minute
        return t.hour % 12 == hour % 12 and t.minute == minute  # "at 11": 11 AM or PM, whichever meets

    matching = [t for t in starts if same(t)]
    if matching and len(matching) < len(starts):
        return None  # "do sections start at 2": some do, some don't; the list answers it, not a Yes or No
    times = ", ".join(f"{human_time(t)} {first.tzname()}" for t in sorted(starts))
    said = (
        f"after the change of clocks they start at {times} (next: ",
        Stamp(after[0].start, "F"),
        "); times on the course page are local, so the change does not move them.",
    )
    return bool(matching), said
