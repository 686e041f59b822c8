"""Yes or No on a due time a student states ("is ps6 still due at 5 pm pacific after the clocks change"): compared
in the zone they name (the course's own when they name none), with the zone's name for that date, since times on
the course page are local and a change of clocks does not move them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.core.timefmt import human_time
from bot.course.model import Assignment, Course
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
